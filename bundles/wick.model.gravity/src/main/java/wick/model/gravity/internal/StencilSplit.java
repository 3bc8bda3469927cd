package wick.model.gravity.internal;

import wick.api.lattice.Lattice;
import wick.model.gravity.KSigma;

/**
 * {@link TriangularSplit} of {@code K[σ]} in D = 2 from its 9-point stencil ({@link KSigma#halfStencil}):
 * {@code g_k(n) = ω s_δ(n) S_n S_{n+δ}} for the four stored offsets δ = (0,+1), (+1,−1), (+1,0),
 * (+1,+1); the backward offsets are read at the neighbour. Away from the first and last row and
 * column the lower part of row n is its four backward offsets and the upper part its four forward
 * ones; there (periodic wrap, and extents ≤ 2 where offsets alias) each offset's site is compared
 * with n, and an offset naming n itself belongs to the diagonal.
 */
final class StencilSplit implements TriangularSplit {
    private static final int[] D0 = {0, 1, 1, 1};
    private static final int[] D1 = {1, -1, 0, 1};

    private final int n0;
    private final int n1;
    /** {@code g[k − 1][n]}, k = 1..4 as in {@link KSigma#halfStencil}. */
    private final double[][] g;

    StencilSplit(Lattice lattice) {
        if (lattice.dimension() != 2) {
            throw new IllegalArgumentException("the stencil split needs D = 2, not " + lattice.dimension());
        }
        this.n0 = lattice.extent(0);
        this.n1 = lattice.extent(1);
        this.g = new double[4][lattice.volume()];
    }

    /**
     * Takes the scaled, relaxed coefficients of K.
     *
     * @param scale {@code S_n = K_nn^{−1/2}}
     */
    void bind(KSigma k, double[] scale, double omega) {
        double[][] s = k.halfStencil();
        for (int j = 0; j < 4; j++) {
            double[] from = s[j + 1];
            double[] to = g[j];
            int shift = D1[j];
            for (int i0 = 0; i0 < n0; i0++) {
                int r = i0 * n1;
                int row = Math.floorMod(i0 + D0[j], n0) * n1;
                for (int i1 = 0; i1 < n1; i1++) {
                    int c = i1 + shift;
                    int m = row + (c < 0 ? c + n1 : c >= n1 ? c - n1 : c);
                    to[r + i1] = omega * from[r + i1] * scale[r + i1] * scale[m];
                }
            }
        }
    }

    @Override
    public void forward(double[] w, double[] u) {
        for (int i0 = 0; i0 < n0; i0++) {
            forwardRow(i0, w, u);
        }
    }

    /** Row i0 of the forward solve (rows before it done); {@code w} may be {@code u}. */
    private void forwardRow(int i0, double[] w, double[] u) {
        int r = i0 * n1;
        if (i0 == 0 || i0 == n0 - 1 || n1 < 3) {
            for (int i1 = 0; i1 < n1; i1++) {
                u[r + i1] = w[r + i1] - part(i0, i1, u, true);
            }
            return;
        }
        double[] east = g[0];
        double[] northWest = g[1];
        double[] north = g[2];
        double[] northEast = g[3];
        int d = r - n1;
        double previous = w[r] - part(i0, 0, u, true);
        u[r] = previous;
        for (int i1 = 1; i1 < n1 - 1; i1++) {
            int n = r + i1;
            double rest = w[n] - (north[d + i1] * u[d + i1] + northEast[d + i1 - 1] * u[d + i1 - 1]
                    + northWest[d + i1 + 1] * u[d + i1 + 1]);
            // the recurrence's critical path: one fused multiply-add on a value kept in a register
            previous = Math.fma(-east[n - 1], previous, rest);
            u[n] = previous;
        }
        u[r + n1 - 1] = w[r + n1 - 1] - part(i0, n1 - 1, u, true);
    }

    /**
     * The right-hand side into u, the recurrence in place (u_n is read before it is overwritten),
     * then the product, in three passes: faster here than one loop fusing them, or than three per
     * row (the recurrence is latency-bound, and extra work in its body lengthens each step).
     */
    @Override
    public double forwardProduct(double[] p, double[] t, double a, double c, double[] u) {
        int v = u.length;
        for (int n = 0; n < v; n++) {
            u[n] = a * p[n] + c * t[n];
        }
        forward(u, u);
        double s0 = 0;
        double s1 = 0;
        int n = 0;
        for (; n + 1 < v; n += 2) {
            double u0 = u[n] + a * t[n];
            double u1 = u[n + 1] + a * t[n + 1];
            u[n] = u0;
            u[n + 1] = u1;
            s0 += p[n] * u0;
            s1 += p[n + 1] * u1;
        }
        if (n < v) {
            u[n] += a * t[n];
            s0 += p[n] * u[n];
        }
        return s0 + s1;
    }

    @Override
    public void backward(double[] v, double[] t) {
        for (int i0 = n0 - 1; i0 >= 0; i0--) {
            backwardRow(i0, v, t);
        }
    }

    /** Row i0 of the backward solve (rows after it done). */
    private void backwardRow(int i0, double[] v, double[] t) {
        int r = i0 * n1;
        if (i0 == 0 || i0 == n0 - 1 || n1 < 3) {
            for (int i1 = n1 - 1; i1 >= 0; i1--) {
                t[r + i1] = v[r + i1] - part(i0, i1, t, false);
            }
            return;
        }
        double[] east = g[0];
        double[] northWest = g[1];
        double[] north = g[2];
        double[] northEast = g[3];
        int u = r + n1;
        double previous = v[r + n1 - 1] - part(i0, n1 - 1, t, false);
        t[r + n1 - 1] = previous;
        for (int i1 = n1 - 2; i1 >= 1; i1--) {
            int n = r + i1;
            double rest = v[n] - (north[n] * t[u + i1] + northEast[n] * t[u + i1 + 1] + northWest[n] * t[u + i1 - 1]);
            previous = Math.fma(-east[n], previous, rest);
            t[n] = previous;
        }
        t[r] = v[r] - part(i0, 0, t, false);
    }

    /** {@code i mod n} for {@code −1 ≤ i ≤ n}. */
    private static int wrap(int i, int n) {
        return i < 0 ? i + n : i >= n ? i - n : i;
    }

    /** {@code Σ g x[m]} over the eight offsets whose site m lies before ({@code lower}) or after site (i0, i1). */
    private double part(int i0, int i1, double[] x, boolean lower) {
        int n = i0 * n1 + i1;
        double s = 0;
        for (int j = 0; j < 4; j++) {
            int m = wrap(i0 + D0[j], n0) * n1 + wrap(i1 + D1[j], n1);
            if (lower ? m < n : m > n) {
                s += g[j][n] * x[m];
            }
            m = wrap(i0 - D0[j], n0) * n1 + wrap(i1 - D1[j], n1);
            if (lower ? m < n : m > n) {
                s += g[j][m] * x[m];
            }
        }
        return s;
    }
}
