package wick.analysis.seeleydewitt.internal;

import wick.api.progress.ProgressMonitor;

/**
 * {@code ln det A_g} for a family of symmetric periodic ("cyclic") tridiagonal matrices of order n that
 * share their links and differ by a diagonal shift,
 * {@code A_g = diag(d + t·s_g) + Σ_{i<n} e_i (|i⟩⟨i+1| + |i+1⟩⟨i|)} with indices mod n (so {@code e_{n−1}}
 * is the corner {@code A_{0,n−1}}; for n = 2 both links add to {@code A_01}, for n = 1 they add {@code 2e_0}
 * to the diagonal), in O(n) per matrix, by the exact {@code A = L D Lᵀ} factorisation whose unit lower
 * factor has the sub-diagonal {@code ℓ_{i+1,i} = e_i/p_i} and a dense last row {@code u_i} (the fill-in of
 * the corner):
 * <pre>
 * p_0 = a_0,  p_i = a_i − e_{i−1}²/p_{i−1}   (1 ≤ i ≤ n−2),      a_i = d_i + t_i s_g,
 * u_0 = e_{n−1}/p_0,  u_i = (δ_{i,n−2} e_{n−2} − u_{i−1} e_{i−1})/p_i,
 * p_{n−1} = a_{n−1} − Σ_{i ≤ n−2} u_i² p_i,      ln det A_g = Σ_i ln p_i.
 * </pre>
 * For a positive-definite A every pivot {@code p_i > 0} (no pivoting needed). The matrices are processed
 * together (the loop over g is innermost, independent and vectorisable); logarithms are taken of products
 * of 16 pivots. Holds work arrays: not thread-safe.
 */
final class PeriodicTridiagonal {
    private static final int CHUNK = 16;
    private final double[] shift;
    private final double[] p;
    private final double[] u;
    private final double[] tail;
    private final double[] product;

    /** @param shifts {@code s_g}, one per matrix (kept, not copied) */
    PeriodicTridiagonal(double[] shifts) {
        this.shift = shifts;
        int count = shifts.length;
        p = new double[count];
        u = new double[count];
        tail = new double[count];
        product = new double[count];
    }

    /**
     * Writes {@code ln det A_g} to {@code out[g]} (inputs not modified).
     *
     * @param d        the diagonal without shift, length ≥ n
     * @param t        the coefficient of the shift per row, length ≥ n
     * @param e        the links {@code e_i = A_{i,i+1 mod n}} (without shift), length ≥ n
     * @param progress polled for cancellation every 256 rows
     * @throws IllegalArgumentException when some A_g is not positive definite
     */
    void logDets(double[] d, double[] t, double[] e, int n, double[] out, ProgressMonitor progress) {
        int count = shift.length;
        if (n == 1) {
            for (int g = 0; g < count; g++) {
                out[g] = Math.log(positive(d[0] + t[0] * shift[g] + 2 * e[0]));
            }
            return;
        }
        if (n == 2) {
            double off = e[0] + e[1];
            for (int g = 0; g < count; g++) {
                double a0 = positive(d[0] + t[0] * shift[g]);
                out[g] = Math.log(a0) + Math.log(positive(d[1] + t[1] * shift[g] - off * off / a0));
            }
            return;
        }
        double corner = e[n - 1];
        for (int g = 0; g < count; g++) {
            double p0 = d[0] + t[0] * shift[g];
            double u0 = corner / p0;
            p[g] = p0;
            u[g] = u0;
            tail[g] = u0 * u0 * p0;
            product[g] = p0;
            out[g] = 0;
        }
        for (int i = 1; i <= n - 2; i++) {
            double prev = e[i - 1];
            double prev2 = prev * prev;
            double di = d[i];
            double ti = t[i];
            double a = i == n - 2 ? e[n - 2] : 0;
            for (int g = 0; g < count; g++) {
                double pi = di + ti * shift[g] - prev2 / p[g];
                double ui = (a - u[g] * prev) / pi;
                tail[g] += ui * ui * pi;
                u[g] = ui;
                p[g] = pi;
                product[g] *= pi;
            }
            if (i % CHUNK == 0) {
                flush(out);
            }
            if ((i & 255) == 0) {
                progress.checkCancelled();
            }
        }
        flush(out);
        for (int g = 0; g < count; g++) {
            out[g] += Math.log(positive(d[n - 1] + t[n - 1] * shift[g] - tail[g]));
        }
    }

    /** Adds the logs of the pivot products; a non-positive or non-finite product means a non-positive pivot. */
    private void flush(double[] out) {
        for (int g = 0; g < shift.length; g++) {
            out[g] += Math.log(positive(product[g]));
            product[g] = 1;
        }
    }

    private static double positive(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("a periodic tridiagonal block is not positive definite");
        }
        return x;
    }
}
