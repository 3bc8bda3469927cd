package wick.stats;

import java.util.function.ToDoubleFunction;

/**
 * The binned jackknife for derived quantities F = f(A_1, …, A_n) of the means of primary time
 * series a_α(i), i = 1 … N.
 *
 * <p>Each series is cut into B = ⌊N/s⌋ bins of s consecutive samples (the N − B·s samples left
 * over at the end are dropped). With S_α the sum of the kept data and S_α^b the sum of bin b,
 * the leave-one-bin-out means and the replicas are
 * <pre>
 *   m_α^(b) = (S_α − S_α^b) / ((B−1)·s),     f^(b) = f(m^(b)),
 * </pre>
 * the value is f(S/(B·s)) and the error is
 * <pre>
 *   σ_f² = (B−1)/B · Σ_b (f^(b) − f̄)²,   f̄ = (1/B) Σ_b f^(b).
 * </pre>
 * For f = identity this is exactly the standard error of the bin means,
 * Σ_b (m_b − m̄)² / (B(B−1)). Autocorrelations are accounted for only if the bins are long
 * compared with the autocorrelation time: s ≥ 2τ_int ({@link #binSizeFor(double)}) is the bare
 * minimum; the error is biased low by a relative amount of order τ/s, so s ≫ τ_int is better.
 *
 * <p>Stateless and thread-safe; the input arrays are only read.
 */
public final class Jackknife {
    private Jackknife() {
    }

    /**
     * The binned jackknife estimate of f(means).
     *
     * @param primaries {@code primaries[α]} is the time series of primary α; at least one
     *        series, all of one length N ≥ 2, finite samples
     * @param f the function of the vector of means (it receives a fresh array each call); must be
     *        finite at the full and the leave-one-bin-out means
     * @param binSize samples per bin s, between 1 and ⌊N/2⌋ (so that B ≥ 2)
     * @throws IllegalArgumentException for a bad argument or a non-finite value of f
     */
    public static JackknifeEstimate estimate(double[][] primaries, ToDoubleFunction<double[]> f,
            int binSize) {
        int n = Checks.primaries(primaries);
        Checks.function(f);
        if (binSize < 1 || binSize > n / 2) {
            throw new IllegalArgumentException("binSize must be between 1 and N/2 = " + n / 2
                    + ", got " + binSize);
        }
        int count = primaries.length;
        int bins = n / binSize;
        double[][] binSums = new double[count][bins];
        double[] totals = new double[count];
        for (int alpha = 0; alpha < count; alpha++) {
            double[] a = primaries[alpha];
            double total = 0;
            for (int b = 0; b < bins; b++) {
                double sum = 0;
                for (int i = b * binSize, end = i + binSize; i < end; i++) {
                    sum += a[i];
                }
                binSums[alpha][b] = sum;
                total += sum;
            }
            totals[alpha] = total;
        }
        double[] means = new double[count];
        for (int alpha = 0; alpha < count; alpha++) {
            means[alpha] = totals[alpha] / ((double) bins * binSize);
        }
        double value = Checks.evaluate(f, means, "at the full means");
        double[] replicas = new double[bins];
        double reduced = (double) (bins - 1) * binSize;
        double sum = 0;
        for (int b = 0; b < bins; b++) {
            for (int alpha = 0; alpha < count; alpha++) {
                means[alpha] = (totals[alpha] - binSums[alpha][b]) / reduced;
            }
            replicas[b] = Checks.evaluate(f, means, "for jackknife replica " + b);
            sum += replicas[b];
        }
        double average = sum / bins;
        double squares = 0;
        for (double r : replicas) {
            squares += (r - average) * (r - average);
        }
        double error = Math.sqrt((bins - 1.0) / bins * squares);
        return new JackknifeEstimate(value, error, replicas, bins, binSize);
    }

    /**
     * The smallest bin size with s ≥ 2τ_int: ⌈2τ_int⌉, at least 1.
     *
     * @param tauInt the integrated autocorrelation time, e.g. {@link GammaEstimate#tauInt()};
     *        finite, between 0 and 2^30
     * @throws IllegalArgumentException if tauInt is out of range
     */
    public static int binSizeFor(double tauInt) {
        if (!(tauInt >= 0 && tauInt <= 0x1p30)) {
            throw new IllegalArgumentException(
                    "tauInt must be between 0 and 2^30 = " + (1 << 30) + ", got " + tauInt);
        }
        return Math.max(1, (int) Math.ceil(2 * tauInt));
    }

    /**
     * The jackknife covariance matrix of several derived quantities from replicas of one common
     * binning: Cov_ij = (B−1)/B · Σ_b (r_ib − r̄_i)(r_jb − r̄_j). Its diagonal is the square of
     * each quantity's {@link JackknifeEstimate#error()}.
     *
     * @param replicas {@code replicas[i][b]}: replica b of quantity i; at least one quantity, all
     *        with the same number B ≥ 2 of finite replicas
     * @return the symmetric matrix Cov, a new array
     * @throws IllegalArgumentException for a bad argument
     */
    public static double[][] covariance(double[][] replicas) {
        if (replicas == null) {
            throw new IllegalArgumentException("replicas must not be null");
        }
        if (replicas.length == 0) {
            throw new IllegalArgumentException("replicas must hold at least 1 quantity, got 0");
        }
        if (replicas[0] == null) {
            throw new IllegalArgumentException("replicas[0] must not be null");
        }
        int bins = replicas[0].length;
        if (bins < 2) {
            throw new IllegalArgumentException(
                    "replicas[0] must hold at least 2 replicas, got " + bins);
        }
        int count = replicas.length;
        double[][] centred = new double[count][bins];
        for (int i = 0; i < count; i++) {
            double[] r = replicas[i];
            if (r == null) {
                throw new IllegalArgumentException("replicas[" + i + "] must not be null");
            }
            if (r.length != bins) {
                throw new IllegalArgumentException("replicas[" + i + "] must have the length "
                        + bins + " of replicas[0], got " + r.length);
            }
            Checks.finite("replicas[" + i + "]", r);
            double sum = 0;
            for (double v : r) {
                sum += v;
            }
            double average = sum / bins;
            for (int b = 0; b < bins; b++) {
                centred[i][b] = r[b] - average;
            }
        }
        double factor = (bins - 1.0) / bins;
        double[][] cov = new double[count][count];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int b = 0; b < bins; b++) {
                    s += centred[i][b] * centred[j][b];
                }
                cov[i][j] = factor * s;
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
    }
}
