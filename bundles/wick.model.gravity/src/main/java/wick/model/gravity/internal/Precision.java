package wick.model.gravity.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/**
 * A precision matrix {@code K} of the decoder {@code φ | σ ~ N(0, K⁻¹)} (PHYSICS section 4), in
 * every form the {@link Decoders} need: matrix-free, dense, sparse, a draw of {@code b ~ N(0, K)}
 * (perturbation–optimisation) and the symbol of its translation-invariant mean (the CG
 * preconditioner). Implemented for the tensor model ({@link TensorPrecision}, {@code K[σ]}) and the
 * rank-0 variant ({@link ScalarPrecision}, {@code K_0 + 2v diag(σ)}).
 */
interface Precision {
    Lattice lattice();

    /** {@code out = K in}; {@code in} not modified, {@code out} overwritten (not {@code in}). */
    void apply(double[] in, double[] out);

    /** The dense K, a new matrix. */
    DMatrixRMaj dense();

    /** The sparse K (CSC), a new matrix. */
    DMatrixSparseCSC sparse();

    /** The sparse {@code P K Pᵀ} for {@code pinv[old] = new}, a new matrix. */
    DMatrixSparseCSC sparsePermuted(int[] pinv);

    /** The diagonal {@code K_nn} into {@code out} (overwritten, length V): the Jacobi preconditioner. */
    void diagonal(double[] out);

    /** Writes a draw of {@code b ~ N(0, K)} into {@code out} (overwritten). */
    void perturbation(RandomStream random, double[] out);

    /** The symbol {@code K_k > 0} of the translation-invariant approximation (lattice-mean σ), field layout; a new array. */
    double[] meanSymbol();
}
