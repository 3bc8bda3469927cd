package wick.model.gravity.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.lattice.Momenta;

/**
 * The rank-0 precision (PHYSICS section 4, the talk's HST slide):
 * {@code K[σ] = K_0 + 2v diag(σ) = v [Σ_μ Δ_μᵀΔ_μ + diag(m² + 2σ(n))]}, positive definite when
 * {@code m² + 2σ(n) > 0} everywhere (Ω of the rank-0 variant). Perturbation:
 * {@code b = √v (Σ_μ Δ_μᵀ ξ_μ + √(m² + 2σ) ∘ ξ_0)}, {@code Cov b = K}. Preconditioner symbol:
 * {@code v (Σ_μ k̂_μ² + m² + 2σ̄)}. Allocation-free per apply and per draw; not thread-safe.
 */
final class ScalarPrecision implements Precision {
    private final Lattice lattice;
    private final double m2;
    private final double[] mass;
    private final double[] root;

    /**
     * @param sigma σ(n) per site, length V, copied
     * @throws IllegalArgumentException when some {@code m² + 2σ(n) ≤ 0}
     */
    ScalarPrecision(Lattice lattice, double m2, double[] sigma) {
        this.lattice = lattice;
        this.m2 = m2;
        this.mass = new double[sigma.length];
        this.root = new double[sigma.length];
        for (int n = 0; n < sigma.length; n++) {
            mass[n] = m2 + 2 * sigma[n];
            if (!(mass[n] > 0)) {
                throw new IllegalArgumentException("rank-0 sigma outside Omega at site " + n + ": m2 + 2 sigma = " + mass[n] + " <= 0");
            }
            root[n] = Math.sqrt(mass[n]);
        }
    }

    @Override
    public Lattice lattice() {
        return lattice;
    }

    @Override
    public void apply(double[] in, double[] out) {
        int v = lattice.volume();
        if (in == out) {
            throw new IllegalArgumentException("rank-0 K apply needs two different arrays");
        }
        for (int n = 0; n < v; n++) {
            out[n] = mass[n] * in[n];
        }
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            int[] up = lattice.up(mu);
            int[] down = lattice.down(mu);
            double inv2 = 1.0 / (lattice.spacing(mu) * lattice.spacing(mu));
            for (int n = 0; n < v; n++) {
                out[n] += (2 * in[n] - in[up[n]] - in[down[n]]) * inv2;
            }
        }
        double cell = lattice.cellVolume();
        for (int n = 0; n < v; n++) {
            out[n] *= cell;
        }
    }

    /** {@code v [m² + 2σ_n + Σ_μ (2 − [n+μ̂ = n] − [n−μ̂ = n]) / a_μ²]}: a neighbour that is n itself (N_μ = 1) adds to the diagonal. */
    @Override
    public void diagonal(double[] out) {
        double cell = lattice.cellVolume();
        for (int n = 0; n < out.length; n++) {
            double s = mass[n];
            for (int mu = 0; mu < lattice.dimension(); mu++) {
                double inv2 = 1.0 / (lattice.spacing(mu) * lattice.spacing(mu));
                s += (2 - (lattice.up(mu)[n] == n ? 1 : 0) - (lattice.down(mu)[n] == n ? 1 : 0)) * inv2;
            }
            out[n] = cell * s;
        }
    }

    @Override
    public DMatrixRMaj dense() {
        int v = lattice.volume();
        if (v > wick.lattice.DenseOperators.MAX_VOLUME) {
            throw new wick.api.param.ParameterException("lattice", lattice.extentsString(),
                    "at most " + wick.lattice.DenseOperators.MAX_VOLUME + " sites for a dense K[sigma] (use the sparse or cg decoder)");
        }
        DMatrixRMaj k = new DMatrixRMaj(v, v);
        assemble((i, j, x) -> k.unsafe_set(i, j, k.unsafe_get(i, j) + x), null);
        return k;
    }

    @Override
    public DMatrixSparseCSC sparse() {
        return sparsePermuted(null);
    }

    @Override
    public DMatrixSparseCSC sparsePermuted(int[] pinv) {
        int v = lattice.volume();
        @SuppressWarnings("unchecked")
        java.util.TreeMap<Integer, double[]>[] columns = new java.util.TreeMap[v];
        for (int j = 0; j < v; j++) {
            columns[j] = new java.util.TreeMap<>();
        }
        assemble((i, j, x) -> columns[j].computeIfAbsent(i, key -> new double[1])[0] += x, pinv);
        int nz = 0;
        for (java.util.TreeMap<Integer, double[]> c : columns) {
            nz += c.size();
        }
        DMatrixSparseCSC k = new DMatrixSparseCSC(v, v, nz);
        int at = 0;
        for (int j = 0; j < v; j++) {
            k.col_idx[j] = at;
            for (java.util.Map.Entry<Integer, double[]> e : columns[j].entrySet()) {
                if (e.getValue()[0] != 0 || e.getKey() == j) {
                    k.nz_rows[at] = e.getKey();
                    k.nz_values[at] = e.getValue()[0];
                    at++;
                }
            }
        }
        k.col_idx[v] = at;
        k.nz_length = at;
        k.indicesSorted = true;
        return k;
    }

    private interface Sink {
        void add(int i, int j, double x);
    }

    /** {@code v [(m² + 2σ_n) + Σ_μ 2/a_μ²]} on the diagonal, {@code −v/a_μ²} to each neighbour. */
    private void assemble(Sink sink, int[] pinv) {
        double cell = lattice.cellVolume();
        for (int n = 0; n < lattice.volume(); n++) {
            int i = pinv == null ? n : pinv[n];
            sink.add(i, i, cell * mass[n]);
            for (int mu = 0; mu < lattice.dimension(); mu++) {
                double inv2 = cell / (lattice.spacing(mu) * lattice.spacing(mu));
                int up = lattice.up(mu)[n];
                int down = lattice.down(mu)[n];
                sink.add(i, i, 2 * inv2);
                sink.add(i, pinv == null ? up : pinv[up], -inv2);
                sink.add(i, pinv == null ? down : pinv[down], -inv2);
            }
        }
    }

    @Override
    public void perturbation(RandomStream random, double[] out) {
        int v = lattice.volume();
        java.util.Arrays.fill(out, 0.0);
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            int[] up = lattice.up(mu);
            double inv = 1.0 / lattice.spacing(mu);
            for (int n = 0; n < v; n++) {
                double y = random.nextGaussian() * inv; // (Δ⁺)ᵀy: +y at n+μ̂, −y at n
                out[up[n]] += y;
                out[n] -= y;
            }
        }
        double r = Math.sqrt(lattice.cellVolume());
        for (int n = 0; n < v; n++) {
            out[n] = r * (out[n] + root[n] * random.nextGaussian());
        }
    }

    @Override
    public double[] meanSymbol() {
        double mean = 0;
        for (double x : mass) {
            mean += x;
        }
        mean /= mass.length;
        return symbol(lattice, mean);
    }

    /** {@code v (Σ_μ k̂_μ² + μ²)} in field layout, a new array. */
    static double[] symbol(Lattice lattice, double massSquared) {
        int d = lattice.dimension();
        double[][] k2 = new double[d][];
        for (int mu = 0; mu < d; mu++) {
            k2[mu] = Momenta.hatK2(lattice, mu);
        }
        double[] out = new double[lattice.volume()];
        int[] j = new int[d];
        for (int i = 0; i < out.length; i++) {
            lattice.coordinates(i, j);
            double s = massSquared;
            for (int mu = 0; mu < d; mu++) {
                s += k2[mu][j[mu]];
            }
            out[i] = lattice.cellVolume() * s;
        }
        return out;
    }

    double m2() {
        return m2;
    }
}
