package wick.analysis.critical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.lattice.FreeField;

/** {@code lcp.scan} with {@code model = free} (PHYSICS 7, 2.1) and the checks of its parameters. */
class FreeLcpTest {
    @TempDir
    Path runDirectory;

    @Test
    void closedFormEqualsFreeFieldEnergyInversionForEverySpacing() {
        double[] energies = {0.3, 1.0, 2.5};
        double[] spacings = {1, 0.8, 0.5, 0.25, 0.1, 0.01};
        for (double e : energies) {
            for (double a : spacings) {
                double m2 = FreeLcp.m2(e, a);
                double coshMinusOne = 0.5 * (Math.expm1(e * a) + Math.expm1(-e * a));  // cosh(Ea) − 1 without cancellation
                assertTrue(Tolerance.close(2 / (a * a) * coshMinusOne, m2), "closed form at a = " + a);
                Lattice lattice = new Lattice(new int[] {8, 8}, new double[] {a, a});
                double eHat = new FreeField(lattice, m2).energyLatticeUnits();
                assertTrue(Tolerance.close(e * a, eHat), "E a = " + e * a + " but FreeField's Ê = " + eHat + " at a = " + a);
            }
        }
    }

    @Test
    void taskReportsTheLineAndItsCheckWithTheDefaults() {
        Map<String, Result> r = new LcpScanTask().compute(Ocd.parameters(LcpScanTask.ID), new TestContext(1, runDirectory));
        assertEquals(List.of("m2", "energyCheck", "energyDeviation", "m2Continuum", "lattices"), List.copyOf(r.keySet()));
        SeriesResult m2 = (SeriesResult) r.get("m2");
        SeriesResult check = (SeriesResult) r.get("energyCheck");
        double[] a = {1, 0.8, 0.5};
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], m2.x()[i]);
            assertTrue(Tolerance.close(FreeLcp.m2(1.0, a[i]), m2.y()[i]));
            assertTrue(Tolerance.close(1.0, check.y()[i]), "E from FreeField at a = " + a[i] + ": " + check.y()[i]);
        }
        assertTrue(((ScalarResult) r.get("energyDeviation")).value() <= Tolerance.EXACT);
        // the effective mass of the exact correlator is Ê too (the same estimator phi4 uses)
        for (List<Object> row : ((wick.api.result.TableResult) r.get("lattices")).rows()) {
            double aRow = (Double) row.get(0);
            assertTrue(Tolerance.close(aRow, (Double) row.get(5)), "Ê_eff(0) at a = " + aRow + ": " + row.get(5));
        }
    }

    @Test
    void threeDimensionsWork() {
        Map<String, Result> r = new LcpScanTask().compute(Ocd.parameters(LcpScanTask.ID, "dimension", "3", "spacings", "1,0.5"),
                new TestContext(1, runDirectory));
        assertInstanceOf(SeriesResult.class, r.get("m2"));
        assertEquals(2, ((SeriesResult) r.get("m2")).size());
    }

    @Test
    void nonsenseInputsNameTheirParameter() {
        assertParameter("spacings", "spacings", "1,0.7");      // 8/0.7 is not an integer
        assertParameter("spacings", "spacings", "1,3");        // 8/3
        assertParameter("spacings", "spacings", "1,0");
        assertParameter("spacings", "spacings", "1,-0.5");
        assertParameter("spacings", "spacings", "1,x");
        assertParameter("spacings", "spacings", "1,1");
        assertParameter("spacings", "spacings", "16");         // box/a = 0.5
        assertParameter("energy", "energy", "0");
        assertParameter("energy", "energy", "-1");
        assertParameter("box", "box", "0");
        assertParameter("dimension", "model", "phi4", "dimension", "3");
        assertParameter("plateauStart", "model", "phi4", "plateauStart", "4");
        assertParameter("tolerance", "model", "phi4", "tolerance", "0");
        assertParameter("model", "model", "phi6");
    }

    @Test
    void integerBoxRatiosWithinRoundingAreAccepted() {
        // 8/0.8 = 10.000000000000002 in doubles
        new LcpScanTask().validate(Ocd.parameters(LcpScanTask.ID, "spacings", "0.8,0.1,0.05", "box", "8"));
        new LcpScanTask().validate(Ocd.parameters(LcpScanTask.ID, "spacings", "0.3", "box", "2.4"));
    }

    private void assertParameter(String expected, String... keyValues) {
        ParameterException e = assertThrows(ParameterException.class, () -> {
            LcpScanTask task = new LcpScanTask();
            var p = Ocd.parameters(LcpScanTask.ID, keyValues);
            task.validate(p);
            task.compute(p, new TestContext(1, runDirectory));
        }, () -> "expected a ParameterException naming " + expected + " for " + List.of(keyValues));
        assertEquals(expected, e.parameter(), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
