package wick.analysis.correlator.internal;

import java.util.List;

/**
 * The energy of the automatic window as a model average over the τ_min scan (Jay and Neil,
 * Phys. Rev. D 103, 114502 (2021), the Akaike-information weights), so that the choice of window
 * is part of the reported error rather than hidden in it.
 *
 * <p>Every converged fit i of the scan on {@code [τ_min,i, τ_max]} gets the weight
 * <pre>
 *   w_i ∝ exp(−½ (χ²_i + 2 P + 2 N_cut,i)),   N_cut,i = τ_min,i − 1
 * </pre>
 * (P parameters, the same for all; N_cut counts the data points the window leaves out of the
 * widest one, so that dropping points is not free). Then
 * <pre>
 *   Ê = Σ w_i Ê_i,   σ²_stat = Σ w_i σ_i²,   σ²_sys = Σ w_i Ê_i² − Ê²,   σ² = σ²_stat + σ²_sys.
 * </pre>
 * A fit that failed, whose energy or error is not finite, or whose energy is not resolved
 * ({@link WindowChoice#usable}: {@code Ê ≥ 3σ_Ê}) has weight 0.
 *
 * @param energy      Ê, the weighted mean (lattice units)
 * @param statError   σ_stat
 * @param systError   σ_sys, the spread of the scan's energies under the weights
 * @param weights     w_i per scan entry (summing to 1)
 */
record WindowAverage(double energy, double statError, double systError, double[] weights) {

    /** The total error {@code sqrt(σ²_stat + σ²_sys)}. */
    double error() {
        return Math.hypot(statError, systError);
    }

    /**
     * Averages the scan (ordered by increasing τ_min, one τ_max).
     *
     * @throws IllegalStateException when no fit of the scan is usable
     */
    static WindowAverage of(List<FitResult> scan) {
        int n = scan.size();
        double[] logWeight = new double[n];
        double best = Double.NEGATIVE_INFINITY;
        int first = Integer.MAX_VALUE;
        for (FitResult f : scan) {
            first = Math.min(first, f.tauMin());
        }
        for (int i = 0; i < n; i++) {
            FitResult f = scan.get(i);
            if (usable(f)) {
                logWeight[i] = -0.5 * (f.chi2() + 2 * (f.tauMin() - first));
                best = Math.max(best, logWeight[i]);
            } else {
                logWeight[i] = Double.NEGATIVE_INFINITY;
            }
        }
        if (best == Double.NEGATIVE_INFINITY) {
            throw new IllegalStateException("no fit of the window scan converged to a resolved energy");
        }
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(logWeight[i] - best);
            total += w[i];
        }
        double mean = 0;
        double stat = 0;
        for (int i = 0; i < n; i++) {
            w[i] /= total;
            if (w[i] > 0) {
                FitResult f = scan.get(i);
                mean += w[i] * f.energy();
                stat += w[i] * f.energyError() * f.energyError();
            }
        }
        double spread = 0;
        for (int i = 0; i < n; i++) {
            if (w[i] > 0) {
                double d = scan.get(i).energy() - mean;
                spread += w[i] * d * d;
            }
        }
        return new WindowAverage(mean, Math.sqrt(stat), Math.sqrt(spread), w);
    }

    private static boolean usable(FitResult f) {
        return WindowChoice.usable(f) && Double.isFinite(f.chi2());
    }
}
