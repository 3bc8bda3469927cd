package wick.analysis.correlator.internal;

import wick.api.progress.ProgressMonitor;

/**
 * The effective mass of PHYSICS 2.1 in lattice units,
 * <pre>
 *   Ê_eff(τ) = arccosh[(C(τ+1) + C(τ−1)) / (2C(τ))],   τ = 1 … N_t−2,
 * </pre>
 * exactly Ê for the free correlator. It is evaluated as {@code log1p(d + sqrt(d(d+2)))} with
 * {@code d = (C(τ+1) + C(τ−1) − 2C(τ)) / (2C(τ))} (the argument minus 1, formed without
 * cancellation), so small Ê keep their relative precision. Where the argument is below 1 (noise at
 * large τ) or C(τ) = 0 the value is NaN, and such points are skipped, not clamped.
 */
final class EffectiveMass {
    private EffectiveMass() {
    }

    /** Ê_eff at one τ in 1..N_t−2 of a correlator (not modified); NaN where undefined. */
    static double at(double[] c, int tau) {
        double d = (c[tau + 1] + c[tau - 1] - 2 * c[tau]) / (2 * c[tau]);
        if (!(d >= 0) || Double.isInfinite(d)) {
            return Double.NaN;
        }
        return Math.log1p(d + Math.sqrt(d * (d + 2)));
    }

    /** Ê_eff(τ) for τ = 1..N_t−2 as a new array ({@code [τ−1]}); empty for N_t &lt; 3. */
    static double[] values(double[] c) {
        double[] m = new double[Math.max(0, c.length - 2)];
        for (int tau = 1; tau <= m.length; tau++) {
            m[tau - 1] = at(c, tau);
        }
        return m;
    }

    /**
     * Jackknife errors of {@link #values} from the correlator's jackknife replicas:
     * {@code σ² = (B−1)/B Σ_b (m_b − m̄)²}. A τ whose central value or any replica is NaN gets the
     * error NaN: dropping replicas would bias the error low.
     *
     * @param mean     the mean correlator (length N_t), not modified
     * @param replicas {@code replicas[b]} is replica b of C (length N_t); not modified
     * @param progress polled for cancellation
     * @return a new array of length N_t − 2
     */
    static double[] errors(double[] mean, double[][] replicas, ProgressMonitor progress) {
        double[] central = values(mean);
        int bins = replicas.length;
        double[][] m = new double[bins][];
        for (int b = 0; b < bins; b++) {
            if ((b & 1023) == 0) {
                progress.checkCancelled();
            }
            m[b] = values(replicas[b]);
        }
        double[] err = new double[central.length];
        for (int i = 0; i < err.length; i++) {
            if (Double.isNaN(central[i])) {
                err[i] = Double.NaN;
                continue;
            }
            double sum = 0;
            for (int b = 0; b < bins; b++) {
                sum += m[b][i];
            }
            double avg = sum / bins;
            double sq = 0;
            for (int b = 0; b < bins; b++) {
                sq += (m[b][i] - avg) * (m[b][i] - avg);
            }
            err[i] = Math.sqrt((bins - 1.0) / bins * sq);
        }
        return err;
    }
}
