package wick.analysis.correlator.internal;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The regularised inverse of a fit window's covariance matrix, as a whitening matrix W with
 * {@code WᵀW = Cov⁺}, so that {@code χ² = rᵀ Cov⁺ r = |W r|²} (PHYSICS 6).
 *
 * <p>Steps, for the n × n covariance Σ of the window:
 * <ol>
 * <li>Scale to the correlation matrix {@code R = D^{−1/2} Σ D^{−1/2}}, {@code D = diag Σ}: the cut
 * below is then independent of the exponential fall of C(τ) over the window. A point with zero
 * (or non-finite) variance carries no usable information and is dropped (its row of R is zero).</li>
 * <li>Shrinkage towards the diagonal (Ledoit–Wolf style, fixed λ ∈ [0, 1]):
 * {@code R_λ = (1−λ) R + λ I}, i.e. {@code Σ_λ = (1−λ) Σ + λ D}.</li>
 * <li>SVD {@code R_λ = U S Uᵀ} (symmetric positive semi-definite); singular values
 * {@code s_i ≤ cut · s_max} are dropped (a relative cut; duplicated or exactly dependent data give
 * {@code s_i ≈ 0}), leaving k modes.</li>
 * <li>{@code W = S_k^{−1/2} U_kᵀ D^{−1/2}} (k × n), so {@code WᵀW = D^{−1/2} R_λ⁺ D^{−1/2}}.</li>
 * </ol>
 * Residual components along dropped modes do not enter χ², so a fit with p parameters has
 * {@code k − p} degrees of freedom.
 *
 * <p>Immutable.
 */
final class CovarianceInverse {
    private final double[][] whitening;
    private final int size;

    private CovarianceInverse(double[][] whitening, int size) {
        this.whitening = whitening;
        this.size = size;
    }

    /**
     * @param covariance symmetric n × n, not modified
     * @param cut        relative singular-value cut in [0, 1)
     * @param shrinkage  λ in [0, 1]
     */
    static CovarianceInverse of(double[][] covariance, double cut, double shrinkage) {
        int n = covariance.length;
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            double d = covariance[i][i];
            scale[i] = d > 0 && Double.isFinite(d) ? 1 / Math.sqrt(d) : 0;
        }
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = covariance[i][j] * scale[i] * scale[j];
                r[i][j] = scale[i] == 0 || scale[j] == 0 ? 0 : (1 - shrinkage) * x + (i == j ? shrinkage : 0);
            }
        }
        // symmetrise against rounding in the caller's matrix
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (r[i][j] + r[j][i]);
                r[i][j] = m;
                r[j][i] = m;
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(r, false));
        double[] s = svd.getSingularValues();
        RealMatrix u = svd.getU();
        double max = s.length == 0 ? 0 : s[0];
        int kept = 0;
        while (kept < s.length && s[kept] > cut * max && s[kept] > 0) {
            kept++;
        }
        double[][] w = new double[kept][n];
        for (int k = 0; k < kept; k++) {
            double f = 1 / Math.sqrt(s[k]);
            for (int i = 0; i < n; i++) {
                w[k][i] = f * u.getEntry(i, k) * scale[i];
            }
        }
        return new CovarianceInverse(w, n);
    }

    /** The number k of kept modes. */
    int kept() {
        return whitening.length;
    }

    /** The number n − k of dropped modes (cut, or points without variance). */
    int cut() {
        return size - whitening.length;
    }

    /** The window size n. */
    int size() {
        return size;
    }

    /** W, k × n (shared; do not modify). */
    double[][] whitening() {
        return whitening;
    }

    /** Writes {@code W x} (length k) into {@code out}; x of length n is not modified. */
    void whiten(double[] x, double[] out) {
        for (int k = 0; k < whitening.length; k++) {
            double[] row = whitening[k];
            double s = 0;
            for (int i = 0; i < size; i++) {
                s += row[i] * x[i];
            }
            out[k] = s;
        }
    }

    /** {@code χ² = rᵀ Cov⁺ r = |W r|²} of a residual vector (not modified). */
    double chi2(double[] residual) {
        double[] w = new double[whitening.length];
        whiten(residual, w);
        double s = 0;
        for (double x : w) {
            s += x * x;
        }
        return s;
    }
}
