package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

import wick.api.lattice.Lattice;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.lattice.FreeField;

/**
 * The fitted energy of exact free-field data (4000 independent configurations per data set)
 * against {@link FreeField#energyLatticeUnits()} (PHYSICS 2.1, 6) on an isotropic, a larger and an
 * anisotropic lattice (m² chosen so that Ê·N_t/2 ≈ 4), over {@link #SEEDS} data sets each, on the
 * window [1, N_t/2] fixed in advance and on the automatic window (the default):
 * <ul>
 * <li>per lattice and window, |z| = |Ê − Ê_exact|/σ exceeds {@link Tolerance#STANDARD_ERRORS} (3) in at
 * most one of the 20 data sets (a calibrated error gives 0.054 such cases on average; two or more
 * have probability 0.0013);</li>
 * <li>the rms of z over the 60 data sets of each window lies in the two-sided 99.99 % band of
 * sqrt(χ²₆₀/60), i.e. the reported errors are neither too small nor too large;</li>
 * <li>the p-value of the fit is below 0.01 in at most one of the 20 data sets per lattice (the
 * issue's criterion; {@link PValueDistributionTest} tests the p-values' distribution).</li>
 * </ul>
 */
class FreeFieldEnergyTest {
    private static final int SEEDS = 20;
    private static final String[][] LATTICES = {{"16x4", "1", "0.3"}, {"24x6", "1", "0.12"}, {"32x4", "0.5,1", "0.25"}};

    @TempDir
    Path tmp;

    @Test
    void fittedEnergiesAgreeWithTheExactOneWithCalibratedErrors(TestReporter reporter) throws Exception {
        double sumFixed = 0;
        double sumAuto = 0;
        for (String[] c : LATTICES) {
            Lattice lattice = Lattice.parse(c[0], c[1]);
            double m2 = Double.parseDouble(c[2]);
            FreeField exact = new FreeField(lattice, m2);
            int outsideFixed = 0;
            int outsideAuto = 0;
            int lowP = 0;
            double maxFixed = 0;
            double maxAuto = 0;
            for (int i = 0; i < SEEDS; i++) {
                long seed = 5000 + 100L * lattice.extent(0) + i;
                Path run = FreeFieldRuns.run(tmp.resolve("run-" + c[0] + "-" + i), lattice, m2, 4000, seed);
                Map<String, Result> fixed = Tasks.fit(run, Map.of("tauMin", 1));
                Map<String, Result> auto = Tasks.fit(run, Map.of());
                double zFixed = z(fixed, exact);
                double zAuto = z(auto, exact);
                sumFixed += zFixed * zFixed;
                sumAuto += zAuto * zAuto;
                maxFixed = Math.max(maxFixed, Math.abs(zFixed));
                maxAuto = Math.max(maxAuto, Math.abs(zAuto));
                outsideFixed += Math.abs(zFixed) > Tolerance.STANDARD_ERRORS ? 1 : 0;
                outsideAuto += Math.abs(zAuto) > Tolerance.STANDARD_ERRORS ? 1 : 0;
                lowP += Tasks.scalar(auto, "pValue").value() < 0.01 ? 1 : 0;
                if (i == 0) {
                    assertEquals(exact.energy(), Tasks.scalar(auto, "exactEnergy").value(), 1e-15);
                    assertEquals(exact.energyLatticeUnits(), Tasks.scalar(auto, "exactEnergyLattice").value(), 1e-15);
                    assertEquals(Tasks.scalar(auto, "energyLattice").value() / lattice.spacing(0),
                            Tasks.scalar(auto, "energy").value(), 1e-12);
                }
            }
            String figures = String.format("%s a=%s m2=%s (exact Ê = %.5f), %d data sets: |z| > 3 in %d (window [1, N_t/2]) and %d"
                    + " (automatic window); max |z| %.2f and %.2f; p < 0.01 in %d", c[0], c[1], m2, exact.energyLatticeUnits(),
                    SEEDS, outsideFixed, outsideAuto, maxFixed, maxAuto, lowP);
            reporter.publishEntry(c[0], figures);
            System.out.println(figures);
            assertTrue(outsideFixed <= 1 && outsideAuto <= 1, figures);
            assertTrue(lowP <= 1, figures);
        }
        int n = SEEDS * LATTICES.length;
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(n);
        double low = Math.sqrt(chi2.inverseCumulativeProbability(0.5e-4) / n);
        double high = Math.sqrt(chi2.inverseCumulativeProbability(1 - 0.5e-4) / n);
        double rmsFixed = Math.sqrt(sumFixed / n);
        double rmsAuto = Math.sqrt(sumAuto / n);
        String figures = String.format("rms z over %d data sets: %.3f (window [1, N_t/2]), %.3f (automatic window); band [%.3f, %.3f]",
                n, rmsFixed, rmsAuto, low, high);
        reporter.publishEntry("rms", figures);
        System.out.println(figures);
        assertTrue(rmsFixed >= low && rmsFixed <= high, figures);
        assertTrue(rmsAuto >= low && rmsAuto <= high, figures);
    }

    private static double z(Map<String, Result> r, FreeField exact) {
        ScalarResult e = Tasks.scalar(r, "energyLattice");
        return (e.value() - exact.energyLatticeUnits()) / e.error();
    }
}
