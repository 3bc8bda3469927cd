package wick.model.ebm.internal.perturbative;

/**
 * The one-site ("zero-dimensional") φ⁴ integral, exactly in powers of the coupling:
 * {@code ⟨x²⟩ = ∫ x² e^{−x²/2σ² − ε x⁴} / ∫ e^{−x²/2σ² − ε x⁴} = σ² Σ_k r_k (ε σ⁴)^k}, from the
 * Gaussian moments {@code ⟨x^{2j}⟩_0 = (2j−1)!! σ^{2j}}: numerator {@code N_k = (−1)^k (4k+1)!!/k!},
 * denominator {@code D_k = (−1)^k (4k−1)!!/k!}, {@code r = N/D} as power series.
 */
final class ZeroDimensional {
    private ZeroDimensional() {
    }

    /** {@code r_0..r_K} (dimensionless: σ = 1, powers of ε); {@code r_0 = 1, r_1 = −12, r_2 = 384}. */
    static double[] phi2Coefficients(int maxOrder) {
        double[] n = new double[maxOrder + 1];
        double[] d = new double[maxOrder + 1];
        double factorial = 1;
        for (int k = 0; k <= maxOrder; k++) {
            if (k > 0) {
                factorial *= k;
            }
            double sign = k % 2 == 0 ? 1 : -1;
            n[k] = sign * doubleFactorial(4 * k + 1) / factorial;
            d[k] = sign * doubleFactorial(4 * k - 1) / factorial;
        }
        double[] r = new double[maxOrder + 1];
        for (int k = 0; k <= maxOrder; k++) {
            double s = n[k];
            for (int j = 0; j < k; j++) {
                s -= r[j] * d[k - j];
            }
            r[k] = s / d[0];
        }
        return r;
    }

    /** {@code (2j−1)!!}, with {@code (−1)!! = 1}. */
    static double doubleFactorial(int odd) {
        double f = 1;
        for (int i = odd; i > 1; i -= 2) {
            f *= i;
        }
        return f;
    }
}
