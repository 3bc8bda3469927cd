package wick.analysis.heatkernel;

import java.util.function.DoubleUnaryOperator;

/**
 * The Gauss quadrature rule of a Lanczos tridiagonal {@code T} (Golub–Welsch): nodes {@code θ_j}
 * (eigenvalues of T) and weights {@code τ_j²} (squared first components of its unit eigenvectors), so
 * that {@code bᵀ f(A) b ≈ |b|² Σ_j τ_j² f(θ_j)}, exact for polynomials of degree {@code < 2k}.
 * The eigenproblem is solved by the implicit QL algorithm (JAMA's {@code tql2}), rotating only the
 * first row of the eigenvector matrix: O(k²). Immutable.
 */
public final class GaussQuadrature {
    private final double[] nodes;
    private final double[] weights;

    private GaussQuadrature(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * The rule of the {@code k×k} tridiagonal with diagonal {@code alpha[0..k−1]} and off-diagonal
     * {@code beta[0..k−2]} ({@code T_{i,i+1} = beta[i]}); the arrays are not modified.
     *
     * @throws IllegalStateException when QL does not converge in 60 iterations per eigenvalue
     */
    public static GaussQuadrature of(double[] alpha, double[] beta, int k) {
        double[] d = new double[k];
        double[] e = new double[k];
        double[] z = new double[k];
        System.arraycopy(alpha, 0, d, 0, k);
        if (k > 1) {
            System.arraycopy(beta, 0, e, 0, k - 1);
        }
        z[0] = 1;
        ql(d, e, z, k);
        for (int i = 0; i < k; i++) {
            z[i] *= z[i];
        }
        return new GaussQuadrature(d, z);
    }

    private static void ql(double[] d, double[] e, double[] z, int n) {
        double f = 0;
        double tst1 = 0;
        double eps = Math.ulp(1.0);
        for (int l = 0; l < n; l++) {
            tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
            int m = l;
            while (m < n - 1 && Math.abs(e[m]) > eps * tst1) {
                m++;
            }
            if (m > l) {
                int iter = 0;
                do {
                    if (++iter > 60) {
                        throw new IllegalStateException("tridiagonal QL did not converge");
                    }
                    double g = d[l];
                    double p = (d[l + 1] - g) / (2.0 * e[l]);
                    double r = Math.hypot(p, 1.0);
                    if (p < 0) {
                        r = -r;
                    }
                    d[l] = e[l] / (p + r);
                    d[l + 1] = e[l] * (p + r);
                    double dl1 = d[l + 1];
                    double h = g - d[l];
                    for (int i = l + 2; i < n; i++) {
                        d[i] -= h;
                    }
                    f += h;
                    p = d[m];
                    double c = 1;
                    double c2 = c;
                    double c3 = c;
                    double el1 = e[l + 1];
                    double s = 0;
                    double s2 = 0;
                    for (int i = m - 1; i >= l; i--) {
                        c3 = c2;
                        c2 = c;
                        s2 = s;
                        g = c * e[i];
                        h = c * p;
                        r = Math.hypot(p, e[i]);
                        e[i + 1] = s * r;
                        s = e[i] / r;
                        c = p / r;
                        p = c * d[i] - s * g;
                        d[i + 1] = h + s * (c * g + s * d[i]);
                        h = z[i + 1];
                        z[i + 1] = s * z[i] + c * h;
                        z[i] = c * z[i] - s * h;
                    }
                    p = -s * s2 * c3 * el1 * e[l] / dl1;
                    e[l] = s * p;
                    d[l] = c * p;
                } while (Math.abs(e[l]) > eps * tst1);
            }
            d[l] += f;
            e[l] = 0;
        }
    }

    /** Number of nodes. */
    public int size() {
        return nodes.length;
    }

    /** {@code Σ_j τ_j² f(θ_j)} (the weights sum to 1). */
    public double integrate(DoubleUnaryOperator f) {
        double s = 0;
        for (int j = 0; j < nodes.length; j++) {
            s += weights[j] * f.applyAsDouble(nodes[j]);
        }
        return s;
    }

    /** {@code Σ_j τ_j² e^{−s θ_j}}. */
    public double exponential(double s) {
        double sum = 0;
        for (int j = 0; j < nodes.length; j++) {
            sum += weights[j] * Math.exp(-s * nodes[j]);
        }
        return sum;
    }

    /** The smallest node (a Ritz value ≥ λ_min). */
    public double smallestNode() {
        double m = Double.POSITIVE_INFINITY;
        for (double x : nodes) {
            m = Math.min(m, x);
        }
        return m;
    }
}
