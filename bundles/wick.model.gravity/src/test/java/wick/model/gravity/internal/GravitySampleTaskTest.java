package wick.model.gravity.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.sampler.Move;
import wick.api.task.Measurements;
import wick.api.task.Observables;
import wick.model.gravity.LatentField;

/** Task gravity.sample: parameters, observables, results. */
class GravitySampleTaskTest {
    private static Parameters parameters(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lattice", "4x4");
        m.put("spacing", "1");
        m.put("m2", 1.0);
        m.put("kappa2", 0.5);
        m.put("block", "2x2");
        m.put("stress", "symmetric");
        m.put("solver", "cg");
        m.put("samples", 200);
        m.put("thermalization", 10);
        m.put("interval", 1);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return Parameters.of(m);
    }

    @Test
    void columnNamesTimeFirst() {
        assertEquals(List.of("phi2", "sigmaMean00", "sigmaMean01", "sigmaMean11", "sigmaVar00", "sigmaVar01", "sigmaVar11",
                "rejectionRate"), GravitySampleTask.names(2));
        assertEquals(List.of("phi2", "sigmaMean00", "sigmaVar00", "rejectionRate"), GravitySampleTask.names(1));
        assertEquals(14, GravitySampleTask.names(3).size());
        assertEquals("gibbs", new GravitySampleTask().defaultSampler());
        assertEquals("gravity.sample", new GravitySampleTask().id());
    }

    @Test
    void inputErrorsNameTheParameter() {
        GravitySampleTask task = new GravitySampleTask();
        assertEquals("m2", assertThrows(ParameterException.class, () -> task.target(parameters("m2", 0.0))).parameter());
        assertEquals("kappa2", assertThrows(ParameterException.class, () -> task.target(parameters("kappa2", -1.0))).parameter());
        assertEquals("block", assertThrows(ParameterException.class, () -> task.target(parameters("block", "3x2"))).parameter());
        assertEquals("stress", assertThrows(ParameterException.class, () -> task.target(parameters("stress", "odd"))).parameter());
        assertEquals("solver", assertThrows(ParameterException.class, () -> task.target(parameters("solver", "lu"))).parameter());
    }

    @Test
    void observablesReadSigmaThroughTheTargetAndAnalyse() {
        GravitySampleTask task = new GravitySampleTask();
        Parameters p = parameters();
        GravityTarget target = (GravityTarget) task.target(p);
        Observables obs = task.observables(target, p);
        Move move = new GibbsSampler().bind(target, Parameters.empty());
        RandomStream r = RandomStream.of(31);
        double[] phi = new double[16];
        int n = 400;
        List<String> names = obs.names();
        double[][] columns = new double[names.size()][n];
        double[] out = new double[names.size()];
        for (int k = 0; k < n; k++) {
            move.sweep(phi, r);
            obs.measure(phi, out);
            for (int j = 0; j < out.length; j++) {
                columns[j][k] = out[j];
            }
            // cross-check the σ columns against the target's σ
            LatentField sigma = target.latest().sigma();
            double m00 = 0;
            for (int b = 0; b < 4; b++) {
                m00 += sigma.get(b, 0, 0) / 4;
            }
            assertEquals(m00, out[1], 1e-15);
            assertTrue(out[4] >= 0 && out[5] >= 0 && out[6] >= 0);
            assertTrue(out[7] >= 0 && out[7] <= 1);
        }
        Measurements m = new Measurements() {
            @Override
            public int count() {
                return n;
            }

            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public double[] column(String name) {
                return columns[names.indexOf(name)].clone();
            }

            @Override
            public List<String> samplers() {
                return new ArrayList<>(Collections.nCopies(n, "gibbs"));
            }
        };
        Map<String, Result> results = task.analyse(m, target, p, ProgressMonitor.NONE);
        for (String name : names) {
            if (name.startsWith("sigmaCorr")) {
                continue; // primary columns of sigmaConnected
            }
            ScalarResult s = assertInstanceOf(ScalarResult.class, results.get(name), name);
            assertTrue(Double.isFinite(s.value()) && s.error() >= 0, name + " " + s);
        }
        for (String c : List.of("00", "01", "11")) {
            ScalarResult s = assertInstanceOf(ScalarResult.class, results.get("sigmaBlockVariance" + c), c);
            assertTrue(s.value() > 0, c + " " + s);
        }
        assertTrue(results.containsKey("tauInt"));
        for (String c : List.of("00", "01", "11")) {
            assertInstanceOf(ScalarResult.class, results.get("Tmean" + c), c);
            wick.api.result.SeriesResult conn = assertInstanceOf(wick.api.result.SeriesResult.class, results.get("sigmaConnected" + c), c);
            assertEquals(2, conn.size(), "block grid 2x2: distances 0 and 1");
            // distance 0 is the block variance
            assertEquals(((ScalarResult) results.get("sigmaBlockVariance" + c)).value(), conn.y()[0], 1e-12);
        }
        wick.api.result.FieldResult field = assertInstanceOf(wick.api.result.FieldResult.class, results.get("sigmaField"));
        assertArrayEquals(new int[] {2, 2, 3}, field.shape());
        assertArrayEquals(target.latest().values(), field.values());
        // flat space, symmetric T: <T_01> = 0
        ScalarResult t01 = (ScalarResult) results.get("Tmean01");
        assertEquals(0, t01.value(), Tolerance.STANDARD_ERRORS * t01.error());
        // symmetric T in flat space: no shear on average
        ScalarResult shear = (ScalarResult) results.get("sigmaMean01");
        assertEquals(0, shear.value(), Tolerance.STANDARD_ERRORS * shear.error());
    }

    /** A sampler swapped in while the chain runs continues from the current σ; swapping back too. */
    @Test
    void samplersSwapWhileTheChainRuns() throws Exception {
        GravitySampleTask task = new GravitySampleTask();
        Parameters p = parameters("solver", "dense");
        GravityTarget target = (GravityTarget) task.target(p);
        Move gibbs = new GibbsSampler().bind(target, Parameters.empty());
        Move direct = new SigmaMetropolisSampler().bind(target, Parameters.empty());
        RandomStream r = RandomStream.of(33);
        double[] phi = new double[16];
        for (int k = 0; k < 5; k++) {
            gibbs.sweep(phi, r);
        }
        double[] before = target.latest().values().clone();
        direct.sweep(phi, r);
        double[] after = target.latest().values();
        int moved = 0;
        for (int b = 0; b < 4; b++) {
            boolean same = true;
            for (int q = 0; q < 3; q++) {
                same &= before[b * 3 + q] == after[b * 3 + q];
            }
            moved += same ? 0 : 1;
        }
        assertTrue(moved < 4 || direct.acceptance() > 0, "metropolis started from the Gibbs sigma");
        double[] state = direct.saveState();
        assertArrayEquals(after, java.util.Arrays.copyOf(state, 12));
        gibbs.sweep(phi, r); // Gibbs goes on from the direct sampler's sigma (the decoder uses it)
        assertTrue(target.latest().sigma().inOmega());
        // rank 0 through the same task
        GravityTarget rank0 = (GravityTarget) task.target(parameters("rank", 0));
        assertEquals(0, rank0.model().rank());
        assertEquals(List.of("phi2", "sigmaMean", "sigmaVar", "rejectionRate"), GravitySampleTask.names(rank0.model()));
        assertEquals("rank", assertThrows(ParameterException.class, () -> task.target(parameters("rank", 1))).parameter());
    }
}
