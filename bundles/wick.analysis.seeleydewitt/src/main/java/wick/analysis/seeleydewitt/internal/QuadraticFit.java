package wick.analysis.seeleydewitt.internal;

/**
 * Unweighted least squares {@code y ≈ Σ_{p<P} c_p x^p} (P = 3: {@code c_0 + c_1 x + c_2 x²}, PHYSICS 5)
 * by the normal equations in the centred, scaled variable {@code u = (x − x̄)/x_scale} (well
 * conditioned), mapped back. Standard errors of the coefficients from the residual variance
 * {@code σ² = Σ r²/(n − P)} and {@code (XᵀX)⁻¹}. Immutable result.
 *
 * @param c     the coefficients c_0 .. c_{P−1}
 * @param error their standard errors (0 when n = P)
 */
record QuadraticFit(double[] c, double[] error) {
    /** The fit of degree {@code degree} (1 ≤ degree ≤ 3) to {@code (x, y)} (arrays not modified). */
    static QuadraticFit fit(double[] x, double[] y, int degree) {
        int p = degree + 1;
        int n = x.length;
        if (n < p) {
            throw new IllegalArgumentException("a degree-" + degree + " fit needs at least " + p + " points, got " + n);
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double scale = 0;
        for (double v : x) {
            scale = Math.max(scale, Math.abs(v - mean));
        }
        scale = scale == 0 ? 1 : scale;
        double[][] a = new double[p][p];
        double[] b = new double[p];
        double[] pow = new double[p];
        for (int i = 0; i < n; i++) {
            double u = (x[i] - mean) / scale;
            pow[0] = 1;
            for (int k = 1; k < p; k++) {
                pow[k] = pow[k - 1] * u;
            }
            for (int r = 0; r < p; r++) {
                b[r] += pow[r] * y[i];
                for (int c = 0; c < p; c++) {
                    a[r][c] += pow[r] * pow[c];
                }
            }
        }
        double[][] inv = invert(a);
        double[] cu = new double[p];
        for (int r = 0; r < p; r++) {
            for (int c = 0; c < p; c++) {
                cu[r] += inv[r][c] * b[c];
            }
        }
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double u = (x[i] - mean) / scale;
            double f = 0;
            for (int k = p - 1; k >= 0; k--) {
                f = f * u + cu[k];
            }
            rss += (y[i] - f) * (y[i] - f);
        }
        double sigma2 = n > p ? rss / (n - p) : 0;
        // map back: y = Σ_k cu_k ((x − m)/s)^k = Σ_q c_q x^q, linear map T: c = T cu
        double[][] t = new double[p][p];
        for (int k = 0; k < p; k++) {
            for (int q = 0; q <= k; q++) {
                t[q][k] = binomial(k, q) * Math.pow(-mean, k - q) / Math.pow(scale, k);
            }
        }
        double[] c = new double[p];
        double[] err = new double[p];
        for (int q = 0; q < p; q++) {
            for (int k = 0; k < p; k++) {
                c[q] += t[q][k] * cu[k];
            }
            double var = 0;
            for (int k = 0; k < p; k++) {
                for (int l = 0; l < p; l++) {
                    var += t[q][k] * inv[k][l] * t[q][l];
                }
            }
            err[q] = Math.sqrt(Math.max(var, 0) * sigma2);
        }
        return new QuadraticFit(c, err);
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    private static double[][] invert(double[][] a) {
        int p = a.length;
        double[][] m = new double[p][2 * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a[i], 0, m[i], 0, p);
            m[i][p + i] = 1;
        }
        for (int c = 0; c < p; c++) {
            int piv = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] tmp = m[c];
            m[c] = m[piv];
            m[piv] = tmp;
            double d = m[c][c];
            for (int j = 0; j < 2 * p; j++) {
                m[c][j] /= d;
            }
            for (int r = 0; r < p; r++) {
                if (r != c) {
                    double f = m[r][c];
                    for (int j = 0; j < 2 * p; j++) {
                        m[r][j] -= f * m[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(m[i], p, inv[i], 0, p);
        }
        return inv;
    }
}
