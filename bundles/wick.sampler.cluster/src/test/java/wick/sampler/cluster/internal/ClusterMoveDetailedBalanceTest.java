package wick.sampler.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.model.ebm.Phi4Target;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * The Wolff move alone, at fixed {@code |φ|}, samples the embedded Ising model exactly: over the
 * {@code 2^V} sign patterns {@code s} its stationary distribution is
 * {@code p(s) ∝ e^{−S[s|φ|]} ∝ exp(Σ_⟨nm⟩ β_nm |φ_n||φ_m| s_n s_m)}, with the pair coupling
 * {@code β_nm = 2β} on two sites (the pair occurs twice in {@code Σ_n Σ_μ}) and {@code β} on the
 * 3-site ring. The frequency of each pattern in a long cluster-only run is compared with it within
 * {@link Tolerance#STANDARD_ERRORS} Γ-method standard errors of the (binned) indicator series.
 */
class ClusterMoveDetailedBalanceTest {
    private static final int FLIPS = 200_000;
    /**
     * Indicator series are averaged in bins of this many flips before the Γ-method: a single-cluster
     * move always flips at least the seed, so a pattern never follows itself and the raw series are
     * anticorrelated at lag 1 (ρ(1) = −π/(1−π) for a pattern of probability π, below −½ for π > ⅓),
     * where the Γ-method does not apply. Binning keeps the mean and leaves the error estimate valid.
     */
    private static final int BIN = 8;

    @Test
    void twoSiteSignPatternsFollowTheEmbeddedIsingWeights() {
        // β = v/a² = 1; on N = 2 the pair (0,1) has coupling 2β = 2
        run(new Phi4Target(Lattice.of(2), 0.5, 1.0, null), new double[] {0.6, 0.9}, new double[][] {{0, 1, 2}}, 11);
    }

    @Test
    void threeSiteSignPatternsFollowTheEmbeddedIsingWeights() {
        // the ring 0-1-2-0, every pair with coupling β = 0.9/0.81 (spacing 0.9, v = 0.9)
        double beta = 0.9 / (0.9 * 0.9);
        run(new Phi4Target(Lattice.parse("3", "0.9"), -0.3, 2.0, null), new double[] {0.5, 0.8, 1.1},
                new double[][] {{0, 1, beta}, {1, 2, beta}, {2, 0, beta}}, 12);
    }

    /**
     * @param magnitudes {@code |φ_n|}, all > 0
     * @param pairs      {@code {n, m, β_nm}} for each distinct neighbour pair
     */
    private static void run(Phi4Target target, double[] magnitudes, double[][] pairs, long seed) {
        int v = magnitudes.length;
        int patterns = 1 << v;
        double[] exact = exactFromAction(target, magnitudes);
        double[] ising = exactFromPairs(magnitudes, pairs);
        for (int k = 0; k < patterns; k++) {
            assertEquals(ising[k], exact[k], 1e-12, "pattern " + k + ": e^{-S} against the embedded Ising weight");
        }

        ClusterMove move = (ClusterMove) new ClusterSampler().bind(target, Parameters.empty());
        RandomStream random = RandomStream.of(seed);
        double[] field = magnitudes.clone();
        double[][] indicators = new double[patterns][FLIPS];
        for (int i = 0; i < FLIPS; i++) {
            move.flipOneCluster(field, random);
            indicators[pattern(field)][i] = 1;
        }
        for (int n = 0; n < v; n++) {
            assertEquals(magnitudes[n], Math.abs(field[n]), 0.0, "the cluster move changes signs only");
        }
        StringBuilder report = new StringBuilder(v + " sites, mean cluster fraction "
                + String.format("%.4f", move.meanClusterFraction()) + ":");
        for (int k = 0; k < patterns; k++) {
            GammaEstimate e = GammaMethod.analyse(binned(indicators[k]));
            double z = (e.mean() - exact[k]) / e.error();
            report.append(String.format(" p(%s) = %.5f ± %.5f (exact %.5f, z = %+.2f, tau_int of the bin series %.2f);",
                    signs(k, v), e.mean(), e.error(), exact[k], z, e.tauInt()));
            assertTrue(Math.abs(z) < Tolerance.STANDARD_ERRORS, "sign pattern " + signs(k, v) + ": " + e.mean() + " ± "
                    + e.error() + ", exact " + exact[k] + ", " + z + " standard errors");
        }
        System.out.println(report);
    }

    private static double[] binned(double[] series) {
        double[] b = new double[series.length / BIN];
        for (int j = 0; j < b.length; j++) {
            double s = 0;
            for (int i = 0; i < BIN; i++) {
                s += series[j * BIN + i];
            }
            b[j] = s / BIN;
        }
        return b;
    }

    /** Bit n of the pattern set when {@code φ_n < 0}. */
    private static int pattern(double[] field) {
        int k = 0;
        for (int n = 0; n < field.length; n++) {
            if (field[n] < 0) {
                k |= 1 << n;
            }
        }
        return k;
    }

    private static String signs(int k, int v) {
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < v; n++) {
            b.append((k >> n & 1) == 1 ? '-' : '+');
        }
        return b.toString();
    }

    /** {@code p(s) ∝ e^{−S[s|φ|]}} from the target's own action. */
    private static double[] exactFromAction(Phi4Target target, double[] magnitudes) {
        int patterns = 1 << magnitudes.length;
        double[] w = new double[patterns];
        double[] field = new double[magnitudes.length];
        for (int k = 0; k < patterns; k++) {
            for (int n = 0; n < field.length; n++) {
                field[n] = (k >> n & 1) == 1 ? -magnitudes[n] : magnitudes[n];
            }
            w[k] = -target.action(field);
        }
        return normalise(w);
    }

    /** {@code p(s) ∝ exp(Σ_pairs β_nm |φ_n||φ_m| s_n s_m)}. */
    private static double[] exactFromPairs(double[] magnitudes, double[][] pairs) {
        int patterns = 1 << magnitudes.length;
        double[] w = new double[patterns];
        for (int k = 0; k < patterns; k++) {
            for (double[] p : pairs) {
                int n = (int) p[0];
                int m = (int) p[1];
                int sign = ((k >> n & 1) == (k >> m & 1)) ? 1 : -1;
                w[k] += p[2] * magnitudes[n] * magnitudes[m] * sign;
            }
        }
        return normalise(w);
    }

    private static double[] normalise(double[] logWeights) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : logWeights) {
            max = Math.max(max, x);
        }
        double z = 0;
        double[] p = new double[logWeights.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(logWeights[k] - max);
            z += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= z;
        }
        return p;
    }
}
