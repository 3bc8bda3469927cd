package wick.model.gravity.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

/**
 * The perturbation of the tensor precision has {@code Cov b = K[σ]} (PHYSICS section 4; the per-site
 * factorisation of {@link TensorPrecision}) over all pairs i ≤ j, for a random σ ∈ Ω on blocks, in
 * D = 1, 2, 3, with extents 1 and 2 (where offsets fold onto the same site), both stress options,
 * within z standard errors from the samples, z = max(4, Φ⁻¹(1 − α/(2C))), α = 10⁻³ family-wise over
 * the C comparisons (Bonferroni). Power: the same data must reject K of σ = 0.
 */
class PerturbationCovarianceTest {
    private static final int SAMPLES = 40_000;
    private static final double FAMILY_WISE = 1e-3;
    private static final double M2 = 0.7;

    @Test
    void twoDimensionsSymmetric() {
        check(new Lattice(new int[] {4, 3}, new double[] {0.8, 1.2}), "2x1", StressOption.SYMMETRIC, 1);
    }

    @Test
    void twoDimensionsForward() {
        check(new Lattice(new int[] {4, 3}, new double[] {0.8, 1.2}), "1x3", StressOption.FORWARD, 2);
    }

    @Test
    void smallExtents() {
        check(new Lattice(new int[] {2, 5}, new double[] {1.1, 0.9}), "1x1", StressOption.SYMMETRIC, 3);
        check(new Lattice(new int[] {1, 4}, new double[] {1.0, 0.7}), "1x2", StressOption.SYMMETRIC, 4);
    }

    @Test
    void otherDimensions() {
        check(new Lattice(new int[] {2, 3, 2}, new double[] {0.9, 1.1, 0.6}), "1x3x1", StressOption.SYMMETRIC, 5);
        check(new Lattice(new int[] {3, 2, 2}, new double[] {0.9, 1.1, 0.6}), "1x1x2", StressOption.FORWARD, 6);
        check(new Lattice(new int[] {7}, new double[] {0.5}), "1", StressOption.SYMMETRIC, 7);
    }

    private static void check(Lattice lattice, String block, StressOption option, long seed) {
        RandomStream r = RandomStream.of(300 + seed);
        LatentField sigma = Fields.randomSigmaInOmega(Blocks.parse(lattice, block), 0.45, r);
        KSigma k = new KSigma(lattice, M2, option, sigma);
        TensorPrecision precision = new TensorPrecision(k);
        int v = lattice.volume();
        double[] b = new double[v];
        double[][] s = new double[v][v];
        double[][] q = new double[v][v];
        for (int n = 0; n < SAMPLES; n++) {
            precision.perturbation(r, b);
            for (int i = 0; i < v; i++) {
                for (int j = i; j < v; j++) {
                    double x = b[i] * b[j];
                    s[i][j] += x;
                    q[i][j] += x * x;
                }
            }
        }
        DMatrixRMaj exact = k.dense();
        DMatrixRMaj flat = new KSigma(lattice, M2, option, new LatentField(Blocks.parse(lattice, block))).dense();
        int comparisons = v * (v + 1) / 2;
        double z = Math.max(Tolerance.STANDARD_ERRORS,
                new NormalDistribution().inverseCumulativeProbability(1 - FAMILY_WISE / (2.0 * comparisons)));
        double worst = 0;
        double worstFlat = 0;
        for (int i = 0; i < v; i++) {
            for (int j = i; j < v; j++) {
                double score = zScore(exact.get(i, j), s[i][j], q[i][j]);
                worst = Math.max(worst, Math.abs(score));
                worstFlat = Math.max(worstFlat, Math.abs(zScore(flat.get(i, j), s[i][j], q[i][j])));
                assertTrue(Math.abs(score) <= z, lattice + " " + option + " Cov(b_" + i + ", b_" + j + ") = " + s[i][j] / SAMPLES
                        + " vs K = " + exact.get(i, j) + ": " + score + " standard errors off (allowed " + z + ")");
            }
        }
        System.out.printf("perturbation %s %s blocks %s: max |z| = %.2f (allowed %.2f), against K[0] %.1f%n", lattice, option, block, worst, z, worstFlat);
        assertTrue(worstFlat > z, lattice + ": K of sigma = 0 was not rejected (max z " + worstFlat + ")");
    }

    private static double zScore(double expected, double sum, double sumSquares) {
        double mean = sum / SAMPLES;
        double variance = (sumSquares / SAMPLES - mean * mean) * SAMPLES / (SAMPLES - 1.0);
        return (mean - expected) / Math.sqrt(variance / SAMPLES);
    }
}
