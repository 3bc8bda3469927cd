package wick.analysis.critical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.stats.Jackknife;
import wick.stats.JackknifeEstimate;

/** Single-histogram reweighting of the Binder cumulant in m², against the exactly solvable one-site model. */
class ReweightingTest {

    @Test
    void withoutShiftItIsThePlainCumulant() {
        double[][] s = new OneSiteModel(0.2, 1).sample(1000, RandomStream.of(1));
        ReweightedBinder b = new ReweightedBinder(0.2, 1, s[0], s[1], s[2]);
        double mean2 = java.util.Arrays.stream(s[0]).average().orElseThrow();
        double mean4 = java.util.Arrays.stream(s[1]).average().orElseThrow();
        assertTrue(Tolerance.close(1 - mean4 / (3 * mean2 * mean2), b.binder(0.2)));
        assertEquals(1, b.effectiveFraction(0.2), 1e-12);
    }

    /** Reweighted from m²_0 = 0.2 to m² in [−0.4, 0.8]: the exact cumulant within the jackknife error. */
    @Test
    void reweightedCumulantMatchesTheExactOne() {
        OneSiteModel model = new OneSiteModel(0.2, 1.5);
        double[][] s = model.sample(20000, RandomStream.of(11));
        ReweightedBinder b = new ReweightedBinder(0.2, 1, s[0], s[1], s[2]);
        for (double target = -0.4; target <= 0.8; target += 0.2) {
            double c = -0.5 * (target - 0.2);
            double[] w = new double[s[0].length];
            double[] w2 = new double[w.length];
            double[] w4 = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.exp(c * s[2][i]);
                w2[i] = w[i] * s[0][i];
                w4[i] = w[i] * s[1][i];
            }
            JackknifeEstimate j = Jackknife.estimate(new double[][] {w, w2, w4},
                    x -> 1 - x[2] / x[0] / (3 * (x[1] / x[0]) * (x[1] / x[0])), 100);
            assertTrue(Tolerance.close(j.value(), b.binder(target)), "the same estimator at " + target);
            double exact = model.exactBinder(target);
            assertTrue(Math.abs(b.binder(target) - exact) < Tolerance.STANDARD_ERRORS * j.error(),
                    "m2 = " + target + ": " + b.binder(target) + " +- " + j.error() + " vs exact " + exact);
            assertTrue(b.effectiveFraction(target) > 0.5);
        }
    }

    /**
     * Two couplings λ = 1 and λ = 16 cross exactly at m² = 0 (see {@link OneSiteModel}); both sampled at
     * m²_0 = 0.1, the reweighted crossing must lie within its jackknife error, with ≈ correct coverage.
     */
    @Test
    void reweightedCrossingIsFoundWithACoveringJackknifeError() {
        double uStar = 1 - Math.exp(2 * Gamma.logGamma(0.25) - 2 * Gamma.logGamma(0.75)) / 12;
        OneSiteModel small = new OneSiteModel(0.1, 1);
        OneSiteModel large = new OneSiteModel(0.1, 16);
        assertEquals(uStar, small.exactBinder(0), 1e-9);
        assertEquals(uStar, large.exactBinder(0), 1e-9);
        int seeds = 30;
        int within2 = 0;
        for (int seed = 0; seed < seeds; seed++) {
            RandomStream random = RandomStream.of(100 + seed);
            double[][] a = small.sample(4000, random);
            double[][] b = large.sample(4000, random);
            ReweightedCrossing.Result r = ReweightedCrossing.solve(new ReweightedBinder(0.1, 1, a[0], a[1], a[2]),
                    new ReweightedBinder(0.1, 1, b[0], b[1], b[2]), new String[] {"small", "large"}, -0.4, 0.6, 0.1,
                    ProgressMonitor.NONE);
            assertNotNull(r, "seed " + seed);
            double error = r.m2().error();
            assertTrue(error > 0 && error < 0.25, "error " + error);
            assertEquals(2, r.m2().replicas().size());
            within2 += Math.abs(r.m2().value()) < 2 * error ? 1 : 0;
            assertTrue(Math.abs(r.u().value() - uStar) < Tolerance.STANDARD_ERRORS * r.u().error(),
                    "U at the crossing " + r.u().value() + " +- " + r.u().error() + " vs " + uStar);
        }
        assertTrue(within2 >= 0.8 * seeds, "within 2σ in " + within2 + " of " + seeds);
    }

    @Test
    void jackknifeDifferencesKeepTheSharedChain() {
        Jack x = new Jack(1, java.util.Map.of("a", new double[] {1.1, 0.9}, "b", new double[] {1.0, 1.0}));
        Jack y = new Jack(2, java.util.Map.of("a", new double[] {2.1, 1.9}));
        Jack d = y.combine(x, (p, q) -> p - q);
        assertEquals(1, d.value());
        assertEquals(0, d.error(), 1e-15);    // the shared chain cancels exactly
        assertEquals(x.error(), x.combine(new Jack(0, java.util.Map.of()), Double::sum).error(), 1e-15);
    }
}
