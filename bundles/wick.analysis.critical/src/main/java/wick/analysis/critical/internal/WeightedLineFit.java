package wick.analysis.critical.internal;

/**
 * A weighted least-squares straight line {@code y = intercept + slope · x} with weights
 * {@code 1/σ_i²} (unit weights when every σ is 0):
 * <pre>
 *   S = Σw, Sx = Σwx, Sxx = Σwx², Δ = S·Sxx − Sx²,
 *   Var(slope) = S/Δ, Var(intercept) = Sxx/Δ, Cov = −Sx/Δ,   χ² = Σ w (y − fit)².
 * </pre>
 * The covariance is the one implied by the σ_i; {@link #scaledSlopeError()} inflates it by
 * {@code √(χ²/dof)} when that exceeds 1 (the PDG recipe for an underestimated scatter).
 *
 * @param intercept  the fitted intercept
 * @param slope      the fitted slope
 * @param varIntercept its variance
 * @param varSlope   the slope's variance
 * @param covariance Cov(intercept, slope)
 * @param chi2       χ² of the fit
 * @param dof        points − 2
 */
record WeightedLineFit(double intercept, double slope, double varIntercept, double varSlope, double covariance,
        double chi2, int dof) {

    /**
     * Fits the points.
     *
     * @param x     abscissae (at least two distinct), not modified
     * @param y     values, not modified
     * @param sigma standard errors (all > 0, or all 0 for exact points), not modified
     * @throws IllegalArgumentException for fewer than two points, differing lengths or equal abscissae
     */
    static WeightedLineFit fit(double[] x, double[] y, double[] sigma) {
        if (x.length < 2 || y.length != x.length || sigma.length != x.length) {
            throw new IllegalArgumentException("a straight-line fit needs at least two points with x, y and sigma each");
        }
        boolean unit = true;
        for (double s : sigma) {
            unit &= s == 0;
        }
        double s0 = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double w = unit ? 1 : 1 / (sigma[i] * sigma[i]);
            s0 += w;
            sx += w * x[i];
            sy += w * y[i];
            sxx += w * x[i] * x[i];
            sxy += w * x[i] * y[i];
        }
        double delta = s0 * sxx - sx * sx;
        if (!(delta > 0)) {
            throw new IllegalArgumentException("a straight-line fit needs at least two distinct abscissae");
        }
        double slope = (s0 * sxy - sx * sy) / delta;
        double intercept = (sxx * sy - sx * sxy) / delta;
        double chi2 = 0;
        for (int i = 0; i < x.length; i++) {
            double w = unit ? 1 : 1 / (sigma[i] * sigma[i]);
            double r = y[i] - intercept - slope * x[i];
            chi2 += w * r * r;
        }
        double scale = unit ? 0 : 1;
        return new WeightedLineFit(intercept, slope, scale * sxx / delta, scale * s0 / delta, -scale * sx / delta, chi2,
                x.length - 2);
    }

    /** The error of the slope implied by the σ_i. */
    double slopeError() {
        return Math.sqrt(varSlope);
    }

    /** {@link #slopeError()} times {@code max(1, √(χ²/dof))} (dof ≥ 1). */
    double scaledSlopeError() {
        return slopeError() * (dof > 0 ? Math.max(1, Math.sqrt(chi2 / dof)) : 1);
    }
}
