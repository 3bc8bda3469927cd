package wick.stats;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Wolff's Γ-method for the statistical error of Monte Carlo averages, single replica
 * (U. Wolff, "Monte Carlo errors with less errors", Comput. Phys. Commun. 156 (2004) 143,
 * hep-lat/0306017; the UWerr program).
 *
 * <h2>Primary quantity</h2>
 * For a series a_1 … a_N with mean ā the autocorrelation function is estimated as
 * <pre>
 *   Γ(t) = 1/(N−t) · Σ_{i=1}^{N−t} (a_i − ā)(a_{i+t} − ā).
 * </pre>
 * <b>Automatic window.</b> For W = 1, 2, … (Γ(W) is computed only when it is needed, so the cost
 * is O(N·W) time and O(N + W) memory):
 * <pre>
 *   τ_int(W) = ½ + Σ_{t=1}^{W} Γ(t)/Γ(0),
 *   τ(W)     = S_τ / ln((2τ_int(W)+1)/(2τ_int(W)−1))     (a tiny τ if τ_int(W) ≤ ½),
 *   g(W)     = exp(−W/τ(W)) − τ(W)/√(W·N);
 * </pre>
 * the window is the first W with g(W) &lt; 0; it balances the truncation bias exp(−W/τ) of
 * τ_int against its statistical error ∝ √(W/N). S_τ ({@link #DEFAULT_S_TAU} = 1.5) is Wolff's
 * guess of τ_exp/τ_int. With the default largest window ⌊N/2⌋ the criterion always fires
 * (at W = ⌊N/2⌋ one has e^{−y}·y√3 ≤ √3/e &lt; 1 for y = W/τ, hence g(W) &lt; 0), so
 * {@link GammaEstimate#windowFound()} is {@code false} only with a smaller caller-given limit.
 *
 * <p><b>Bias correction and results</b> (Wolff eqs. (31), (42)). With
 * C_W = Γ(0) + 2 Σ_{t=1}^{W} Γ(t) every Γ(t), 0 ≤ t ≤ W, is shifted by C_W/N (the bias from
 * subtracting the estimated mean), C_W is recomputed from the shifted Γ and
 * <pre>
 *   error² = C_W/N,   τ_int = C_W/(2Γ(0)),
 *   δerror = error·√((W+½)/N),   δτ_int = 2τ_int·√((W+½−τ_int)/N).
 * </pre>
 * A series without fluctuations (Γ(0) = 0) gives error 0 and τ_int = ½. If the first estimate
 * of C_W is not positive (a strongly anticorrelated series, ρ(1) ≤ −½ say) the method does not
 * apply ("Gamma pathological" in UWerr) and an {@link IllegalArgumentException} is thrown.
 *
 * <h2>Derived quantity</h2>
 * For F = f(A_1, …, A_n) of the means A_α of primaries a_α(i) the estimate is f(ā_1, …, ā_n);
 * the gradient f_α = ∂f/∂A_α is a central difference with step h_α = √(Γ_αα(0)/N)/2 (zero when
 * h_α = 0, i.e. for a constant primary), and the projected deviations
 * a_f(i) = Σ_α f_α (a_α(i) − ā_α) are analysed as above (linear error propagation, Wolff
 * sect. 3). The bias correction of f itself (O(1/N)) is not applied.
 *
 * <p>Stateless and thread-safe; the input arrays are only read.
 */
public final class GammaMethod {
    /** Wolff's default S_τ ≈ τ_exp/τ_int used by the automatic windowing. */
    public static final double DEFAULT_S_TAU = 1.5;

    /** τ(W) used when τ_int(W) ≤ ½ (UWerr uses the machine epsilon): makes g(W) &lt; 0. */
    private static final double TINY_TAU = 0x1p-52;

    private GammaMethod() {
    }

    /**
     * Analyses a primary series with S_τ = {@link #DEFAULT_S_TAU} and windows up to ⌊N/2⌋.
     *
     * @param series the time series, N ≥ 2 finite samples in Monte Carlo order
     * @throws IllegalArgumentException if the series is null, shorter than 2, holds a NaN or
     *         infinite sample (named by its index), or its Γ is pathological
     */
    public static GammaEstimate analyse(double[] series) {
        return analyse(series, DEFAULT_S_TAU);
    }

    /**
     * Analyses a primary series with the given S_τ and windows up to ⌊N/2⌋.
     *
     * @param series the time series, N ≥ 2 finite samples in Monte Carlo order
     * @param sTau S_τ &gt; 0, finite
     * @throws IllegalArgumentException as {@link #analyse(double[])}, or for a bad sTau
     */
    public static GammaEstimate analyse(double[] series, double sTau) {
        Checks.series("series", series);
        return primary(series, sTau, series.length / 2);
    }

    /**
     * Analyses a primary series with the given S_τ, scanning windows W ≤ maxWindow only; if the
     * criterion does not fire by then, W = maxWindow and {@link GammaEstimate#windowFound()} is
     * {@code false}. The scan costs O(N·W) time.
     *
     * @param series the time series, N ≥ 2 finite samples in Monte Carlo order
     * @param sTau S_τ &gt; 0, finite
     * @param maxWindow the largest window, between 1 and ⌊N/2⌋
     * @throws IllegalArgumentException for a bad argument (see above)
     */
    public static GammaEstimate analyse(double[] series, double sTau, int maxWindow) {
        Checks.series("series", series);
        return primary(series, sTau, maxWindow);
    }

    /** {@link #analyse(double[], double, int)} for a checked series. */
    private static GammaEstimate primary(double[] series, double sTau, int maxWindow) {
        checkSTau(sTau);
        checkMaxWindow(maxWindow, series.length);
        double mean = mean(series);
        double[] deviations = new double[series.length];
        for (int i = 0; i < series.length; i++) {
            deviations[i] = series[i] - mean;
        }
        return windowed(mean, deviations, sTau, maxWindow);
    }

    /**
     * Analyses the derived quantity f(means of the primaries) with S_τ = {@link #DEFAULT_S_TAU}.
     *
     * @param primaries {@code primaries[α]} is the time series of primary α; at least one
     *        series, all of one length N ≥ 2, finite samples
     * @param f the function of the vector of means (it receives a fresh array each call); must be
     *        finite at and near the means
     * @throws IllegalArgumentException for a bad argument or a non-finite value of f
     */
    public static GammaEstimate analyseDerived(double[][] primaries, ToDoubleFunction<double[]> f) {
        return analyseDerived(primaries, f, DEFAULT_S_TAU);
    }

    /**
     * Analyses the derived quantity f(means of the primaries) with the given S_τ (see the class
     * comment for the gradient and the projection).
     *
     * @param primaries {@code primaries[α]} is the time series of primary α; at least one
     *        series, all of one length N ≥ 2, finite samples
     * @param f the function of the vector of means (it receives a fresh array each call); must be
     *        finite at and near the means
     * @param sTau S_τ &gt; 0, finite
     * @throws IllegalArgumentException for a bad argument or a non-finite value of f
     */
    public static GammaEstimate analyseDerived(double[][] primaries, ToDoubleFunction<double[]> f,
            double sTau) {
        int n = Checks.primaries(primaries);
        Checks.function(f);
        checkSTau(sTau);
        int count = primaries.length;
        double[] means = new double[count];
        double[] steps = new double[count];
        for (int alpha = 0; alpha < count; alpha++) {
            double[] a = primaries[alpha];
            double m = mean(a);
            double sum = 0;
            for (double v : a) {
                double d = v - m;
                sum += d * d;
            }
            means[alpha] = m;
            steps[alpha] = Math.sqrt(sum / n / n) / 2; // h_α = √(Γ_αα(0)/N)/2
        }
        double value = Checks.evaluate(f, means, "at the means");
        double[] gradient = new double[count];
        double[] shifted = means.clone();
        for (int alpha = 0; alpha < count; alpha++) {
            double h = steps[alpha];
            if (h == 0) {
                continue;
            }
            shifted[alpha] = means[alpha] + h;
            double up = Checks.evaluate(f, shifted, "at the means + h in direction " + alpha);
            shifted[alpha] = means[alpha] - h;
            double down = Checks.evaluate(f, shifted, "at the means - h in direction " + alpha);
            shifted[alpha] = means[alpha];
            gradient[alpha] = (up - down) / (2 * h);
        }
        double[] projected = new double[n];
        for (int alpha = 0; alpha < count; alpha++) {
            double g = gradient[alpha];
            if (g == 0) {
                continue;
            }
            double m = means[alpha];
            double[] a = primaries[alpha];
            for (int i = 0; i < n; i++) {
                projected[i] += g * (a[i] - m);
            }
        }
        return windowed(value, projected, sTau, n / 2);
    }

    /** The mean; exact for a constant series, otherwise with one refinement pass. */
    static double mean(double[] a) {
        double first = a[0];
        boolean constant = true;
        double sum = 0;
        for (double v : a) {
            sum += v;
            constant &= v == first;
        }
        if (constant) {
            return first;
        }
        double mean = sum / a.length;
        double residual = 0;
        for (double v : a) {
            residual += v - mean;
        }
        return mean + residual / a.length;
    }

    /** The windowing procedure and the bias-corrected results for centred data. */
    private static GammaEstimate windowed(double mean, double[] d, double sTau, int maxWindow) {
        int n = d.length;
        double gamma0 = autocovariance(d, 0);
        if (gamma0 == 0) {
            return new GammaEstimate(mean, 0, 0, 0.5, 0, 0, n, true);
        }
        double[] gamma = new double[Math.min(maxWindow, 64) + 1];
        gamma[0] = gamma0;
        double rhoSum = 0; // τ_int(W) − ½
        int window = maxWindow;
        boolean found = false;
        for (int w = 1; w <= maxWindow; w++) {
            if (w == gamma.length) {
                gamma = Arrays.copyOf(gamma, Math.min(maxWindow, 2 * w) + 1);
            }
            gamma[w] = autocovariance(d, w);
            rhoSum += gamma[w] / gamma0;
            // ln((2τ_int+1)/(2τ_int−1)) = ln(1 + 1/(τ_int − ½))
            double tau = rhoSum <= 0 ? TINY_TAU : sTau / Math.log1p(1 / rhoSum);
            double g = Math.exp(-w / tau) - tau / Math.sqrt((double) w * n);
            if (g < 0) {
                window = w;
                found = true;
                break;
            }
        }
        double cw = gamma0;
        for (int t = 1; t <= window; t++) {
            cw += 2 * gamma[t];
        }
        if (!(cw > 0)) {
            throw new IllegalArgumentException("Gamma pathological: the estimated error^2 C_W/N = "
                    + cw / n + " is not positive at window W = " + window
                    + " (strongly anticorrelated series?); the Gamma-method needs C_W > 0");
        }
        double shift = cw / n;
        double gamma0Corrected = gamma0 + shift;
        double cwCorrected = gamma0Corrected;
        for (int t = 1; t <= window; t++) {
            cwCorrected += 2 * (gamma[t] + shift);
        }
        double error = Math.sqrt(cwCorrected / n);
        double tauInt = cwCorrected / (2 * gamma0Corrected);
        double errorOfError = error * Math.sqrt((window + 0.5) / n);
        double tauIntError = 2 * tauInt * Math.sqrt(Math.max(0, window + 0.5 - tauInt) / n);
        return new GammaEstimate(mean, error, errorOfError, tauInt, tauIntError, window, n, found);
    }

    /** Γ(t) = 1/(N−t) Σ_{i} d_i d_{i+t}, four partial sums for speed. */
    private static double autocovariance(double[] d, int t) {
        int end = d.length - t;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < end; i += 4) {
            s0 += d[i] * d[i + t];
            s1 += d[i + 1] * d[i + 1 + t];
            s2 += d[i + 2] * d[i + 2 + t];
            s3 += d[i + 3] * d[i + 3 + t];
        }
        for (; i < end; i++) {
            s0 += d[i] * d[i + t];
        }
        return ((s0 + s1) + (s2 + s3)) / end;
    }

    private static void checkSTau(double sTau) {
        if (!(sTau > 0) || sTau == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("sTau must be a finite number > 0, got " + sTau);
        }
    }

    private static void checkMaxWindow(int maxWindow, int n) {
        if (maxWindow < 1 || maxWindow > n / 2) {
            throw new IllegalArgumentException("maxWindow must be between 1 and N/2 = " + n / 2
                    + ", got " + maxWindow);
        }
    }
}
