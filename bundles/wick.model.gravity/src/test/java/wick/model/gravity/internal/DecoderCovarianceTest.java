package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.random.RandomStream;

/**
 * Every decoder reproduces Cov(φ_i, φ_j) = (K[σ]⁻¹)_{ij} over all pairs i ≤ j for a random σ ∈ Ω on
 * a 4×3 lattice (PHYSICS section 4), within z standard errors estimated from the samples, with
 * z = max(4, Φ⁻¹(1 − α/(2C))), α = 10⁻³ family-wise over the C = V(V+1)/2 comparisons (Bonferroni,
 * as in wick.lattice's FftGaussianSamplerTest). The seed is fixed, so the outcome is deterministic.
 * Power: the same data must reject the covariance K_E⁻¹ of σ = 0.
 */
class DecoderCovarianceTest {
    private static final int SAMPLES = 40_000;
    private static final double FAMILY_WISE = 1e-3;
    private static final double M2 = 0.6;
    private static final Lattice L = new Lattice(new int[] {4, 3}, new double[] {0.8, 1.2});

    /** Each solver with each stress option the covariance is tested for; the seed fixes σ and the draws. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "dense,     SYMMETRIC, 1",
            "sparse,    SYMMETRIC, 2",
            "sparse,    FORWARD,   5",
            "cg,        SYMMETRIC, 3",
            "cg,        FORWARD,   4",
            "cg-jacobi, SYMMETRIC, 6",
            "cg-jacobi, FORWARD,   7",
            "cg-ssor,   SYMMETRIC, 8",
            "cg-ssor,   FORWARD,   9"})
    void sampleCovarianceIsTheInverseOfK(String solver, StressOption option, long seed) {
        check(solver, option, seed);
    }

    @Test
    void rejectsUnknownNameAndSigmaOutsideOmega() {
        KSigma k = new KSigma(L, M2, StressOption.SYMMETRIC, new LatentField(Blocks.sites(L)));
        ParameterException e = assertThrows(ParameterException.class, () -> Decoders.create("lu", k));
        assertTrue(e.getMessage().contains(Decoders.NAMES), e.getMessage());
        LatentField outside = new LatentField(Blocks.sites(L));
        outside.set(5, 0, 1, 0.9);
        ParameterException f = assertThrows(ParameterException.class,
                () -> Decoders.create("dense", new KSigma(L, M2, StressOption.SYMMETRIC, outside)));
        assertTrue(f.getMessage().contains("block 5"), f.getMessage());
    }

    private static void check(String name, StressOption option, long seed) {
        RandomStream r = RandomStream.of(100 + seed);
        LatentField sigma = Fields.randomSigmaInOmega(Blocks.sites(L), 0.45, r);
        KSigma k = new KSigma(L, M2, option, sigma);
        Decoder decoder = Decoders.create(name, k);
        int v = L.volume();
        double[] phi = new double[v];
        double[][] s = new double[v][v];
        double[][] q = new double[v][v];
        for (int n = 0; n < SAMPLES; n++) {
            decoder.sample(r, phi);
            for (int i = 0; i < v; i++) {
                for (int j = i; j < v; j++) {
                    double x = phi[i] * phi[j];
                    s[i][j] += x;
                    q[i][j] += x * x;
                }
            }
        }
        DMatrixRMaj g = k.dense();
        CommonOps_DDRM.invert(g);
        DMatrixRMaj wrong = wick.lattice.DenseOperators.euclidean(L, M2);
        CommonOps_DDRM.invert(wrong);
        int comparisons = v * (v + 1) / 2;
        double z = Math.max(Tolerance.STANDARD_ERRORS,
                new NormalDistribution().inverseCumulativeProbability(1 - FAMILY_WISE / (2.0 * comparisons)));
        double worst = 0;
        double worstWrong = 0;
        for (int i = 0; i < v; i++) {
            for (int j = i; j < v; j++) {
                double score = zScore(g.get(i, j), s[i][j], q[i][j]);
                worst = Math.max(worst, Math.abs(score));
                worstWrong = Math.max(worstWrong, Math.abs(zScore(wrong.get(i, j), s[i][j], q[i][j])));
                assertTrue(Math.abs(score) <= z, name + " " + option + " Cov(" + i + "," + j + "): " + s[i][j] / SAMPLES
                        + " vs exact " + g.get(i, j) + " is " + score + " standard errors off (allowed " + z + ")");
            }
        }
        System.out.printf("decoder %s %s: max |z| = %.2f (allowed %.2f), max |z| against K_E^-1 = %.1f%n", name, option, worst, z, worstWrong);
        assertTrue(worstWrong > z, name + ": the sigma = 0 covariance was not rejected (max z " + worstWrong + ")");
    }

    private static double zScore(double expected, double sum, double sumSquares) {
        double mean = sum / SAMPLES;
        double variance = (sumSquares / SAMPLES - mean * mean) * SAMPLES / (SAMPLES - 1.0);
        return (mean - expected) / Math.sqrt(variance / SAMPLES);
    }
}
