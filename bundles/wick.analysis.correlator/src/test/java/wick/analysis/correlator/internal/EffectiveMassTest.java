package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;
import wick.lattice.FreeField;

/** The effective mass (PHYSICS 2.1) is exactly Ê on the exact free correlator, and NaN-safe on noise. */
class EffectiveMassTest {
    @ParameterizedTest(name = "{0} a = {1}, m2 = {2}")
    @CsvSource(delimiter = ';', value = {"16x4; 1; 0.3", "24x6; 1; 0.12", "32x4; 0.5,1; 0.25", "8x2; 1; 4", "64x2; 0.1,1; 0.01",
            "12; 1; 0.5", "10x3x3; 1,1,1; 0.7"})
    void equalsTheExactEnergyOnTheExactCorrelator(String extents, String spacing, double m2) {
        FreeField free = new FreeField(Lattice.parse(extents, spacing), m2);
        double[] m = EffectiveMass.values(free.correlator());
        double e = free.energyLatticeUnits();
        assertEquals(free.lattice().extent(0) - 2, m.length);
        for (int i = 0; i < m.length; i++) {
            assertEquals(e, m[i], Tolerance.EXACT * Math.max(1, e), "tau = " + (i + 1));
        }
    }

    @Test
    void isNanWhereTheArgumentIsBelowOneOrTheCorrelatorVanishes() {
        double[] c = {1, 0.5, 0.2, 0.3, 0.0, 0.1, 0.5};
        double[] m = EffectiveMass.values(c);
        assertTrue(Double.isFinite(m[0]), "(1 + 0.2)/(2·0.5) = 1.2 ≥ 1");
        assertTrue(Double.isFinite(m[1]), "(0.5 + 0.3)/(2·0.2) = 2 ≥ 1");
        assertTrue(Double.isNaN(m[2]), "(0.2 + 0)/(2·0.3) < 1");
        assertTrue(Double.isNaN(m[3]), "C(4) = 0");
        assertEquals(Math.log(1.2 + Math.sqrt(1.2 * 1.2 - 1)), m[0], 1e-15);
    }

    @Test
    void errorIsNanWhereAReplicaIsUndefinedAndFiniteElsewhere() {
        double[] mean = {1, 0.5, 0.26, 0.135};
        double[][] replicas = {{1, 0.5, 0.26, 0.135}, {1, 0.5, 0.25, 0.13}, {1.01, 0.5, 0.27, 0.0}};
        double[] err = EffectiveMass.errors(mean, replicas, ProgressMonitor.NONE);
        assertTrue(Double.isFinite(err[0]) && err[0] > 0);
        assertTrue(Double.isNaN(err[1]), "replica 2 has C(3) = 0, so its effective mass at τ = 2 is undefined");
        assertFalse(Double.isNaN(EffectiveMass.values(mean)[1]));
    }
}
