package wick.stats;

import java.util.Arrays;

/**
 * The result of a binned jackknife ({@link Jackknife#estimate}).
 *
 * @param value f of the full mean of the kept data
 * @param error the jackknife error √((B−1)/B · Σ_b (f^(b) − f̄)²)
 * @param replicas the jackknife replicas f^(b) = f(leave-bin-b-out means), b = 0 … B−1, in bin
 *        order (a defensive copy is stored and returned); feed several quantities' replicas from
 *        the same binning to {@link Jackknife#covariance(double[][])}
 * @param bins the number B ≥ 2 of bins, equal to {@code replicas.length}
 * @param binSize the number of consecutive samples per bin, ≥ 1
 */
public record JackknifeEstimate(double value, double error, double[] replicas, int bins,
        int binSize) {

    /** Checks the components and copies the replicas. */
    public JackknifeEstimate {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value);
        }
        Checks.nonNegative("error", error);
        if (replicas == null) {
            throw new IllegalArgumentException("replicas must not be null");
        }
        replicas = replicas.clone();
        Checks.finite("replicas", replicas);
        if (bins < 2 || bins != replicas.length) {
            throw new IllegalArgumentException("bins must be >= 2 and equal replicas.length = "
                    + replicas.length + ", got " + bins);
        }
        if (binSize < 1) {
            throw new IllegalArgumentException("binSize must be >= 1, got " + binSize);
        }
    }

    /** A copy of the jackknife replicas f^(b). */
    @Override
    public double[] replicas() {
        return replicas.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JackknifeEstimate other
                && Double.compare(value, other.value) == 0
                && Double.compare(error, other.error) == 0
                && Arrays.equals(replicas, other.replicas)
                && bins == other.bins
                && binSize == other.binSize;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(value);
        h = 31 * h + Double.hashCode(error);
        h = 31 * h + Arrays.hashCode(replicas);
        h = 31 * h + bins;
        return 31 * h + binSize;
    }

    @Override
    public String toString() {
        return "JackknifeEstimate[value=" + value + ", error=" + error + ", replicas="
                + Arrays.toString(replicas) + ", bins=" + bins + ", binSize=" + binSize + "]";
    }
}
