package wick.analysis.critical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.progress.CancelledException;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;

/**
 * {@code lcp.scan} with {@code model = phi4}, on synthetic chains whose correlator is an exact cosh
 * with {@code E(m²; a) = √(m² − (λ/4π) ln a)} plus noise per measurement: the line is
 * {@code m²(a) = E² + (λ/4π) ln a}, so the fitted slope must be λ/(4π).
 */
class Phi4LcpTest {
    private static final double LAMBDA = 1.0;
    private static final double ENERGY = 1.0;

    @TempDir
    Path runDirectory;

    /** Synthetic chains: {@code samples} measurements of C(τ) = cosh(Ê(N/2 − τ))·(1 + 0.1 z). */
    static final class SyntheticLcpRunner implements ChainRunner {
        final List<ChainRequest> requests = new ArrayList<>();

        static double energy(double m2, double a) {
            double x = m2 - LAMBDA / (4 * Math.PI) * Math.log(a);
            return Math.sqrt(Math.max(x, 1e-4));
        }

        @Override
        public ChainOutcome run(ChainRequest request, ProgressMonitor progress) {
            requests.add(request);
            Map<String, String> p = request.parameters();
            int n = Integer.parseInt(p.get("lattice").split("x")[0]);
            double a = Double.parseDouble(p.get("spacing"));
            double eHat = a * energy(Double.parseDouble(p.get("m2")), a);
            int samples = Integer.parseInt(p.get("samples"));
            RandomStream random = RandomStream.of(request.seed());
            double[][] columns = new double[n][samples];
            double[] mean = new double[n];
            for (int t = 0; t < n; t++) {
                double exact = Math.cosh(eHat * (n / 2.0 - t));
                for (int s = 0; s < samples; s++) {
                    columns[t][s] = exact * (1 + 0.1 * random.nextGaussian());
                    mean[t] += columns[t][s] / samples;
                }
            }
            double[] error = new double[n];
            for (int t = 0; t < n; t++) {
                error[t] = wick.stats.GammaMethod.analyse(columns[t]).error();
            }
            progress.report(1, "done");
            return new ChainOutcome(request.name(), Map.of("correlator", SeriesResult.indexed(mean, error, "tau", "C")),
                    c -> c.startsWith("C") ? columns[Integer.parseInt(c.substring(1))].clone() : null, null);
        }
    }

    @Test
    void findsTheLineOfConstantPhysicsAndItsOneLoopSlope() {
        SyntheticLcpRunner runner = new SyntheticLcpRunner();
        LcpScanTask task = new LcpScanTask();
        task.setRunners(c -> runner);
        Map<String, Result> r = task.compute(Ocd.parameters(LcpScanTask.ID, "model", "phi4", "samples", "400", "tolerance", "1.5"),
                new TestContext(5, runDirectory));
        assertEquals(List.of("m2", "slope", "slopeFit", "oneLoop", "m2Tadpole", "roots", "history"), List.copyOf(r.keySet()));
        SeriesResult m2 = (SeriesResult) r.get("m2");
        for (int i = 0; i < m2.size(); i++) {
            double a = m2.x()[i];
            double exact = ENERGY * ENERGY + LAMBDA / (4 * Math.PI) * Math.log(a);
            assertTrue(Math.abs(m2.y()[i] - exact) < Tolerance.STANDARD_ERRORS * m2.error()[i],
                    "a = " + a + ": " + m2.y()[i] + " +- " + m2.error()[i] + " vs " + exact);
            assertTrue(m2.error()[i] > 0 && m2.error()[i] < 0.05, "error " + m2.error()[i]);
        }
        ScalarResult slope = (ScalarResult) r.get("slope");
        double oneLoop = ((ScalarResult) r.get("oneLoop")).value();
        assertTrue(Tolerance.close(LAMBDA / (4 * Math.PI), oneLoop));
        assertTrue(Math.abs(slope.value() - oneLoop) < Tolerance.STANDARD_ERRORS * slope.error(),
                "slope " + slope.value() + " +- " + slope.error() + " vs " + oneLoop);
        TableResult history = (TableResult) r.get("history");
        assertEquals(runner.requests.size(), history.rows().size());
        assertEquals("gamma", history.rows().get(0).get(7));
        assertEquals("a1.0/iteration0", runner.requests.get(0).name());
        assertEquals(runner.requests.size(), new HashSet<>(runner.requests.stream().map(ChainRequest::seed).toList()).size(),
                "every chain has its own seed");
        for (ChainRequest q : runner.requests) {
            assertEquals("cluster", q.sampler());
            assertEquals(Double.toString(LAMBDA), q.parameters().get("lambda"));
        }
        TableResult roots = (TableResult) r.get("roots");
        assertEquals(List.of(1.0, 0.8, 0.5), roots.rows().stream().map(row -> row.get(0)).toList());
        assertEquals(List.of(8, 10, 16), roots.rows().stream().map(row -> row.get(1)).toList());
    }

    @Test
    void sameSeedSameLine() {
        Map<String, Result> first = run(9);
        Map<String, Result> second = run(9);
        assertEquals(first.get("m2"), second.get("m2"));
    }

    private Map<String, Result> run(long seed) {
        LcpScanTask task = new LcpScanTask();
        SyntheticLcpRunner runner = new SyntheticLcpRunner();
        task.setRunners(c -> runner);
        return task.compute(Ocd.parameters(LcpScanTask.ID, "model", "phi4", "samples", "200", "spacings", "1,0.5"),
                new TestContext(seed, runDirectory));
    }

    @Test
    void cancellationStopsTheScanWithinHalfASecond() {
        BlockingRunner runner = new BlockingRunner();
        LcpScanTask task = new LcpScanTask();
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
        assertThrows(CancelledException.class,
                () -> task.compute(Ocd.parameters(LcpScanTask.ID, "model", "phi4"), context));
        assertTrue(context.monitor.millisSinceCancel() < Tolerance.CANCEL_MILLIS, context.monitor.millisSinceCancel() + " ms");
        assertEquals(1, runner.started);
    }

    @Test
    void theSamplerIsCheckedAgainstTheWorkbench() {
        LcpScanTask task = new LcpScanTask();
        FakeWorkbench w = new FakeWorkbench();
        setWorkbench(task, w);
        task.validate(Ocd.parameters(LcpScanTask.ID, "model", "phi4"));
        var e = assertThrows(wick.api.param.ParameterException.class,
                () -> task.validate(Ocd.parameters(LcpScanTask.ID, "model", "phi4", "sampler", "nonesuch")));
        assertEquals("sampler", e.parameter());
        assertTrue(e.getMessage().contains("cluster"), e.getMessage());
    }

    static void setWorkbench(Object task, wick.api.run.Workbench w) {
        try {
            var f = task.getClass().getDeclaredField("workbench");
            f.setAccessible(true);
            f.set(task, w);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
