package wick.stats;

/**
 * The result of a Γ-method analysis ({@link GammaMethod}) of one (primary or derived) quantity.
 *
 * <p>With C_W = Γ(0) + 2 Σ_{t=1}^{W} Γ(t) the bias-corrected integrated autocorrelation function at
 * the summation window W and N the number of samples:
 * {@code error} = √(C_W/N), {@code tauInt} = C_W/(2Γ(0)),
 * {@code errorOfError} = error·√((W+½)/N) and
 * {@code tauIntError} = 2τ_int·√((W+½−τ_int)/N) (Wolff, Comput. Phys. Commun. 156 (2004) 143,
 * eqs. (31), (42) and the UWerr program).
 *
 * @param mean the estimate: the sample mean, or f(means) for a derived quantity
 * @param error the statistical error of {@code mean} (one standard deviation)
 * @param errorOfError the statistical uncertainty of {@code error}
 * @param tauInt the integrated autocorrelation time τ_int (½ for uncorrelated data)
 * @param tauIntError the statistical uncertainty of {@code tauInt}
 * @param window the summation window W (0 when the series has no fluctuations)
 * @param samples the number N of samples in the series
 * @param windowFound {@code false} when the automatic windowing criterion never fired and the window
 *        was set to the largest one allowed; the error is then unreliable (too little data for
 *        the autocorrelation time)
 */
public record GammaEstimate(double mean, double error, double errorOfError, double tauInt,
        double tauIntError, int window, int samples, boolean windowFound) {

    /** Checks: mean and tauInt finite; errors finite and ≥ 0; window ≥ 0; samples ≥ 1. */
    public GammaEstimate {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite, got " + mean);
        }
        Checks.nonNegative("error", error);
        Checks.nonNegative("errorOfError", errorOfError);
        if (!Double.isFinite(tauInt)) {
            throw new IllegalArgumentException("tauInt must be finite, got " + tauInt);
        }
        Checks.nonNegative("tauIntError", tauIntError);
        if (window < 0) {
            throw new IllegalArgumentException("window must be >= 0, got " + window);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
    }
}
