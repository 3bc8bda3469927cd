package wick.model.fock.internal;

import java.util.Arrays;
import java.util.Comparator;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Full eigen-decomposition of a real symmetric matrix by EJML (the reference for small dimension). */
final class DenseEigen {
    private DenseEigen() {
    }

    /** All eigenpairs of {@code a} (not modified), ascending. */
    static Eigenpairs symmetric(DMatrixRMaj a) {
        int n = a.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(a.copy())) {
            throw new IllegalStateException("EJML eigen-decomposition failed for dimension " + n);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> eig.getEigenvalue(i).getReal()));
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int r = 0; r < n; r++) {
            values[r] = eig.getEigenvalue(order[r]).getReal();
            vectors[r] = eig.getEigenVector(order[r]).getData().clone();
        }
        return new Eigenpairs(values, vectors);
    }

    /** The lowest {@code k} eigenpairs of a sparse symmetric matrix, by densifying it. */
    static Eigenpairs lowest(SparseMatrix h, int k) {
        Eigenpairs all = symmetric(h.denseReal());
        int m = Math.min(k, all.count());
        return new Eigenpairs(Arrays.copyOf(all.values(), m), Arrays.copyOf(all.vectors(), m));
    }

    /** The eigenvalues of a symmetric tridiagonal matrix (diagonal {@code alpha[0..m)}, off-diagonal {@code beta[0..m−1)}) with vectors. */
    static Eigenpairs tridiagonal(double[] alpha, double[] beta, int m) {
        DMatrixRMaj t = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            t.set(i, i, alpha[i]);
            if (i + 1 < m) {
                t.set(i, i + 1, beta[i]);
                t.set(i + 1, i, beta[i]);
            }
        }
        return symmetric(t);
    }
}
