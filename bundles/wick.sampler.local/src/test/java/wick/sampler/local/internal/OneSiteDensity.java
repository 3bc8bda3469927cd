package wick.sampler.local.internal;

import wick.api.model.LocalPolynomialTarget;

/**
 * The exact density {@code p(x) ∝ e^{−S(x)}} of a one-site target, {@code S(x) = c_1x + c_2x² + c_4x⁴},
 * and the integrals the one-site tests compare with, by quadrature on {@code [−R, R]} where
 * {@code S − S_min > 60} at the ends (the neglected mass is below e^{−60}).
 */
final class OneSiteDensity {
    private static final double TAIL = 60;
    private final double c1;
    private final double c2;
    private final double c4;
    private final double radius;
    private final double sMin;
    private final double z;

    OneSiteDensity(LocalPolynomialTarget target) {
        if (target.lattice().volume() != 1) {
            throw new IllegalArgumentException("a one-site target is needed, got " + target.describe());
        }
        double[] c = new double[3];
        target.localPolynomial(new double[1], 0, c);
        c1 = c[0];
        c2 = c[1];
        c4 = c[2];
        double r = 1;
        double min = Math.min(0, action(0));
        while (true) {
            for (double x = -r; x <= r; x += r / 1000) {
                min = Math.min(min, action(x));
            }
            if (action(r) - min > TAIL && action(-r) - min > TAIL) {
                break;
            }
            r *= 1.2;
        }
        radius = r;
        sMin = min;
        z = simpson(-r, r, 200_000);
    }

    double action(double x) {
        double x2 = x * x;
        return c1 * x + c2 * x2 + c4 * x2 * x2;
    }

    /** The unnormalised weight {@code e^{−(S(x) − S_min)}}. */
    double weight(double x) {
        return Math.exp(-(action(x) - sMin));
    }

    /** The quadrature range {@code R}. */
    double radius() {
        return radius;
    }

    /** {@code P(a ≤ x < b)} (clipped to {@code [−R, R]}). */
    double probability(double a, double b) {
        double lo = Math.max(a, -radius);
        double hi = Math.min(b, radius);
        return hi <= lo ? 0 : simpson(lo, hi, 2_000) / z;
    }

    /**
     * The Metropolis acceptance for a uniform proposal of half-width δ at equilibrium:
     * {@code P = ∫dx p(x) (1/2δ) ∫_{−δ}^{δ} dt min(1, e^{−(S(x+t)−S(x))}) = (1/2δZ) ∫∫ min(w(x), w(x+t)) dt dx},
     * a 2-D trapezoid rule on a grid of spacing δ/1000 (the kinks of min give an O(h²) error).
     */
    double metropolisAcceptance(double delta) {
        int k = 1000;
        double h = delta / k;
        int n = (int) Math.ceil(2 * radius / h);
        double[] w = new double[n + 1 + 2 * k];
        for (int i = 0; i < w.length; i++) {
            w[i] = weight(-radius + (i - k) * h);
        }
        double total = 0;
        double norm = 0;
        for (int i = k; i <= n + k; i++) {
            double wi = w[i];
            norm += wi;
            double inner = 0.5 * (Math.min(wi, w[i - k]) + Math.min(wi, w[i + k]));
            for (int j = -k + 1; j < k; j++) {
                inner += Math.min(wi, w[i + j]);
            }
            total += inner * h;
        }
        return total / (2 * delta * norm);
    }

    /**
     * The acceptance of the overrelaxation reflection {@code x' = −c_1/c_2 − x} at equilibrium:
     * {@code ∫ p(x) min(1, p(x')/p(x)) dx = (1/Z) ∫ min(w(x), w(x')) dx}.
     */
    double reflectionAcceptance() {
        int n = 400_000;
        double h = 2 * radius / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double x = -radius + i * h;
            double f = Math.min(weight(x), weight(-c1 / c2 - x));
            s += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return s * h / 3 / z;
    }

    private double simpson(double a, double b, int intervals) {
        double h = (b - a) / intervals;
        double s = weight(a) + weight(b);
        for (int i = 1; i < intervals; i++) {
            s += (i % 2 == 1 ? 4 : 2) * weight(a + i * h);
        }
        return s * h / 3;
    }
}
