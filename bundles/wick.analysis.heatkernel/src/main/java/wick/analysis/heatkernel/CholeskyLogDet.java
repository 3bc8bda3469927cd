package wick.analysis.heatkernel;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.CholeskySparseDecomposition_F64;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.csc.factory.DecompositionFactory_DSCC;

/**
 * {@code ln det K = 2 Σ_n ln L_nn} from a Cholesky factor {@code K = L Lᵀ}: dense (EJML) or sparse
 * (EJML, rows and columns reordered by reverse Cuthill–McKee, {@code ln det PKPᵀ = ln det K}).
 */
public final class CholeskyLogDet {
    private CholeskyLogDet() {
    }

    /**
     * From the dense matrix (not modified).
     *
     * @throws IllegalArgumentException when K is not positive definite
     */
    public static double dense(DMatrixRMaj k) {
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(k.numRows, true);
        if (!chol.decompose(k.copy())) {
            throw new IllegalArgumentException("K is not positive definite (dense Cholesky failed)");
        }
        DMatrixRMaj l = chol.getT(null);
        double s = 0;
        for (int n = 0; n < l.numRows; n++) {
            s += Math.log(l.unsafe_get(n, n));
        }
        return 2 * s;
    }

    /**
     * From the sparse matrix (not modified).
     *
     * @throws IllegalArgumentException when K is not positive definite
     */
    public static double sparse(DMatrixSparseCSC k) {
        int[] perm = ReverseCuthillMcKee.order(k);
        int[] pinv = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            pinv[perm[i]] = i;
        }
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(k.numRows, k.numCols, k.nz_length);
        for (int j = 0; j < k.numCols; j++) {
            for (int p = k.col_idx[j]; p < k.col_idx[j + 1]; p++) {
                t.addItem(pinv[k.nz_rows[p]], pinv[j], k.nz_values[p]);
            }
        }
        DMatrixSparseCSC full = DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
        CholeskySparseDecomposition_F64<DMatrixSparseCSC> chol = DecompositionFactory_DSCC.cholesky();
        if (!chol.decompose(full)) {
            throw new IllegalArgumentException("K is not positive definite (sparse Cholesky failed)");
        }
        DMatrixSparseCSC l = chol.getT(null);
        double s = 0;
        for (int j = 0; j < l.numCols; j++) {
            for (int p = l.col_idx[j]; p < l.col_idx[j + 1]; p++) {
                if (l.nz_rows[p] == j) {
                    s += Math.log(l.nz_values[p]);
                }
            }
        }
        return 2 * s;
    }
}
