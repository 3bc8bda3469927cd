package wick.model.gravity.internal;

import org.ejml.data.DMatrixSparseCSC;

/**
 * {@link TriangularSplit} of any {@link Precision} from its sparse matrix (symmetric, so column n
 * of the CSC form is row n; row indices sorted): the entries before the diagonal are the lower part
 * of row n, those after it the upper part. For the precisions without a 9-point stencil
 * ({@link StencilSplit}): D ≠ 2, the rank-0 variant.
 */
final class SparseSplit implements TriangularSplit {
    private int[] start;
    private int[] diagonal;
    private int[] rows;
    private double[] values;

    /**
     * Takes the scaled, relaxed entries {@code ω K_mn S_m S_n} of K (its arrays reused when the
     * sizes match).
     *
     * @param scale {@code S_n = K_nn^{−1/2}}
     */
    void bind(Precision k, double[] scale, double omega) {
        DMatrixSparseCSC a = k.sparse();
        if (!a.indicesSorted) {
            a.sortIndices(null);
        }
        int v = a.numCols;
        start = a.col_idx;
        rows = a.nz_rows;
        if (values == null || values.length != a.nz_length) {
            values = new double[a.nz_length];
        }
        if (diagonal == null || diagonal.length != v) {
            diagonal = new int[v];
        }
        for (int n = 0; n < v; n++) {
            int e = start[n];
            while (e < start[n + 1] && rows[e] < n) {
                e++;
            }
            diagonal[n] = e;
            for (int i = start[n]; i < start[n + 1]; i++) {
                values[i] = omega * a.nz_values[i] * scale[rows[i]] * scale[n];
            }
        }
    }

    @Override
    public void forward(double[] w, double[] u) {
        for (int n = 0; n < diagonal.length; n++) {
            double s = w[n];
            for (int i = start[n]; i < diagonal[n]; i++) {
                s -= values[i] * u[rows[i]];
            }
            u[n] = s;
        }
    }

    @Override
    public double forwardProduct(double[] p, double[] t, double a, double c, double[] u) {
        int v = diagonal.length;
        for (int n = 0; n < v; n++) {
            double s = a * p[n] + c * t[n];
            for (int i = start[n]; i < diagonal[n]; i++) {
                s -= values[i] * u[rows[i]];
            }
            u[n] = s;
        }
        double product = 0;
        for (int n = 0; n < v; n++) {
            u[n] += a * t[n];
            product += p[n] * u[n];
        }
        return product;
    }

    @Override
    public void backward(double[] v, double[] t) {
        for (int n = diagonal.length - 1; n >= 0; n--) {
            double s = v[n];
            for (int i = start[n + 1] - 1; i >= diagonal[n]; i--) {
                if (rows[i] > n) {
                    s -= values[i] * t[rows[i]];
                }
            }
            t[n] = s;
        }
    }
}
