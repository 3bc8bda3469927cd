package wick.model.gravity.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.CholeskySparseDecomposition_F64;
import org.ejml.sparse.csc.factory.DecompositionFactory_DSCC;

/**
 * {@code ln det K = 2 Σ_i ln L_ii} from a Cholesky factor {@code K = L Lᵀ} (PHYSICS section 4, S_eff):
 * dense up to {@link #DENSE_LIMIT} sites, else sparse Cholesky in reverse Cuthill–McKee order.
 */
final class LogDeterminant {
    /** Largest V factorised densely. */
    static final int DENSE_LIMIT = 400;

    private LogDeterminant() {
    }

    /**
     * @throws IllegalArgumentException when K is not positive definite
     */
    static double of(Precision k) {
        int v = k.lattice().volume();
        if (v <= DENSE_LIMIT) {
            DMatrixRMaj lower = denseFactor(k);
            double s = 0;
            for (int i = 0; i < v; i++) {
                s += Math.log(lower.unsafe_get(i, i));
            }
            return 2 * s;
        }
        int[] perm = ReverseCuthillMcKee.order(k.sparse());
        int[] pinv = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            pinv[perm[i]] = i;
        }
        CholeskySparseDecomposition_F64<DMatrixSparseCSC> chol = DecompositionFactory_DSCC.cholesky();
        if (!chol.decompose(k.sparsePermuted(pinv))) {
            throw new IllegalArgumentException("K[sigma] is not positive definite (sparse Cholesky failed)");
        }
        DMatrixSparseCSC lower = chol.getT(null);
        double s = 0;
        for (int j = 0; j < v; j++) {
            s += Math.log(lower.get(j, j));
        }
        return 2 * s;
    }

    /** The lower dense Cholesky factor of K, a new matrix. */
    static DMatrixRMaj denseFactor(Precision k) {
        DMatrixRMaj m = k.dense();
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(m.numRows, true);
        if (!chol.decompose(m)) {
            throw new IllegalArgumentException("K[sigma] is not positive definite (dense Cholesky failed)");
        }
        DMatrixRMaj lower = chol.getT(null);
        for (int i = 0; i < lower.numRows; i++) {
            if (!(lower.unsafe_get(i, i) > 0) || !Double.isFinite(lower.unsafe_get(i, i))) {
                throw new IllegalArgumentException("K[sigma] is not positive definite (dense Cholesky pivot " + i + ")");
            }
        }
        return lower;
    }
}
