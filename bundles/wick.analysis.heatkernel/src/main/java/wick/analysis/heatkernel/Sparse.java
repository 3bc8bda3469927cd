package wick.analysis.heatkernel;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.ops.DConvertMatrixStruct;

/** Small helpers on EJML sparse matrices. */
public final class Sparse {
    private Sparse() {
    }

    /** The sparse form of a dense matrix (exact zeros dropped). */
    public static DMatrixSparseCSC of(DMatrixRMaj dense) {
        return DConvertMatrixStruct.convert(dense, (DMatrixSparseCSC) null, 0.0);
    }

    /** {@code Tr A = Σ_i A_ii}. */
    public static double trace(DMatrixSparseCSC a) {
        double t = 0;
        for (int j = 0; j < a.numCols; j++) {
            for (int p = a.col_idx[j]; p < a.col_idx[j + 1]; p++) {
                if (a.nz_rows[p] == j) {
                    t += a.nz_values[p];
                }
            }
        }
        return t;
    }

    /** {@code Tr A² = Σ_{ij} A_ij²} for symmetric {@code A}. */
    public static double traceOfSquare(DMatrixSparseCSC a) {
        double t = 0;
        for (int p = 0; p < a.nz_length; p++) {
            t += a.nz_values[p] * a.nz_values[p];
        }
        return t;
    }

    /** The largest Gershgorin bound {@code max_j Σ_i |A_ij|} ≥ the spectral radius. */
    public static double gershgorin(DMatrixSparseCSC a) {
        double max = 0;
        for (int j = 0; j < a.numCols; j++) {
            double s = 0;
            for (int p = a.col_idx[j]; p < a.col_idx[j + 1]; p++) {
                s += Math.abs(a.nz_values[p]);
            }
            max = Math.max(max, s);
        }
        return max;
    }
}
