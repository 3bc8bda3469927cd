package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.StressOption;
import wick.model.gravity.StressTensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/** The stress tensor (PHYSICS section 4): N = 2 ring, block means. */
class StressTensorTest {
    /** On an N = 2 ring Δ⁻ = −Δ⁺, so the symmetric off-diagonal T vanishes identically. */
    @Test
    void symmetricOffDiagonalVanishesOnATwoSiteRing() {
        Lattice l = new Lattice(new int[] {2, 5}, new double[] {0.9, 1.2});
        double[] phi = Fields.randomField(l.volume(), RandomStream.of(3));
        double[] t = new double[l.volume() * 3];
        new StressTensor(l, 0.5, StressOption.SYMMETRIC).compute(phi, t);
        for (int n = 0; n < l.volume(); n++) {
            assertEquals(0.0, t[n * 3 + 1], 0.0, "T_01 at " + n);
        }
    }

    /** Block means: with a single block they are the lattice means; traces check the formula. */
    @Test
    void blockMeansAndTrace() {
        Lattice l = Fields.D2;
        double m2 = 0.5;
        double[] phi = Fields.randomField(l.volume(), RandomStream.of(4));
        double[] t = new double[l.volume() * 3];
        new StressTensor(l, m2, StressOption.FORWARD).compute(phi, t);
        // D = 2: tr T = X_00 + X_11 − (X_00 + X_11 + m²φ²) = −m²φ²
        for (int n = 0; n < l.volume(); n++) {
            assertEquals(-m2 * phi[n] * phi[n], t[n * 3] + t[n * 3 + 2], Tolerance.EXACT);
        }
        Blocks one = new Blocks(l, l.extents());
        double[] mean = new double[3];
        StressTensor.blockMeans(one, t, mean);
        Blocks halves = new Blocks(l, new int[] {2, 3});
        double[] halfMeans = new double[6];
        StressTensor.blockMeans(halves, t, halfMeans);
        for (int q = 0; q < 3; q++) {
            double s = 0;
            for (int n = 0; n < l.volume(); n++) {
                s += t[n * 3 + q];
            }
            assertEquals(s / l.volume(), mean[q], Tolerance.EXACT);
            assertEquals(mean[q], 0.5 * (halfMeans[q] + halfMeans[3 + q]), Tolerance.EXACT);
        }
    }
}
