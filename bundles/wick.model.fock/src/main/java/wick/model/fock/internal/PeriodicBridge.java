package wick.model.fock.internal;

/**
 * Exact sampler of a stationary Gaussian time series {@code x_0..x_{T−1}} on a periodic time
 * direction with the nearest-neighbour circulant precision
 * {@code Q = c [(2 + μ²) δ_{tt'} − δ_{t,t'+1} − δ_{t,t'−1}]} (PHYSICS 2.1, 3: the free field's transfer
 * matrix for one spatial momentum). With {@code ρ = e^{−Ê}}, {@code cosh Ê = 1 + μ²/2}, the interior
 * of Q is that of the AR(1) chain {@code x_{t+1} = ρ x_t + ε_t}, {@code Var ε = σ² = ρ/c}. A plain AR(1)
 * chain samples the open (T → ∞) chain; here the loop is closed exactly:
 * {@code x_0 ~ N(0, coth(ÊT/2)/(2c sinh Ê))} (the periodic marginal), then the AR(1) bridge back to
 * {@code x_T = x_0}: for {@code t = 1..T−1}, with {@code r = T − t} steps left and
 * {@code V_r = σ²(1 − ρ^{2r})/(1 − ρ²)},
 * {@code x_t | x_{t−1}, x_T ~ N( (ρ x_{t−1}/σ² + ρ^r x_T/V_r)/π_t , 1/π_t )},
 * {@code π_t = 1/σ² + ρ^{2r}/V_r}. The covariance is {@code ρ^{|Δ|} + ρ^{T−|Δ|}} summed over images,
 * {@code G(Δ) = cosh(Ê(T/2 − |Δ|))/(2c sinh Ê sinh(ÊT/2))}. The coefficients are precomputed; sampling
 * allocates nothing.
 */
final class PeriodicBridge {
    private final int length;
    private final double marginalSd;
    private final double[] onPrevious;
    private final double[] onEnd;
    private final double[] sd;

    /**
     * @param length T ≥ 1
     * @param c      the hopping scale {@code c > 0} (ignored when T = 1)
     * @param mu2    {@code μ² > 0}
     */
    PeriodicBridge(int length, double c, double mu2) {
        this.length = length;
        this.onPrevious = new double[length];
        this.onEnd = new double[length];
        this.sd = new double[length];
        if (length == 1) {
            // Q = c μ² (the two hops cancel the 2 on a one-point ring)
            this.marginalSd = Math.sqrt(1 / (c * mu2));
            return;
        }
        double e = 2 * asinhHalf(mu2);
        double rho = Math.exp(-e);
        double sigma2 = rho / c;
        this.marginalSd = Math.sqrt(1 / (Math.tanh(e * length / 2) * 2 * c * Math.sinh(e)));
        for (int t = 1; t < length; t++) {
            int r = length - t;
            double rhoR = Math.exp(-e * r);
            double vr = sigma2 * (-Math.expm1(-2 * e * r)) / (-Math.expm1(-2 * e));
            double precision = 1 / sigma2 + rhoR * rhoR / vr;
            onPrevious[t] = rho / sigma2 / precision;
            onEnd[t] = rhoR / vr / precision;
            sd[t] = Math.sqrt(1 / precision);
        }
    }

    /** {@code Ê = 2 asinh(μ/2)}, i.e. {@code cosh Ê = 1 + μ²/2}; returns {@code asinh(μ/2)}. */
    private static double asinhHalf(double mu2) {
        double h = Math.sqrt(mu2) / 2;
        return Math.log(h + Math.sqrt(h * h + 1));
    }

    /**
     * Maps standard normal noise to one sample: {@code out[offset + t·stride]}, {@code t = 0..T−1}.
     *
     * @param noise {@code T} independent N(0,1) values (read from {@code noise[0..T)}); not modified
     */
    void sample(double[] noise, double[] out, int offset, int stride) {
        double x0 = marginalSd * noise[0];
        out[offset] = x0;
        double prev = x0;
        for (int t = 1; t < length; t++) {
            double x = onPrevious[t] * prev + onEnd[t] * x0 + sd[t] * noise[t];
            out[offset + t * stride] = x;
            prev = x;
        }
    }
}
