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

    private KSigmaAssembly() {
    }

    static void assemble(Lattice l, double m2, StressOption option, SiteCoefficients coeff, Sink sink) {
        int d = l.dimension();
        int dd = d * d;
        double cell = l.cellVolume();
        int[] pi = new int[2];
        double[] px = new double[2];
        int[] qi = new int[2];
        double[] qx = new double[2];
        boolean symmetric = option == StressOption.SYMMETRIC;
        for (int n = 0; n < l.volume(); n++) {
            sink.add(n, n, cell * m2 * coeff.w[n]);
            for (int mu = 0; mu < d; mu++) {
                for (int nu = 0; nu < d; nu++) {
                    double c = cell * coeff.c[n * dd + mu * d + nu];
                    if (!symmetric) {
                        row(l, n, mu, PLUS, pi, px);
                        row(l, n, nu, PLUS, qi, qx);
                        outer(sink, c, pi, px, qi, qx);
                    } else if (mu == nu) {
                        row(l, n, mu, PLUS, pi, px);
                        outer(sink, 0.5 * c, pi, px, pi, px);
                        row(l, n, mu, MINUS, pi, px);
                        outer(sink, 0.5 * c, pi, px, pi, px);
                    } else {
                        row(l, n, mu, CENTRAL, pi, px);
                        row(l, n, nu, CENTRAL, qi, qx);
                        outer(sink, c, pi, px, qi, qx);
                    }
                }
            }
        }
    }

    private static void outer(Sink sink, double c, int[] pi, double[] px, int[] qi, double[] qx) {
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                sink.add(pi[a], qi[b], c * px[a] * qx[b]);
            }
        }
    }

    /** Row n of Δ⁺_μ, Δ⁻_μ or Δᶜ_μ as two (column, value) pairs. */
    private static void row(Lattice l, int n, int mu, int kind, int[] idx, double[] val) {
        double inv = 1.0 / l.spacing(mu);
        switch (kind) {
            case PLUS -> {
                idx[0] = l.up(mu)[n];
                val[0] = inv;
                idx[1] = n;
                val[1] = -inv;
            }
            case MINUS -> {
                idx[0] = n;
                val[0] = inv;
                idx[1] = l.down(mu)[n];
                val[1] = -inv;
            }
            default -> {
                idx[0] = l.up(mu)[n];
                val[0] = 0.5 * inv;
                idx[1] = l.down(mu)[n];
                val[1] = -0.5 * inv;
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
