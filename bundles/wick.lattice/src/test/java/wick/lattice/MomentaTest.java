package wick.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;

class MomentaTest {
    @Test
    void hatK2IsFourOverASquaredSineSquared() {
        Lattice l = new Lattice(new int[] {7, 6}, new double[] {0.5, 1.7});
        for (int mu = 0; mu < 2; mu++) {
            double[] k2 = Momenta.hatK2(l, mu);
            double a = l.spacing(mu);
            int n = l.extent(mu);
            for (int j = 0; j < n; j++) {
                double s = Math.sin(Math.PI * j / n);
                assertEquals(4 * s * s / (a * a), k2[j], Tolerance.EXACT * 4 / (a * a));
                assertEquals(k2[j], k2[(n - j) % n], 0.0, "exactly even under j -> N - j");
            }
        }
    }

    @Test
    void talkValuesOn4x4() {
        double[] k2 = Momenta.hatK2(Lattice.of(4, 4), 1);
        double[] expected = {0, 2, 4, 2};
        for (int j = 0; j < 4; j++) {
            assertEquals(expected[j], k2[j], Tolerance.EXACT * 4);
        }
    }

    @Test
    void sinKIsSinOverAAndExactlyOdd() {
        Lattice l = new Lattice(new int[] {8, 5}, new double[] {0.4, 1.3});
        for (int mu = 0; mu < 2; mu++) {
            double[] s = Momenta.sinK(l, mu);
            double a = l.spacing(mu);
            int n = l.extent(mu);
            for (int j = 0; j < n; j++) {
                assertEquals(Math.sin(2 * Math.PI * j / n) / a, s[j], Tolerance.EXACT / a);
                assertEquals(-s[j], s[(n - j) % n], 0.0, "exactly odd under j -> N - j");
            }
        }
        assertEquals(0.0, Momenta.sinK(l, 0)[4], 0.0, "j = N/2 is exactly zero");
    }

    @Test
    void rejectsBadDirection() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Momenta.hatK2(Lattice.of(4, 4), 2));
        assertEquals(true, e.getMessage().contains("mu = 2"), e.getMessage());
    }
}
