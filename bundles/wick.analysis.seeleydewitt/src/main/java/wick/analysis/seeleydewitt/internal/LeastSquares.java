package wick.analysis.seeleydewitt.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Unweighted linear least squares {@code y ≈ X c} ({@code n} rows, {@code p ≤ n} basis columns) by
 * Householder QR (EJML) on the column-scaled design {@code X D⁻¹} ({@code D = diag max_i |X_ik|}), mapped
 * back. Also the linear map {@code c = P y} ({@code P = (XᵀX)⁻¹Xᵀ}, to propagate errors of y) and the
 * standard errors {@code σ_k = sqrt(s² [(XᵀX)⁻¹]_kk)}, {@code s² = RSS/(n − p)} (0 when n = p). Immutable.
 *
 * @param c        the coefficients
 * @param error    their standard errors from the residuals
 * @param map      {@code P}, p × n
 * @param residual the root-mean-square residual {@code sqrt(RSS/n)}
 */
record LeastSquares(double[] c, double[] error, double[][] map, double residual) {
    /**
     * @param x rows of the design matrix (not modified), {@code x[i].length = p}
     * @param y the data (not modified)
     * @throws IllegalArgumentException when there are fewer rows than columns or a column is zero
     */
    static LeastSquares fit(double[][] x, double[] y) {
        int n = x.length;
        int p = x[0].length;
        if (n < p) {
            throw new IllegalArgumentException("a fit with " + p + " coefficients needs at least " + p + " points, got " + n);
        }
        double[] scale = new double[p];
        for (double[] row : x) {
            for (int k = 0; k < p; k++) {
                scale[k] = Math.max(scale[k], Math.abs(row[k]));
            }
        }
        DMatrixRMaj a = new DMatrixRMaj(n, p);
        for (int k = 0; k < p; k++) {
            if (!(scale[k] > 0)) {
                throw new IllegalArgumentException("basis column " + k + " of the fit is zero at every point");
            }
            for (int i = 0; i < n; i++) {
                a.set(i, k, x[i][k] / scale[k]);
            }
        }
        DMatrixRMaj b = new DMatrixRMaj(n, 1, true, y);
        DMatrixRMaj cs = new DMatrixRMaj(p, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(n, p);
        if (!solver.setA(a.copy())) {
            throw new IllegalArgumentException("the fit's basis is degenerate on these points");
        }
        solver.solve(b, cs);
        DMatrixRMaj ata = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransA(a, a, ata);
        DMatrixRMaj inv = new DMatrixRMaj(p, p);
        if (!CommonOps_DDRM.invert(ata, inv)) {
            throw new IllegalArgumentException("the fit's basis is degenerate on these points");
        }
        DMatrixRMaj pm = new DMatrixRMaj(p, n);
        CommonOps_DDRM.multTransB(inv, a, pm);
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double f = 0;
            for (int k = 0; k < p; k++) {
                f += a.get(i, k) * cs.get(k);
            }
            rss += (y[i] - f) * (y[i] - f);
        }
        double s2 = n > p ? rss / (n - p) : 0;
        double[] c = new double[p];
        double[] err = new double[p];
        double[][] map = new double[p][n];
        for (int k = 0; k < p; k++) {
            c[k] = cs.get(k) / scale[k];
            err[k] = Math.sqrt(Math.max(inv.get(k, k), 0) * s2) / scale[k];
            for (int i = 0; i < n; i++) {
                map[k][i] = pm.get(k, i) / scale[k];
            }
        }
        return new LeastSquares(c, err, map, Math.sqrt(rss / n));
    }

    /** {@code sqrt(Σ_i (P_ki e_i)²)}: the error of coefficient k from independent errors e_i of the data. */
    double propagated(int k, double[] e) {
        double s = 0;
        for (int i = 0; i < e.length; i++) {
            s += Math.pow(map[k][i] * e[i], 2);
        }
        return Math.sqrt(s);
    }
}
