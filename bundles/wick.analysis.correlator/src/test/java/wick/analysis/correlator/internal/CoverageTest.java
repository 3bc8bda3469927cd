package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import wick.api.progress.ProgressMonitor;

/**
 * Synthetic data with a known covariance: each of 200 data sets holds N = 400 vectors drawn from
 * N(f(A, Ê), Σ) with the exact cosh model f (N_t = 16, A = 2, Ê = 0.4) and a correlated Σ
 * ({@code Σ_ij = σ_i σ_j ρ^{|i−j|}}, ρ = 0.7, σ_τ = 0.02 + 0.3 f(τ)). The whole analysis (binning,
 * jackknife covariance, correlated fit on [2, 8], jackknife errors) runs on each. The 1σ intervals
 * cover the true Ê in 0.68 ± 3√(0.68·0.32/200) of the sets, and the mean χ² is the dof within
 * four standard errors of a mean of 200 χ²_dof (plus the O(n/N) excess of a χ² with an estimated
 * covariance).
 */
class CoverageTest {
    private static final int SETS = 200;
    private static final int N = 400;
    private static final int NT = 16;
    private static final double A = 2;
    private static final double E = 0.4;

    @Test
    void oneSigmaIntervalsCoverAtTheNominalRateAndChi2AveragesTheDof(TestReporter reporter) {
        CoshModel model = new CoshModel(NT, 1, false);
        double[] f = new double[NT];
        double[] sigma = new double[NT];
        for (int t = 0; t < NT; t++) {
            f[t] = model.value(new double[] {A, E}, t);
            sigma[t] = 0.02 + 0.3 * f[t];
        }
        int covered = 0;
        double chi2 = 0;
        int dof = 0;
        for (int s = 0; s < SETS; s++) {
            double[][] columns = SyntheticData.draw(t -> f[t], t -> sigma[t], 0.7, NT, N, 77 + s);
            FitResult fit = CorrelatorAnalysis.analyse(columns, new FitSettings(2, 8, 1, 1e-8, 0, false, 1),
                    ProgressMonitor.NONE).fit();
            if (Math.abs(fit.energy() - E) <= fit.energyError()) {
                covered++;
            }
            chi2 += fit.chi2();
            dof = fit.dof();
        }
        double fraction = (double) covered / SETS;
        double band = 3 * Math.sqrt(0.68 * 0.32 / SETS);
        double meanChi2 = chi2 / SETS;
        double chi2Tolerance = 4 * Math.sqrt(2.0 * dof / SETS) + dof * (7 + 1.0) / N;
        String figures = String.format("coverage %d/%d = %.3f (allowed 0.68 ± %.3f); mean chi2 %.3f for dof %d (allowed ± %.2f)",
                covered, SETS, fraction, band, meanChi2, dof, chi2Tolerance);
        reporter.publishEntry("coverage", figures);
        System.out.println(figures);
        assertTrue(Math.abs(fraction - 0.68) <= band, figures);
        assertTrue(Math.abs(meanChi2 - dof) <= chi2Tolerance, figures);
    }
}
