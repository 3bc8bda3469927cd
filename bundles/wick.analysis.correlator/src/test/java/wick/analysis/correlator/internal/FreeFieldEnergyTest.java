package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wick.api.lattice.Lattice;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.lattice.FreeField;

/**
 * The fitted energy of exact free-field data (4000 independent configurations) agrees with
 * {@link FreeField#energyLatticeUnits()} (PHYSICS 2.1, 6) on an isotropic, a larger and an
 * anisotropic lattice (m² chosen so that Ê·N_t/2 ≈ 4): within {@link Tolerance#STANDARD_ERRORS}
 * jackknife errors on the window [1, N_t/2] fixed in advance, and within
 * {@link Tolerance#SELECTED_WINDOW_STANDARD_ERRORS} on the automatically chosen window (the default).
 */
class FreeFieldEnergyTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} a = {1}, m2 = {2}")
    @CsvSource(delimiter = ';', value = {"16x4; 1; 0.3; 11", "24x6; 1; 0.12; 12", "32x4; 0.5,1; 0.25; 13"})
    void fittedEnergyAgreesWithTheExactOne(String extents, String spacing, double m2, long seed, TestReporter reporter)
            throws Exception {
        Lattice lattice = Lattice.parse(extents, spacing);
        FreeField exact = new FreeField(lattice, m2);
        Path run = FreeFieldRuns.run(tmp.resolve("run"), lattice, m2, 4000, seed);
        long t0 = System.nanoTime();
        Map<String, Result> fixed = Tasks.fit(run, Map.of("tauMin", 1));
        long t1 = System.nanoTime();
        Map<String, Result> auto = Tasks.fit(run, Map.of());
        long t2 = System.nanoTime();
        double zFixed = z(fixed, exact);
        double zAuto = z(auto, exact);
        String figures = String.format("%s a=%s m2=%s, exact E^ = %.5f; window [1, %d]: %s (%.0f ms); automatic window [%d, %d]: %s (%.0f ms)",
                extents, spacing, m2, exact.energyLatticeUnits(), lattice.extent(0) / 2, describe(fixed, zFixed), (t1 - t0) / 1e6,
                (int) Tasks.scalar(auto, "tauMin").value(), (int) Tasks.scalar(auto, "tauMax").value(), describe(auto, zAuto),
                (t2 - t1) / 1e6);
        reporter.publishEntry(extents, figures);
        System.out.println(figures);
        assertTrue(Math.abs(zFixed) <= Tolerance.STANDARD_ERRORS, figures);
        assertTrue(Math.abs(zAuto) <= Tolerance.SELECTED_WINDOW_STANDARD_ERRORS, figures);
        assertEquals(exact.energy(), Tasks.scalar(auto, "exactEnergy").value(), 1e-15);
        assertEquals(exact.energyLatticeUnits(), Tasks.scalar(auto, "exactEnergyLattice").value(), 1e-15);
        assertEquals(Tasks.scalar(auto, "energyLattice").value() / lattice.spacing(0), Tasks.scalar(auto, "energy").value(), 1e-12);
    }

    private static double z(Map<String, Result> r, FreeField exact) {
        ScalarResult e = Tasks.scalar(r, "energyLattice");
        return (e.value() - exact.energyLatticeUnits()) / e.error();
    }

    private static String describe(Map<String, Result> r, double z) {
        ScalarResult e = Tasks.scalar(r, "energyLattice");
        return String.format("E^ = %.5f ± %.5f, z = %.2f, chi2/dof %.2f, p %.3f, bin %d", e.value(), e.error(), z,
                Tasks.scalar(r, "chi2dof").value(), Tasks.scalar(r, "pValue").value(), (int) Tasks.scalar(r, "binSize").value());
    }
}
