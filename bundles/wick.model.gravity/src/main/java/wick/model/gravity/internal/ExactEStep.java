package wick.model.gravity.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;

/**
 * The exact E-step for small V (PHYSICS section 4): with {@code K[σ] = L Lᵀ} (dense Cholesky),
 * {@code G = K⁻¹ = Σ_k g_k g_kᵀ}, {@code g_k = L⁻ᵀ e_k}; t is a quadratic form in φ, so
 * {@code ⟨t(n)⟩ = Σ_k t(g_k)(n)} — the corner-averaged {@code (Δ_μ^s G Δ_ν^{s'}ᵀ)_nn} and
 * {@code G_nn} of PHYSICS 4 without writing them out. Also gives {@code ln det K = 2 Σ ln L_ii}.
 * O(V³).
 */
final class ExactEStep implements EStep {
    private final LatentModel model;
    private final LatentModel.SiteStatistic statistic;

    ExactEStep(LatentModel model) {
        this.model = model;
        this.statistic = model.statistic();
    }

    @Override
    public Expectation at(double[] sigma) {
        Precision k = model.precision(sigma);
        DMatrixRMaj lower = LogDeterminant.denseFactor(k);
        int v = lower.numRows;
        int p = model.components();
        double logDet = 0;
        for (int i = 0; i < v; i++) {
            logDet += 2 * Math.log(lower.unsafe_get(i, i));
        }
        double[] g = new double[v];
        double[] t = new double[v * p];
        double[] sum = new double[v * p];
        for (int c = 0; c < v; c++) {
            java.util.Arrays.fill(g, 0.0);
            g[c] = 1;
            TriangularSolver_DDRM.solveTranL(lower.data, g, v);
            statistic.compute(g, t);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += t[i];
            }
        }
        double[] block = new double[model.blocks().count() * p];
        LatentModel.blockMeans(model.blocks(), p, sum, block);
        return new Expectation(block, logDet);
    }
}
