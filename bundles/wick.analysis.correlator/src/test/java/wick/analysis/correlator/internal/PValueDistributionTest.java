package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;

/**
 * The χ² of the correlated fit has its distribution (PHYSICS 6): on 20 independent free-field data
 * sets (16x4, m² = 0.3, 4000 exact configurations each) fitted on the fixed window [1, 8] — fixed,
 * because the automatic window selects on the p-value and so would bias it — the p-values look
 * uniform: at most 1 of 20 below 0.01, and the Kolmogorov–Smirnov test against U(0, 1) does not
 * reject at 1 %.
 */
class PValueDistributionTest {
    private static final int SEEDS = 20;

    @Test
    void pValuesOfTwentyFitsAreUniform(TestReporter reporter) {
        Lattice lattice = Lattice.of(16, 4);
        double[] p = new double[SEEDS];
        double chi2 = 0;
        int dof = 0;
        for (int s = 0; s < SEEDS; s++) {
            double[][] columns = FreeFieldRuns.measure(lattice, 0.3, 4000, 300 + s);
            FitResult f = CorrelatorAnalysis.analyse(columns, new FitSettings(1, 8, 0, 1e-8, 0, false, 1),
                    ProgressMonitor.NONE).fit();
            p[s] = f.pValue();
            double cdf = new ChiSquaredDistribution(f.dof()).cumulativeProbability(f.chi2());
            assertEquals(1 - cdf, p[s], 1e-12, "p = 1 − F_{χ²,dof}(χ²)");
            chi2 += f.chi2();
            dof = f.dof();
        }
        double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), p);
        long below = Arrays.stream(p).filter(x -> x < 0.01).count();
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        String figures = String.format("p-values (sorted) %s; below 0.01: %d; mean chi2 %.2f for dof %d; KS p = %.3f",
                Arrays.toString(Arrays.stream(sorted).map(x -> Math.round(x * 1000) / 1000.0).toArray()), below, chi2 / SEEDS,
                dof, ks);
        reporter.publishEntry("pValues", figures);
        System.out.println(figures);
        assertTrue(below <= 1, figures);
        assertTrue(ks >= 0.01, figures);
    }
}
