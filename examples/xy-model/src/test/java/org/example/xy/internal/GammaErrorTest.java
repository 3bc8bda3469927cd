package org.example.xy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.random.RandomStream;

/** The Γ-method on series whose autocorrelation is known exactly. */
class GammaErrorTest {

    /**
     * An AR(1) process {@code x_{i+1} = ρ x_i + √(1−ρ²) ξ_i} has {@code Γ(t)/Γ(0) = ρ^t}, so
     * {@code τ_int = (1 + ρ)/(2(1 − ρ))} and the error of the mean is {@code √(2 τ_int / N)}.
     */
    @Test
    void ar1TauIntAndErrorAreExact() {
        for (double rho : new double[] {0.0, 0.5, 0.9}) {
            int n = 200_000;
            RandomStream r = RandomStream.of(17);
            double[] x = new double[n];
            x[0] = r.nextGaussian();
            for (int i = 1; i < n; i++) {
                x[i] = rho * x[i - 1] + Math.sqrt(1 - rho * rho) * r.nextGaussian();
            }
            GammaError e = GammaError.of(x);
            double tau = (1 + rho) / (2 * (1 - rho));
            assertTrue(Math.abs(e.tauInt() - tau) < Tolerance.Z * e.tauIntError(),
                    "rho " + rho + ": tauInt " + e.tauInt() + " ± " + e.tauIntError() + ", exact " + tau);
            double error = Math.sqrt(2 * tau / n);
            // δ(error)/error = ½ δτ/τ
            assertEquals(error, e.error(), Tolerance.Z * 0.5 * e.tauIntError() / e.tauInt() * error, "rho " + rho);
            assertTrue(Math.abs(e.mean()) < Tolerance.Z * e.error(), "mean " + e.mean() + " ± " + e.error());
        }
    }

    @Test
    void constantSeriesHasNoError() {
        GammaError e = GammaError.of(new double[] {2.5, 2.5, 2.5, 2.5});
        assertEquals(2.5, e.mean(), 0);
        assertEquals(0, e.error(), 0);
        assertEquals(0.5, e.tauInt(), 0);
    }
}
