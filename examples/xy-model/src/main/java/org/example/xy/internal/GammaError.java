package org.example.xy.internal;

/**
 * The mean of a Monte Carlo time series with its error by the Γ-method with automatic windowing
 * (U. Wolff, Comput. Phys. Commun. 156 (2004) 143), for a primary observable:
 * <pre>
 *   Γ(t) = (1/(N−t)) Σ_{i=1}^{N−t} (a_i − ā)(a_{i+t} − ā),      τ_int(W) = ½ + Σ_{t=1}^{W} Γ(t)/Γ(0),
 *   W = the first W with g(W) = e^{−W/τ} − τ/√(WN) < 0,   τ = S / ln((2τ_int + 1)/(2τ_int − 1)),  S = 1.5,
 *   C(W) = (Γ(0) + 2 Σ_{t=1}^{W} Γ(t)) (1 + (2W + 1)/N)   (bias correction),
 *   error = √(C(W)/N),   τ_int = C(W) / (2Γ(0)),   δτ_int = τ_int √((4W + 2)/N).
 * </pre>
 * A constant series has error 0 and τ_int = ½.
 *
 * @param mean        ā
 * @param error       the standard error of ā
 * @param tauInt      the integrated autocorrelation time
 * @param tauIntError its error (Madras–Sokal)
 * @param window      the summation window W
 */
record GammaError(double mean, double error, double tauInt, double tauIntError, int window) {
    private static final double S = 1.5;

    /**
     * @param a the series (not modified), at least 2 values
     */
    static GammaError of(double[] a) {
        int n = a.length;
        if (n < 2) {
            throw new IllegalArgumentException("the Gamma method needs at least 2 values, got " + n);
        }
        double mean = 0;
        for (double x : a) {
            mean += x;
        }
        mean /= n;
        double gamma0 = gamma(a, mean, 0);
        if (gamma0 <= 0) {
            return new GammaError(mean, 0, 0.5, 0, 0);
        }
        double sum = 0;
        int w = 1;
        for (; w < n / 2; w++) {
            sum += gamma(a, mean, w);
            double tauInt = 0.5 + sum / gamma0;
            double tau = tauInt <= 0.5 ? Double.MIN_VALUE : S / Math.log((2 * tauInt + 1) / (2 * tauInt - 1));
            double g = Math.exp(-w / tau) - tau / Math.sqrt((double) w * n);
            if (g < 0) {
                break;
            }
        }
        double c = (gamma0 + 2 * sum) * (1 + (2.0 * w + 1) / n);
        c = Math.max(c, 0);
        double tauInt = c / (2 * gamma0);
        return new GammaError(mean, Math.sqrt(c / n), tauInt, tauInt * Math.sqrt((4.0 * w + 2) / n), w);
    }

    private static double gamma(double[] a, double mean, int t) {
        double s = 0;
        for (int i = 0; i + t < a.length; i++) {
            s += (a[i] - mean) * (a[i + t] - mean);
        }
        return s / (a.length - t);
    }
}
