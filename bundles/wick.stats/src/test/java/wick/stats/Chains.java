package wick.stats;

import java.util.SplittableRandom;

/** Deterministic synthetic Monte Carlo data for the tests. */
final class Chains {
    private Chains() {
    }

    /**
     * A stationary AR(1) chain x_{i+1} = ρ x_i + √(1−ρ²) ξ_i, x_0 ~ N(0,1): unit variance,
     * ρ(t) = ρ^|t| and τ_int = ½(1+ρ)/(1−ρ).
     */
    static double[] ar1(double rho, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double innovation = Math.sqrt(1 - rho * rho);
        x[0] = random.nextGaussian();
        for (int i = 1; i < n; i++) {
            x[i] = rho * x[i - 1] + innovation * random.nextGaussian();
        }
        return x;
    }

    /** The exact integrated autocorrelation time of {@link #ar1}. */
    static double tauInt(double rho) {
        return 0.5 * (1 + rho) / (1 - rho);
    }
}
