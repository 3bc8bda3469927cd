package wick.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Derived quantities: the projected Γ-method against exact propagation and the jackknife. */
class DerivedTest {
    private static final int N = 200_000;

    @Test
    void identityReproducesThePrimaryAnalysis() {
        double[] x = Chains.ar1(0.8, 50_000, 101);
        GammaEstimate primary = GammaMethod.analyse(x);
        GammaEstimate derived = GammaMethod.analyseDerived(new double[][] {x}, m -> m[0]);
        assertEquals(primary.mean(), derived.mean(), 0);
        assertEquals(primary.window(), derived.window());
        assertEquals(primary.error(), derived.error(), 1e-9 * primary.error());
        assertEquals(primary.tauInt(), derived.tauInt(), 1e-9);
    }

    @Test
    void squareOfTheMeanScalesTheErrorByTwiceTheMean() {
        // The central difference of A² is exactly 2A, so the projected series is 2ā·(a_i − ā).
        double[] x = Chains.ar1(0.8, 50_000, 102);
        for (int i = 0; i < x.length; i++) {
            x[i] += 1.5;
        }
        GammaEstimate primary = GammaMethod.analyse(x);
        GammaEstimate derived = GammaMethod.analyseDerived(new double[][] {x}, m -> m[0] * m[0]);
        assertEquals(primary.mean() * primary.mean(), derived.mean(), 1e-15);
        assertEquals(2 * Math.abs(primary.mean()) * primary.error(), derived.error(),
                1e-9 * derived.error());
        assertEquals(primary.tauInt(), derived.tauInt(), 1e-9);
    }

    @Test
    void constantPrimaryGetsZeroGradient() {
        double[] a = Chains.ar1(0.5, 20_000, 103);
        double[] b = new double[a.length];
        Arrays.fill(b, 4.0);
        GammaEstimate primary = GammaMethod.analyse(a);
        GammaEstimate ratio = GammaMethod.analyseDerived(new double[][] {a, b}, m -> m[0] / m[1]);
        assertEquals(primary.mean() / 4, ratio.mean(), 1e-15);
        assertEquals(primary.error() / 4, ratio.error(), 1e-9 * ratio.error());
    }

    @Test
    void allPrimariesConstantGiveNoError() {
        double[] a = new double[10];
        Arrays.fill(a, 2.0);
        GammaEstimate e = GammaMethod.analyseDerived(new double[][] {a, a}, m -> m[0] * m[1]);
        assertEquals(new GammaEstimate(4.0, 0, 0, 0.5, 0, 0, 10, true), e);
    }

    /**
     * A ratio of means of two correlated AR(1) chains (ρ = 0.9, τ_int = 9.5), by the Γ-method and
     * by the jackknife with bins of 1000 ≥ 2τ_int samples (B = 200).
     *
     * <p>Tolerance: the two error estimates each fluctuate by a relative amount of about
     * δσ_Γ/σ = errorOfError/error (≈ 2%) and 1/√(2(B−1)) (≈ 5%, the χ²-scatter of a variance
     * from B bins); since they come from the same data their difference fluctuates less than the
     * combined scatter, so 4× the combined scatter (≈ 21%) is a conservative 4σ bound. The binning
     * bias, ≈ 2ρ/((1−ρ)²·s)/(2τ_int) ≈ 1% for s = 1000, is negligible.
     */
    @Test
    void ratioErrorAgreesWithTheJackknife() {
        double[] x = Chains.ar1(0.9, N, 104);
        double[] y = Chains.ar1(0.9, N, 105);
        double[] a = new double[N];
        double[] b = new double[N];
        for (int i = 0; i < N; i++) {
            a[i] = 1 + 0.3 * x[i];
            b[i] = 2 + 0.2 * y[i] + 0.1 * x[i];
        }
        double[][] primaries = {a, b};
        GammaEstimate gamma = GammaMethod.analyseDerived(primaries, m -> m[0] / m[1]);
        int binSize = 1000;
        assertTrue(binSize >= Jackknife.binSizeFor(gamma.tauInt()));
        JackknifeEstimate jack = Jackknife.estimate(primaries, m -> m[0] / m[1], binSize);
        double tolerance = 4 * Math.hypot(gamma.errorOfError() / gamma.error(),
                1 / Math.sqrt(2.0 * (jack.bins() - 1)));
        System.out.printf("ratio: Gamma %.6f +- %.6f (+- %.6f, tauInt %.3f +- %.3f), "
                + "jackknife %.6f +- %.6f (B = %d); relative difference %.3f, tolerance %.3f%n",
                gamma.mean(), gamma.error(), gamma.errorOfError(), gamma.tauInt(),
                gamma.tauIntError(), jack.value(), jack.error(), jack.bins(),
                jack.error() / gamma.error() - 1, tolerance);
        assertEquals(gamma.mean(), jack.value(), 1e-3 * gamma.error()); // same data up to 0 samples
        assertEquals(1, jack.error() / gamma.error(), tolerance);
        assertEquals(0.5, gamma.mean(), 4 * gamma.error());
    }
}
