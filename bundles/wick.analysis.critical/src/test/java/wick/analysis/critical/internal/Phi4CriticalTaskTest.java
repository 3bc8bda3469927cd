package wick.analysis.critical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.param.ParameterException;
import wick.api.progress.CancelledException;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.TableResult;
import wick.stats.Jackknife;

/** {@code phi4.critical} on synthetic chains: the grid of runs, the results, reweighting, parameters, cancellation. */
class Phi4CriticalTaskTest {
    @TempDir
    Path runDirectory;

    /** Chains reporting the synthetic cumulant of {@link SyntheticBinder} plus noise (no measurements). */
    static final class SyntheticCriticalRunner implements ChainRunner {
        final List<ChainRequest> requests = new ArrayList<>();

        @Override
        public ChainOutcome run(ChainRequest request, ProgressMonitor progress) {
            requests.add(request);
            int size = Integer.parseInt(request.parameters().get("lattice").split("x")[0]);
            double m2 = Double.parseDouble(request.parameters().get("m2"));
            double u = SyntheticBinder.u(size, m2) + 0.003 * RandomStream.of(request.seed()).nextGaussian();
            return new ChainOutcome(request.name(), Map.of("binder", new ScalarResult(u, 0.003)), null, null);
        }
    }

    @Test
    void scansEverySizeAndGridPointAndFindsTheCrossing() {
        SyntheticCriticalRunner runner = new SyntheticCriticalRunner();
        Phi4CriticalTask task = new Phi4CriticalTask();
        task.setRunners(c -> runner);
        TestContext context = new TestContext(3, runDirectory);
        Map<String, Result> r = task.compute(Ocd.parameters(Phi4CriticalTask.ID), context);
        assertEquals(18, runner.requests.size());
        assertEquals("L8/point0", runner.requests.get(0).name());
        assertEquals("L32/point5", runner.requests.get(17).name());
        assertEquals("-0.5", runner.requests.get(17).parameters().get("m2"));
        assertEquals("32x32", runner.requests.get(17).parameters().get("lattice"));
        assertEquals("2.4", runner.requests.get(0).parameters().get("lambda"));
        assertEquals("cluster", runner.requests.get(0).sampler());
        ScalarResult m2c = (ScalarResult) r.get("m2c");
        assertTrue(Math.abs(m2c.value() - SyntheticBinder.M2C) < Tolerance.STANDARD_ERRORS * m2c.error(),
                m2c.value() + " +- " + m2c.error());
        assertTrue(Tolerance.close(2.4 / 6 / Math.abs(m2c.value()), ((ScalarResult) r.get("ratioPrime")).value()));
        List<Object> drift = ((TableResult) r.get("finiteSizeDrift")).rows().get(0);
        assertEquals("8/16", drift.get(0));
        assertEquals("16/32", drift.get(1));
        assertEquals("bootstrap (correlated)", drift.get(4));
        double last = 0;
        for (double f : context.monitor.fractions) {
            assertTrue(f >= last - 1e-12 && f <= 1, "progress goes forward: " + context.monitor.fractions);
            last = f;
        }
    }

    /**
     * With measurements the crossings are refined by reweighting. One-site models stand in for the
     * sizes: "size" L at m² is the one-site model (λ = 1) at {@code s m²}, {@code s = L/8}, with its
     * φ² column scaled by {@code s/L²} so that the reweighting factor {@code ½ Δm² V φ²} is the
     * one-site {@code ½ s Δm² φ²}. The cumulants are {@code g(s m²)}, so every pair crosses exactly at m² = 0.
     */
    @Test
    void measurementsRefineTheCrossingsByReweighting() {
        int[] sizes = {8, 16, 32};
        double[] m = {-0.3, -0.2, -0.1, 0.05, 0.1, 0.2, 0.3};    // m² = 0 off the grid
        double[][] u = new double[3][m.length];
        double[][] e = new double[3][m.length];
        double[][][][] series = new double[3][m.length][][];
        RandomStream random = RandomStream.of(21);
        for (int l = 0; l < 3; l++) {
            double scale = sizes[l] / 8.0;
            for (int i = 0; i < m.length; i++) {
                double[][] s = new OneSiteModel(scale * m[i], 1).sample(4000, random);
                for (int k = 0; k < s[2].length; k++) {
                    s[2][k] *= scale / (sizes[l] * sizes[l]);
                }
                var j = Jackknife.estimate(new double[][] {s[0], s[1]}, x -> 1 - x[1] / (3 * x[0] * x[0]), 100);
                u[l][i] = j.value();
                e[l][i] = j.error();
                series[l][i] = s;
            }
        }
        BinderGrid grid = new BinderGrid(sizes, m, u, e, series, 1);
        Map<String, Result> r = CriticalAnalysis.analyse(grid, 2.4, random.child(1), ProgressMonitor.NONE);
        for (List<Object> row : ((TableResult) r.get("crossings")).rows()) {
            String method = (String) row.get(6);
            assertTrue(method.startsWith("reweighted"), method);
            double m2c = (Double) row.get(2);
            double error = (Double) row.get(3);
            assertTrue(Math.abs(m2c) < Tolerance.STANDARD_ERRORS * error, row.toString());
        }
        List<Object> drift = ((TableResult) r.get("finiteSizeDrift")).rows().get(0);
        assertEquals("jackknife (correlated)", drift.get(4));
        assertTrue(Math.abs((Double) drift.get(2)) < Tolerance.STANDARD_ERRORS * (Double) drift.get(3), drift.toString());
    }

    @Test
    void nonsenseInputsNameTheirParameter() {
        assertParameter("sizes", "sizes", "8");
        assertParameter("sizes", "sizes", "8,8");
        assertParameter("sizes", "sizes", "8,2");
        assertParameter("sizes", "sizes", "8,x");
        assertParameter("m2Max", "m2Max", "-0.7");
        assertParameter("lambda", "lambda", "0");
        assertParameter("points", "points", "1");
        assertParameter("sampler", "sampler", "metropolis");
        new Phi4CriticalTask().validate(Ocd.parameters(Phi4CriticalTask.ID, "lambda", "0", "m2Min", "0.1", "m2Max", "0.5"));
    }

    private void assertParameter(String expected, String... keyValues) {
        ParameterException e = assertThrows(ParameterException.class, () -> {
            Phi4CriticalTask task = new Phi4CriticalTask();
            Phi4LcpTest.setWorkbench(task, new FakeWorkbench());
            task.validate(Ocd.parameters(Phi4CriticalTask.ID, keyValues));
        }, () -> "expected a ParameterException naming " + expected + " for " + List.of(keyValues));
        assertEquals(expected, e.parameter(), e.getMessage());
    }

    @Test
    void cancellationStopsTheScanWithinHalfASecond() {
        BlockingRunner runner = new BlockingRunner();
        Phi4CriticalTask task = new Phi4CriticalTask();
        task.setRunners(c -> runner);
        TestContext context = new TestContext(1, runDirectory);
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            context.monitor.cancel();
        });
        canceller.start();
        assertThrows(CancelledException.class, () -> task.compute(Ocd.parameters(Phi4CriticalTask.ID), context));
        assertTrue(context.monitor.millisSinceCancel() < Tolerance.CANCEL_MILLIS, context.monitor.millisSinceCancel() + " ms");
    }

    @Test
    void cancellationThroughTheWorkbenchStopsTheRunningChain() throws Exception {
        FakeWorkbench w = new FakeWorkbench();
        w.sweeps = 1_000_000;
        Phi4CriticalTask task = new Phi4CriticalTask();
        Phi4LcpTest.setWorkbench(task, w);
        TestContext context = new TestContext(1, runDirectory);
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            context.monitor.cancel();
        });
        canceller.start();
        assertThrows(CancelledException.class, () -> task.compute(Ocd.parameters(Phi4CriticalTask.ID), context));
        assertTrue(context.monitor.millisSinceCancel() < Tolerance.CANCEL_MILLIS, context.monitor.millisSinceCancel() + " ms");
        assertEquals(1, w.runs.size());
        assertEquals(runDirectory.resolve("L8/point0").toAbsolutePath().normalize(), w.started.get(0).outputDirectory());
        w.runs.get(0).await();
        assertEquals(wick.api.run.RunStatus.CANCELLED, w.runs.get(0).status());
    }
}
