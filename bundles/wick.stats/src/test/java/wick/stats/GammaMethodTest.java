package wick.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Γ-method against chains with known autocorrelations. Every tolerance is a multiple of an
 * uncertainty the method itself reports (4σ: a false alarm has probability ~6e-5 per check),
 * except for the 10% floor on the error, which covers the O(τ/N) and truncation terms the
 * leading-order error-of-error formula leaves out.
 */
class GammaMethodTest {
    private static final int N = 200_000;

    @ParameterizedTest(name = "rho = {0}")
    @CsvSource({"0.9, 11", "0.5, 12", "0.0, 13"})
    void ar1ChainReproducesExactAutocorrelationTimeAndError(double rho, long seed) {
        double[] x = Chains.ar1(rho, N, seed);
        GammaEstimate e = GammaMethod.analyse(x);

        double exactTau = Chains.tauInt(rho);
        double exactError = Math.sqrt(2 * exactTau / N); // variance 1
        System.out.printf("AR(1) rho=%.1f: tauInt = %.4f +- %.4f (exact %.4f), W = %d, "
                + "error = %.6f +- %.6f (exact %.6f), mean = %.6f%n", rho, e.tauInt(),
                e.tauIntError(), exactTau, e.window(), e.error(), e.errorOfError(), exactError,
                e.mean());

        assertTrue(e.windowFound());
        assertEquals(N, e.samples());
        assertTrue(e.window() >= 1);
        assertEquals(exactTau, e.tauInt(), 4 * e.tauIntError(), "tauInt");
        assertEquals(0, e.mean(), 4 * e.error(), "mean");
        assertEquals(exactError, e.error(), Math.max(4 * e.errorOfError(), 0.1 * exactError),
                "error");
    }

    @Test
    void iidDataHaveTauOneHalfAndNaiveError() {
        SplittableRandom random = new SplittableRandom(21);
        double sigma = 2.5;
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = 3 + sigma * random.nextGaussian();
        }
        GammaEstimate e = GammaMethod.analyse(x);
        System.out.printf("iid: tauInt = %.4f +- %.4f (exact 0.5), W = %d, error = %.6f +- %.6f "
                + "(sigma/sqrt(N) = %.6f)%n", e.tauInt(), e.tauIntError(), e.window(), e.error(),
                e.errorOfError(), sigma / Math.sqrt(N));
        assertEquals(0.5, e.tauInt(), 4 * e.tauIntError());
        assertEquals(sigma / Math.sqrt(N), e.error(), 4 * e.errorOfError());
        assertEquals(3, e.mean(), 4 * e.error());
    }

    @Test
    void reportedUncertaintiesFollowWolffsFormulas() {
        GammaEstimate e = GammaMethod.analyse(Chains.ar1(0.7, 20_000, 31));
        double n = e.samples();
        double w = e.window();
        assertEquals(e.error() * Math.sqrt((w + 0.5) / n), e.errorOfError(), 1e-15);
        assertEquals(2 * e.tauInt() * Math.sqrt((w + 0.5 - e.tauInt()) / n), e.tauIntError(),
                1e-15);
    }

    @Test
    void biasCorrectionMatchesADirectComputation() {
        // Short series: recompute Γ, the window and the corrected C_W by the textbook formulas.
        double[] x = Chains.ar1(0.6, 400, 41);
        GammaEstimate e = GammaMethod.analyse(x);
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v / n;
        }
        int w = e.window();
        double[] gamma = new double[w + 1];
        for (int t = 0; t <= w; t++) {
            for (int i = 0; i + t < n; i++) {
                gamma[t] += (x[i] - mean) * (x[i + t] - mean);
            }
            gamma[t] /= n - t;
        }
        double cw = gamma[0];
        for (int t = 1; t <= w; t++) {
            cw += 2 * gamma[t];
        }
        double c = cw + (2 * w + 1) * cw / n; // every Γ(t), t ≤ W, shifted by C_W/N
        double g0 = gamma[0] + cw / n;
        assertEquals(Math.sqrt(c / n), e.error(), 1e-12 * e.error());
        assertEquals(c / (2 * g0), e.tauInt(), 1e-12);
        assertEquals(mean, e.mean(), 1e-14);
    }

    @Test
    void constantSeriesHasNoError() {
        double[] x = new double[1000];
        java.util.Arrays.fill(x, 0.1);
        GammaEstimate e = GammaMethod.analyse(x);
        assertEquals(new GammaEstimate(0.1, 0, 0, 0.5, 0, 0, 1000, true), e);
    }

    @Test
    void shortSeriesWork() {
        // d = (−1, 0, 1): Γ(0) = 2/3, Γ(1) = 0, so W = 1 and C_W = 2/3; after the shift by
        // C_W/N = 2/9: Γ(0) = 8/9, C_W = 4/3, error = √(4/9), τ_int = (4/3)/(16/9) = 3/4.
        GammaEstimate e = GammaMethod.analyse(new double[] {1, 2, 3});
        assertEquals(2, e.mean(), 1e-15);
        assertEquals(1, e.window());
        assertTrue(e.windowFound());
        assertEquals(2.0 / 3, e.error(), 1e-15);
        assertEquals(0.75, e.tauInt(), 1e-15);
    }

    @Test
    void twoDifferentSamplesArePathological() {
        // N = 2: Γ(1) = −Γ(0), so C_W = Γ(0) + 2Γ(1) < 0 whatever the data (as in UWerr).
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GammaMethod.analyse(new double[] {1, 2}));
        assertTrue(e.getMessage().startsWith("Gamma pathological"), e.getMessage());
        assertEquals(0, GammaMethod.analyse(new double[] {7, 7}).error());
    }

    @Test
    void windowNotFoundIsFlagged() {
        double[] x = Chains.ar1(0.95, 10_000, 51);
        GammaEstimate e = GammaMethod.analyse(x, GammaMethod.DEFAULT_S_TAU, 3);
        assertFalse(e.windowFound());
        assertEquals(3, e.window());
        GammaEstimate full = GammaMethod.analyse(x);
        assertTrue(full.windowFound());
        assertTrue(full.window() > 3);
    }

    @Test
    void largerSTauGivesALargerWindow() {
        double[] x = Chains.ar1(0.8, 50_000, 61);
        assertTrue(GammaMethod.analyse(x, 3.0).window() > GammaMethod.analyse(x, 1.0).window());
    }
}
