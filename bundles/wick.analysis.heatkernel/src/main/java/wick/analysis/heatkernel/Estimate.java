package wick.analysis.heatkernel;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A stochastic estimate: the mean of {@code samples} independent values, its standard error
 * {@code sd/√P}, and the half-width of the two-sided 95 % confidence interval
 * {@code t_{0.975, P−1} · SE} (Student's t).
 *
 * @param value         the mean
 * @param standardError the standard error of the mean
 * @param halfWidth95   the 95 % confidence half-width
 * @param samples       the number of samples P
 */
public record Estimate(double value, double standardError, double halfWidth95, int samples) {
    /**
     * The estimate from samples (not modified).
     *
     * @throws IllegalArgumentException with fewer than two samples
     */
    public static Estimate of(double[] x) {
        int p = x.length;
        if (p < 2) {
            throw new IllegalArgumentException("an error estimate needs at least 2 samples, got " + p);
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= p;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        var /= p - 1;
        double se = Math.sqrt(var / p);
        double t = new TDistribution(null, p - 1).inverseCumulativeProbability(0.975);
        return new Estimate(mean, se, t * se, p);
    }

    /** Whether {@code exact} lies within the 95 % confidence interval. */
    public boolean covers(double exact) {
        return Math.abs(value - exact) <= halfWidth95;
    }
}
