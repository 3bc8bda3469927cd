package wick.analysis.critical.internal;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * φ⁴ on one site ({@code V = v = 1}): {@code p(φ) ∝ exp(−½ m² φ² − (λ/24) φ⁴)}, sampled exactly by
 * inverting its tabulated distribution function, with exact moments by quadrature. On one site
 * {@code M = φ}, {@code M² = φ² = Σφ²/V}, so the chains' columns are {@code φ², φ⁴, φ²}. Rescaling
 * {@code φ = λ^{−1/4} ψ} shows that U depends on {@code m²/√λ} only, so two couplings cross exactly
 * at {@code m² = 0}, where {@code U = 1 − Γ(1/4)²/(12 Γ(3/4)²)}.
 */
final class OneSiteModel {
    private static final double RANGE = 10;
    private static final int POINTS = 40001;
    private final double m2;
    private final double lambda;
    private final double[] x = new double[POINTS];
    private final double[] cdf = new double[POINTS];

    OneSiteModel(double m2, double lambda) {
        this.m2 = m2;
        this.lambda = lambda;
        double h = 2 * RANGE / (POINTS - 1);
        double previous = 0;
        for (int i = 0; i < POINTS; i++) {
            x[i] = -RANGE + i * h;
            double p = density(x[i], m2, lambda);
            cdf[i] = i == 0 ? 0 : cdf[i - 1] + 0.5 * h * (previous + p);
            previous = p;
        }
        double total = cdf[POINTS - 1];
        for (int i = 0; i < POINTS; i++) {
            cdf[i] /= total;
        }
    }

    private static double density(double phi, double m2, double lambda) {
        return Math.exp(-0.5 * m2 * phi * phi - lambda / 24 * phi * phi * phi * phi);
    }

    /** {M2, M4, phi2} series of {@code n} independent draws. */
    double[][] sample(int n, RandomGenerator random) {
        double[] m2s = new double[n];
        double[] m4s = new double[n];
        for (int k = 0; k < n; k++) {
            double u = random.nextDouble();
            int i = Arrays.binarySearch(cdf, u);
            if (i < 0) {
                i = -i - 2;
            }
            i = Math.max(0, Math.min(POINTS - 2, i));
            double t = (u - cdf[i]) / (cdf[i + 1] - cdf[i]);
            double phi = x[i] + t * (x[i + 1] - x[i]);
            m2s[k] = phi * phi;
            m4s[k] = m2s[k] * m2s[k];
        }
        return new double[][] {m2s, m4s, m2s.clone()};
    }

    /** The exact cumulant {@code 1 − ⟨φ⁴⟩/(3⟨φ²⟩²)} at {@code target} (Simpson's rule). */
    double exactBinder(double target) {
        int n = POINTS - 1;
        double h = 2 * RANGE / n;
        double s2 = 0;
        double s4 = 0;
        double s0 = 0;
        for (int i = 0; i <= n; i++) {
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            double phi = -RANGE + i * h;
            double p = w * density(phi, target, lambda);
            s0 += p;
            s2 += p * phi * phi;
            s4 += p * phi * phi * phi * phi;
        }
        double mean2 = s2 / s0;
        return 1 - s4 / s0 / (3 * mean2 * mean2);
    }

    double m2() {
        return m2;
    }
}
