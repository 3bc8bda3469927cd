package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.lattice.FreeField;

/**
 * The regularised inverse covariance (PHYSICS 6): the SVD cut removes exactly the null direction of
 * a singular covariance (a duplicated data column) and leaves finite numbers; without a null
 * direction it is the exact inverse; shrinkage λ = 1 leaves the diagonal.
 */
class SvdCutTest {
    @TempDir
    Path tmp;

    /** A correlated 4 × 4 covariance with very different scales. */
    private static double[][] covariance() {
        double[] s = {1, 0.3, 0.05, 0.01};
        double[][] c = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                c[i][j] = s[i] * s[j] * Math.pow(0.8, Math.abs(i - j));
            }
        }
        return c;
    }

    /** W^T W. */
    private static double[][] pseudoInverse(CovarianceInverse inv) {
        double[][] w = inv.whitening();
        int n = inv.size();
        double[][] p = new double[n][n];
        for (double[] row : w) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    p[i][j] += row[i] * row[j];
                }
            }
        }
        return p;
    }

    @Test
    void regularCovarianceIsInvertedExactly() {
        double[][] c = covariance();
        CovarianceInverse inv = CovarianceInverse.of(c, 1e-8, 0);
        assertEquals(4, inv.kept());
        RealMatrix exact = new LUDecomposition(new Array2DRowRealMatrix(c)).getSolver().getInverse();
        double[][] p = pseudoInverse(inv);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(exact.getEntry(i, j), p[i][j], 1e-8 * Math.abs(exact.getEntry(i, i)));
            }
        }
    }

    @Test
    void duplicatedColumnIsCutWithoutNan() {
        double[][] c = covariance();
        double[][] d = new double[5][5];
        int[] from = {0, 1, 2, 3, 2};
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                d[i][j] = c[from[i]][from[j]];
            }
        }
        CovarianceInverse inv = CovarianceInverse.of(d, 1e-8, 0);
        assertEquals(4, inv.kept());
        assertEquals(1, inv.cut());
        for (double[] row : inv.whitening()) {
            for (double x : row) {
                assertTrue(Double.isFinite(x));
            }
        }
        // a residual in the duplicated direction (equal in both copies) has the χ² of the 4 × 4 problem
        double[] r4 = {0.3, -0.1, 0.02, 0.004};
        double[] r5 = {0.3, -0.1, 0.02, 0.004, 0.02};
        double chi4 = CovarianceInverse.of(c, 1e-8, 0).chi2(r4);
        assertEquals(chi4, inv.chi2(r5), 1e-8 * chi4);
        // without the cut the null direction is kept with an absurd weight
        assertTrue(CovarianceInverse.of(d, 0, 0).kept() >= 4);
    }

    @Test
    void fullShrinkageLeavesTheDiagonal() {
        double[][] c = covariance();
        double[][] p = pseudoInverse(CovarianceInverse.of(c, 1e-8, 1));
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(i == j ? 1 / c[i][i] : 0, p[i][j], 1e-10 / c[i][i]);
            }
        }
    }

    @Test
    void pointWithoutVarianceIsDropped() {
        double[][] c = covariance();
        c[3][3] = 0;
        for (int i = 0; i < 3; i++) {
            c[i][3] = 0;
            c[3][i] = 0;
        }
        CovarianceInverse inv = CovarianceInverse.of(c, 1e-8, 0);
        assertEquals(3, inv.kept());
        assertTrue(Double.isFinite(inv.chi2(new double[] {1, 1, 1, 1})));
    }

    /**
     * The zero-momentum estimator gives C(τ) = C(N_t − τ) on every configuration, so a window up to
     * N_t − 1 duplicates columns and its covariance is singular: the cut removes the copies (one
     * mode per mirrored pair) and the fit still finds the free energy.
     */
    @Test
    void windowOverTheMirroredHalfIsCutAndStillFitsTheFreeEnergy(TestReporter reporter) throws Exception {
        Lattice lattice = Lattice.of(16, 4);
        FreeField exact = new FreeField(lattice, 0.3);
        Path run = FreeFieldRuns.run(tmp.resolve("run"), lattice, 0.3, 4000, 41);
        Map<String, Result> r = Tasks.fit(run, Map.of("tauMin", 1, "tauMax", 15));
        ScalarResult e = Tasks.scalar(r, "energyLattice");
        double z = (e.value() - exact.energyLatticeUnits()) / e.error();
        String figures = String.format("window [1, 15]: modes cut %d, dof %d, E^ = %.5f ± %.5f (exact %.5f, z = %.2f), p = %.3f",
                (int) Tasks.scalar(r, "modesCut").value(), (int) Tasks.scalar(r, "dof").value(), e.value(), e.error(),
                exact.energyLatticeUnits(), z, Tasks.scalar(r, "pValue").value());
        reporter.publishEntry("mirrored window", figures);
        System.out.println(figures);
        assertEquals(7, Tasks.scalar(r, "modesCut").value(), figures);
        assertEquals(8 - 2, Tasks.scalar(r, "dof").value(), figures);
        for (String name : new String[] {"energy", "amplitude", "chi2dof", "pValue"}) {
            assertTrue(Double.isFinite(Tasks.scalar(r, name).value()), name + ": " + figures);
        }
        assertTrue(Math.abs(z) <= Tolerance.STANDARD_ERRORS, figures);
    }
}
