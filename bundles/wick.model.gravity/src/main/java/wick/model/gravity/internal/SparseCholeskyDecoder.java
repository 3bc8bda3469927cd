package wick.model.gravity.internal;

import wick.model.gravity.KSigma;

import org.ejml.data.DMatrixSparseCSC;
import org.ejml.interfaces.decomposition.CholeskySparseDecomposition_F64;
import org.ejml.sparse.csc.factory.DecompositionFactory_DSCC;
import org.ejml.sparse.csc.misc.TriangularSolver_DSCC;

import wick.api.random.RandomStream;

/**
 * Sparse Cholesky decoder (PHYSICS section 4). EJML 0.44 offers no fill-reducing ordering beyond
 * NONE/RANDOM/IDENTITY, so the rows are reordered here by reverse Cuthill–McKee
 * ({@code perm[new] = old}, the bandwidth of a lattice Laplacian drops to O(V/N_max)):
 * {@code P K Pᵀ = L Lᵀ}, {@code (Pφ)_new = φ_perm[new]}. Then {@code φ = Pᵀ L⁻ᵀ ξ} has covariance
 * {@code Pᵀ L⁻ᵀ L⁻¹ P = K⁻¹}.
 */
final class SparseCholeskyDecoder implements Decoder {
    private final DMatrixSparseCSC lower;
    private final int[] perm;
    private final double[] work;

    SparseCholeskyDecoder(KSigma k) {
        this(new TensorPrecision(k));
    }

    SparseCholeskyDecoder(Precision k) {
        this.perm = ReverseCuthillMcKee.order(k.sparse());
        int[] pinv = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            pinv[perm[i]] = i;
        }
        DMatrixSparseCSC permuted = k.sparsePermuted(pinv);
        CholeskySparseDecomposition_F64<DMatrixSparseCSC> chol = DecompositionFactory_DSCC.cholesky();
        if (!chol.decompose(permuted)) {
            throw new IllegalArgumentException("K[sigma] is not positive definite (sparse Cholesky failed)");
        }
        this.lower = chol.getT(null);
        this.work = new double[perm.length];
    }

    /** Nonzeros of the Cholesky factor (a measure of the fill). */
    int factorNonZeros() {
        return lower.nz_length;
    }

    @Override
    public void sample(RandomStream random, double[] out) {
        for (int i = 0; i < work.length; i++) {
            work[i] = random.nextGaussian();
        }
        TriangularSolver_DSCC.solveTranL(lower, work);
        for (int i = 0; i < work.length; i++) {
            out[perm[i]] = work[i];
        }
    }
}
