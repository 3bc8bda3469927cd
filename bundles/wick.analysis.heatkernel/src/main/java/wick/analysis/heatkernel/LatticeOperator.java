package wick.analysis.heatkernel;

import java.util.function.Supplier;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;

import wick.api.lattice.Lattice;
import wick.lattice.DenseOperators;
import wick.lattice.DifferenceOperators;
import wick.lattice.Symbols;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

/**
 * A symmetric operator on the fields of a lattice in the forms the heat-kernel methods need:
 * matrix-free ({@link #apply}), dense, sparse, and its symbol when it is translation invariant.
 * Factories: the flat {@code K_E} ({@link #flat}) and {@code K[σ]} ({@link #sigma}) of PHYSICS 1, 4.
 * The matrix-free form holds work arrays: not thread-safe.
 */
public final class LatticeOperator {
    private final String name;
    private final Lattice lattice;
    private final SymmetricOperator apply;
    private final Supplier<DMatrixRMaj> dense;
    private final Supplier<DMatrixSparseCSC> sparse;
    private final double[] symbol;

    /**
     * @param symbol the eigenvalue per momentum (layout of {@link Symbols}), or {@code null} when the
     *               operator is not translation invariant; kept, not copied
     */
    public LatticeOperator(String name, Lattice lattice, SymmetricOperator apply, Supplier<DMatrixRMaj> dense,
            Supplier<DMatrixSparseCSC> sparse, double[] symbol) {
        this.name = name;
        this.lattice = lattice;
        this.apply = apply;
        this.dense = dense;
        this.sparse = sparse;
        this.symbol = symbol;
    }

    /** The flat {@code K_E = v (Σ_μ Δ_μᵀΔ_μ + m²)} (any finite {@code m²}; {@code m² ≤ 0} is not positive definite). */
    public static LatticeOperator flat(Lattice lattice, double m2) {
        return new LatticeOperator("K_E", lattice, (in, out) -> DifferenceOperators.applyEuclidean(lattice, m2, in, out),
                () -> DenseOperators.euclidean(lattice, m2), () -> Sparse.of(DenseOperators.euclidean(lattice, m2)),
                Symbols.euclidean(lattice, m2));
    }

    /**
     * {@code K[σ] = v [Σ_{μν} Δ_μᵀ C^{μν} Δ_ν + m² diag(1 + tr σ)]} (PHYSICS 4) for any finite {@code m²}
     * (also {@code m² = 0}, which {@link KSigma} itself refuses): built as {@code K[σ]} at {@code m² = 1}
     * with the diagonal shifted by {@code v (m² − 1)(1 + tr σ)}.
     */
    public static LatticeOperator sigma(Lattice lattice, double m2, StressOption option, LatentField sigma) {
        KSigma k = new KSigma(lattice, 1.0, option, sigma);
        double[] shift = k.coefficients().w.clone();
        double cell = lattice.cellVolume();
        for (int n = 0; n < shift.length; n++) {
            shift[n] *= cell * (m2 - 1);
        }
        SymmetricOperator apply = (in, out) -> {
            k.apply(in, out);
            for (int n = 0; n < out.length; n++) {
                out[n] += shift[n] * in[n];
            }
        };
        Supplier<DMatrixRMaj> dense = () -> {
            DMatrixRMaj d = k.dense();
            for (int n = 0; n < shift.length; n++) {
                d.unsafe_set(n, n, d.unsafe_get(n, n) + shift[n]);
            }
            return d;
        };
        Supplier<DMatrixSparseCSC> sparse = () -> {
            DMatrixSparseCSC s = k.sparse();
            for (int n = 0; n < shift.length; n++) {
                s.set(n, n, s.get(n, n) + shift[n]);
            }
            return s;
        };
        return new LatticeOperator("K[sigma]", lattice, apply, dense, sparse, null);
    }

    /** A short name, e.g. {@code "K_E"}. */
    public String name() {
        return name;
    }

    public Lattice lattice() {
        return lattice;
    }

    /** The dimension {@code V} of the operator. */
    public int size() {
        return lattice.volume();
    }

    /** {@code out = K in} (not thread-safe). */
    public void apply(double[] in, double[] out) {
        apply.apply(in, out);
    }

    /** The matrix-free form. */
    public SymmetricOperator operator() {
        return apply;
    }

    /** A new dense matrix ({@code V ≤ } {@link DenseOperators#MAX_VOLUME}). */
    public DMatrixRMaj dense() {
        return dense.get();
    }

    /** A new sparse matrix. */
    public DMatrixSparseCSC sparse() {
        return sparse.get();
    }

    /** Whether the operator is translation invariant (has a symbol). */
    public boolean hasSymbol() {
        return symbol != null;
    }

    /** The symbol (shared: do not modify), or {@code null}. */
    public double[] symbol() {
        return symbol;
    }
}
