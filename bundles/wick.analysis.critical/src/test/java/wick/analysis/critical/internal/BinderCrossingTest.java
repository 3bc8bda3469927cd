package wick.analysis.critical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;

/** Binder-cumulant crossings on a grid: recovery of a known crossing, coverage of the error, results. */
class BinderCrossingTest {
    private static final int[] SIZES = {8, 16, 32};

    @Test
    void exactCurvesCrossWhereTheInterpolationSays() {
        double[] m = {0, 1};
        BinderCrossing.Crossing c = BinderCrossing.central(m, new double[] {0.6, 0.4}, new double[] {0.01, 0.01},
                new double[] {0.7, 0.2}, new double[] {0.01, 0.01});
        assertNotNull(c);
        assertEquals(1.0 / 3, c.m2(), 1e-15);      // D = 0.1, -0.2
        assertEquals(0.6 - 0.2 / 3, c.u(), 1e-15);
        assertNull(BinderCrossing.central(m, new double[] {0.6, 0.4}, new double[2], new double[] {0.7, 0.5}, new double[2]));
        // σ² = h²(D1² σ0² + D0² σ1²)/(D1 − D0)⁴ with σ_i² = 2·0.01²
        double expected = Math.sqrt(0.04 * 2e-4 + 0.01 * 2e-4) / 0.09;
        assertEquals(expected, BinderCrossing.propagatedError(m, new double[] {0.6, 0.4}, new double[] {0.01, 0.01},
                new double[] {0.7, 0.2}, new double[] {0.01, 0.01}, 0), 1e-15);
    }

    @Test
    void theOrderedToDisorderedChangeIsPreferred() {
        double[] m = {0, 1, 2, 3};
        double[] u1 = {0.5, 0.5, 0.5, 0.5};
        double[] u2 = {0.45, 0.52, 0.6, 0.3};  // - + (wrong orientation) then + + then + - (expected)
        BinderCrossing.Crossing c = BinderCrossing.central(m, u1, new double[4], u2, new double[4]);
        assertEquals(2, c.bracket());
    }

    /** 100 seeds of noisy synthetic curves: the crossing lies within 2 reported errors in ≥ 90% of them. */
    @Test
    void knownCrossingIsRecoveredWithCorrectCoverage() {
        int seeds = 100;
        double sigma = 0.004;
        int[] within2 = new int[3];
        int[] within1 = new int[3];
        double[] meanError = new double[3];
        int driftWithin2 = 0;
        for (int seed = 0; seed < seeds; seed++) {
            RandomStream random = RandomStream.of(seed);
            BinderGrid grid = SyntheticBinder.grid(SIZES, SyntheticBinder.defaultGrid(), sigma, random);
            Map<String, Result> r = CriticalAnalysis.analyse(grid, 2.4, random.child(1), ProgressMonitor.NONE);
            List<List<Object>> rows = ((TableResult) r.get("crossings")).rows();
            assertEquals(3, rows.size());
            for (int k = 0; k < 3; k++) {
                double m2c = (Double) rows.get(k).get(2);
                double error = (Double) rows.get(k).get(3);
                assertTrue(error > 0, "error of pair " + k + " at seed " + seed);
                within2[k] += Math.abs(m2c - SyntheticBinder.M2C) < 2 * error ? 1 : 0;
                within1[k] += Math.abs(m2c - SyntheticBinder.M2C) < error ? 1 : 0;
                meanError[k] += error / seeds;
            }
            List<Object> drift = ((TableResult) r.get("finiteSizeDrift")).rows().get(0);
            driftWithin2 += Math.abs((Double) drift.get(2)) < 2 * (Double) drift.get(3) ? 1 : 0;
            ScalarResult m2c = (ScalarResult) r.get("m2c");
            assertEquals((Double) rows.get(2).get(2), m2c.value());
        }
        for (int k = 0; k < 3; k++) {
            assertTrue(within2[k] >= 0.9 * seeds, "pair " + k + ": within 2σ in " + within2[k] + " of " + seeds
                    + " (mean error " + meanError[k] + ")");
            assertTrue(within1[k] >= 0.5 * seeds && within1[k] <= 0.9 * seeds, "pair " + k + ": within 1σ in " + within1[k]);
            assertTrue(meanError[k] < 0.01, "pair " + k + " mean error " + meanError[k]);
        }
        assertTrue(driftWithin2 >= 0.9 * seeds, "the drift (zero) within 2σ in " + driftWithin2 + " of " + seeds);
    }

    @Test
    void resultsCarryTheConventionsAndEveryCurve() {
        RandomStream random = RandomStream.of(7);
        BinderGrid grid = SyntheticBinder.grid(SIZES, SyntheticBinder.defaultGrid(), 0.002, random);
        Map<String, Result> r = CriticalAnalysis.analyse(grid, 2.4, random.child(1), ProgressMonitor.NONE);
        assertEquals(List.of("m2c", "ratio", "ratioPrime", "crossings", "finiteSizeDrift", "binder", "binderL8", "binderL16",
                "binderL32"), List.copyOf(r.keySet()));
        ScalarResult m2c = (ScalarResult) r.get("m2c");
        ScalarResult ratio = (ScalarResult) r.get("ratio");
        ScalarResult prime = (ScalarResult) r.get("ratioPrime");
        assertTrue(Tolerance.close(2.4 / Math.abs(m2c.value()), ratio.value()));
        assertTrue(Tolerance.close(ratio.value() / 6, prime.value()));
        assertTrue(Tolerance.close(ratio.value() * m2c.error() / Math.abs(m2c.value()), ratio.error()));
        assertEquals(18, ((TableResult) r.get("binder")).rows().size());
        assertEquals(6, ((SeriesResult) r.get("binderL16")).size());
        List<Object> largest = ((TableResult) r.get("crossings")).rows().get(2);
        assertEquals(16, largest.get(0));
        assertEquals(32, largest.get(1));
        assertTrue(Math.abs((Double) largest.get(4) - SyntheticBinder.U_STAR) < 4 * (Double) largest.get(5),
                "U at the crossing " + largest.get(4) + " +- " + largest.get(5));
    }

    @Test
    void noCrossingIsReportedNotThrown() {
        double[] m = {-0.9, -0.85, -0.8};  // far on the ordered side: U_32 > U_16 > U_8 everywhere
        BinderGrid grid = SyntheticBinder.grid(SIZES, m, 1e-4, RandomStream.of(3));
        Map<String, Result> r = CriticalAnalysis.analyse(grid, 2.4, RandomStream.of(4), ProgressMonitor.NONE);
        assertTrue(Double.isNaN(((ScalarResult) r.get("m2c")).value()));
        String method = (String) ((TableResult) r.get("crossings")).rows().get(2).get(6);
        assertTrue(method.startsWith("none"), method);
    }
}
