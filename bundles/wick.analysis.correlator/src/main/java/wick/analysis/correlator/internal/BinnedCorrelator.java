package wick.analysis.correlator.internal;

import wick.api.progress.ProgressMonitor;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;
import wick.stats.Jackknife;

/**
 * The measured correlator, binned, with its jackknife replicas (PHYSICS 6). The N measurements of
 * C(τ) are cut into B = ⌊N/s⌋ bins of s consecutive measurements (the rest at the end is dropped,
 * as in {@link Jackknife#estimate}); the mean is over the kept data and replica b is the mean over
 * all bins but b:
 * <pre>
 *   C^(b)(τ) = (S(τ) − S_b(τ)) / ((B−1) s).
 * </pre>
 * The covariance of the mean is the jackknife covariance of these replicas
 * ({@link Jackknife#covariance}); its diagonal is the squared standard error of C(τ).
 *
 * <p>Immutable; accessors return shared arrays that callers must not modify.
 */
final class BinnedCorrelator {
    private final double[] mean;
    private final double[][] replicas;
    private final double[][] covariance;
    private final int binSize;

    private BinnedCorrelator(double[] mean, double[][] replicas, double[][] covariance, int binSize) {
        this.mean = mean;
        this.replicas = replicas;
        this.covariance = covariance;
        this.binSize = binSize;
    }

    /**
     * The automatic bin size: {@code max_τ} {@link Jackknife#binSizeFor}(τ_int of C(τ)) with τ_int
     * from the Γ-method, limited to ⌊N/2⌋ (two bins). A column on which the Γ-method does not apply
     * (a pathological Γ) counts as uncorrelated.
     *
     * @param columns {@code columns[τ][i]}: measurement i of C(τ); not modified
     */
    static int automaticBinSize(double[][] columns, ProgressMonitor progress) {
        int n = columns[0].length;
        int size = 1;
        for (int tau = 0; tau < columns.length; tau++) {
            progress.checkCancelled();
            progress.report((double) tau / columns.length, "autocorrelation of C(" + tau + ")");
            try {
                GammaEstimate g = GammaMethod.analyse(columns[tau]);
                size = Math.max(size, Jackknife.binSizeFor(Math.max(0, g.tauInt())));
            } catch (IllegalArgumentException e) {
                // Γ not applicable (strongly anticorrelated): no autocorrelation to bin away
            }
        }
        return Math.min(size, n / 2);
    }

    /**
     * Bins the measurements and forms the jackknife replicas and covariance.
     *
     * @param columns {@code columns[τ][i]}: measurement i of C(τ), all of one length N; not modified
     * @param binSize s, between 1 and ⌊N/2⌋
     */
    static BinnedCorrelator of(double[][] columns, int binSize, ProgressMonitor progress) {
        int nt = columns.length;
        int n = columns[0].length;
        if (binSize < 1 || binSize > n / 2) {
            throw new IllegalArgumentException("bin size must be between 1 and N/2 = " + n / 2 + ", got " + binSize);
        }
        int bins = n / binSize;
        double[] mean = new double[nt];
        double[][] byTau = new double[nt][bins];
        for (int tau = 0; tau < nt; tau++) {
            if ((tau & 7) == 0) {
                progress.checkCancelled();
                progress.report(0.5 * tau / nt, null);
            }
            double[] col = columns[tau];
            double[] sums = new double[bins];
            double total = 0;
            for (int b = 0, i = 0; b < bins; b++) {
                double s = 0;
                for (int end = i + binSize; i < end; i++) {
                    s += col[i];
                }
                sums[b] = s;
                total += s;
            }
            mean[tau] = total / ((double) bins * binSize);
            double reduced = (double) (bins - 1) * binSize;
            for (int b = 0; b < bins; b++) {
                byTau[tau][b] = (total - sums[b]) / reduced;
            }
        }
        progress.checkCancelled();
        progress.report(0.5, "jackknife covariance");
        double[][] cov = Jackknife.covariance(byTau);
        double[][] replicas = new double[bins][nt];
        for (int tau = 0; tau < nt; tau++) {
            for (int b = 0; b < bins; b++) {
                replicas[b][tau] = byTau[tau][b];
            }
        }
        return new BinnedCorrelator(mean, replicas, cov, binSize);
    }

    /** The mean C(τ) over the kept measurements. */
    double[] mean() {
        return mean;
    }

    /** {@code replicas()[b]}: the jackknife replica b of C (length N_t). */
    double[][] replicas() {
        return replicas;
    }

    /** The jackknife covariance of the mean, N_t × N_t. */
    double[][] covariance() {
        return covariance;
    }

    /** The standard errors √Cov_ττ (a new array). */
    double[] errors() {
        double[] e = new double[mean.length];
        for (int t = 0; t < e.length; t++) {
            e[t] = Math.sqrt(covariance[t][t]);
        }
        return e;
    }

    int binSize() {
        return binSize;
    }

    int bins() {
        return replicas.length;
    }

    int nt() {
        return mean.length;
    }
}
