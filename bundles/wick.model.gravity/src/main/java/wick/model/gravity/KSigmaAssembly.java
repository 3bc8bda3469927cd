package wick.model.gravity;

import java.util.HashMap;
import java.util.Map;

import org.ejml.data.DMatrixSparseCSC;

import wick.api.lattice.Lattice;

/**
 * Assembles the entries of {@code K[σ]} (PHYSICS section 4) as sums of
 * {@code (Pᵀ diag(x) Q)_{ij} = Σ_n P_{ni} x_n Q_{nj}} over the terms of the expanded form:
 * symmetric {@code ½c_μμ (Δ⁺_μ, Δ⁺_μ)}, {@code ½c_μμ (Δ⁻_μ, Δ⁻_μ)}, {@code c_μν (Δᶜ_μ, Δᶜ_ν)} (μ ≠ ν);
 * forward {@code c_μν (Δ⁺_μ, Δ⁺_ν)}; plus {@code m²(1 + tr σ)} on the diagonal; all times v.
 * Each difference row has two entries (they coincide, and cancel or add, when {@code N_μ ≤ 2}).
 */
final class KSigmaAssembly {
    private static final int PLUS = 0;
    private static final int MINUS = 1;
    private static final int CENTRAL = 2;

    /** Receives one contribution {@code K_ij += x} (the same (i, j) may come many times). */
    interface Sink {
        void add(int i, int j, double x);
    }

    /**
     * Receives one contribution {@code K_ij += x} with the displacement {@code δ = j − i} as a lattice
     * vector, {@code δ_μ ∈ {−1, 0, 1}}, coded {@code offset = Σ_μ (δ_μ + 1) 3^{D−1−μ}} (row-major, like
     * the sites): the 3^D-point stencil of K[σ]. The code is exact even when {@code N_μ ≤ 2} (where
     * different δ name the same site).
     */
    interface StencilSink {
        void add(int i, int offset, double x);
    }

    private KSigmaAssembly() {
    }

    static void assemble(Lattice l, double m2, StressOption option, SiteCoefficients coeff, Sink sink) {
        assemble(l, m2, option, coeff, (i, j, offset, x) -> sink.add(i, j, x));
    }

    /** As {@link #assemble(Lattice, double, StressOption, SiteCoefficients, Sink)}, by stencil offset. */
    static void assembleStencil(Lattice l, double m2, StressOption option, SiteCoefficients coeff, StencilSink sink) {
        assemble(l, m2, option, coeff, (i, j, offset, x) -> sink.add(i, offset, x));
    }

    /** One contribution with both its column and its stencil offset. */
    @FunctionalInterface
    private interface Entry {
        void add(int i, int j, int offset, double x);
    }

    /** {@code 3^D}, the number of stencil offsets. */
    static int stencilSize(int dimension) {
        int s = 1;
        for (int mu = 0; mu < dimension; mu++) {
            s *= 3;
        }
        return s;
    }

    private static void assemble(Lattice l, double m2, StressOption option, SiteCoefficients coeff, Entry entry) {
        int d = l.dimension();
        int centre = (stencilSize(d) - 1) / 2;
        int dd = d * d;
        double cell = l.cellVolume();
        int[] pi = new int[2];
        double[] px = new double[2];
        int[] pd = new int[2];
        int[] qi = new int[2];
        double[] qx = new double[2];
        int[] qd = new int[2];
        boolean symmetric = option == StressOption.SYMMETRIC;
        for (int n = 0; n < l.volume(); n++) {
            entry.add(n, n, centre, cell * m2 * coeff.w[n]);
            for (int mu = 0; mu < d; mu++) {
                for (int nu = 0; nu < d; nu++) {
                    double c = cell * coeff.c[n * dd + mu * d + nu];
                    if (!symmetric) {
                        row(l, n, mu, PLUS, pi, px, pd);
                        row(l, n, nu, PLUS, qi, qx, qd);
                        outer(entry, centre, c, pi, px, pd, qi, qx, qd);
                    } else if (mu == nu) {
                        row(l, n, mu, PLUS, pi, px, pd);
                        outer(entry, centre, 0.5 * c, pi, px, pd, pi, px, pd);
                        row(l, n, mu, MINUS, pi, px, pd);
                        outer(entry, centre, 0.5 * c, pi, px, pd, pi, px, pd);
                    } else {
                        row(l, n, mu, CENTRAL, pi, px, pd);
                        row(l, n, nu, CENTRAL, qi, qx, qd);
                        outer(entry, centre, c, pi, px, pd, qi, qx, qd);
                    }
                }
            }
        }
    }

    /** {@code c · (row p)ᵀ(row q)}: four contributions, each at offset {@code q's displacement − p's}. */
    private static void outer(Entry entry, int centre, double c, int[] pi, double[] px, int[] pd, int[] qi, double[] qx, int[] qd) {
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                entry.add(pi[a], qi[b], centre + qd[b] - pd[a], c * px[a] * qx[b]);
            }
        }
    }

    /**
     * Row n of Δ⁺_μ, Δ⁻_μ or Δᶜ_μ as two (column, value) pairs, with each column's displacement
     * from n coded as {@code ±3^{D−1−μ}} or 0.
     */
    private static void row(Lattice l, int n, int mu, int kind, int[] idx, double[] val, int[] disp) {
        double inv = 1.0 / l.spacing(mu);
        int step = stencilSize(l.dimension() - 1 - mu);
        switch (kind) {
            case PLUS -> {
                idx[0] = l.up(mu)[n];
                val[0] = inv;
                disp[0] = step;
                idx[1] = n;
                val[1] = -inv;
                disp[1] = 0;
            }
            case MINUS -> {
                idx[0] = n;
                val[0] = inv;
                disp[0] = 0;
                idx[1] = l.down(mu)[n];
                val[1] = -inv;
                disp[1] = -step;
            }
            default -> {
                idx[0] = l.up(mu)[n];
                val[0] = 0.5 * inv;
                disp[0] = step;
                idx[1] = l.down(mu)[n];
                val[1] = -0.5 * inv;
                disp[1] = -step;
            }
        }
    }

    /**
     * The CSC matrix, with rows and columns relabelled by {@code pinv[old] = new} when non-null.
     * Exact zeros off the diagonal (cancelled contributions) are dropped.
     */
    static DMatrixSparseCSC sparse(Lattice l, double m2, StressOption option, SiteCoefficients coeff, int[] pinv) {
        int v = l.volume();
        @SuppressWarnings("unchecked")
        Map<Integer, double[]>[] columns = new Map[v];
        for (int j = 0; j < v; j++) {
            columns[j] = new HashMap<>();
        }
        assemble(l, m2, option, coeff, (i, j, x) -> {
            int r = pinv == null ? i : pinv[i];
            int c = pinv == null ? j : pinv[j];
            columns[c].computeIfAbsent(r, k -> new double[1])[0] += x;
        });
        int nz = 0;
        for (Map<Integer, double[]> col : columns) {
            nz += col.size();
        }
        DMatrixSparseCSC k = new DMatrixSparseCSC(v, v, nz);
        int at = 0;
        for (int j = 0; j < v; j++) {
            k.col_idx[j] = at;
            int[] rows = columns[j].keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int r : rows) {
                double x = columns[j].get(r)[0];
                if (x != 0 || r == j) {
                    k.nz_rows[at] = r;
                    k.nz_values[at] = x;
                    at++;
                }
            }
        }
        k.col_idx[v] = at;
        k.nz_length = at;
        k.indicesSorted = true;
        return k;
    }
}
