package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;

/** Blocks (PHYSICS section 4, "Blocks") and the region Ω. */
class BlocksAndOmegaTest {
    private static final Lattice L = Lattice.of(4, 6);

    @Test
    void blockIndexAndSize() {
        Blocks b = Blocks.parse(L, "2x3");
        assertEquals(6, b.size());
        assertEquals(4, b.count());
        assertEquals(0, b.blockOf(L.index(1, 2)));
        assertEquals(1, b.blockOf(L.index(0, 3)));
        assertEquals(2, b.blockOf(L.index(2, 0)));
        assertEquals(3, b.blockOf(L.index(3, 5)));
        assertEquals("2x3", b.toString());
    }

    @Test
    void rejectsNonDivisorsWithTheAllowedValues() {
        ParameterException e = assertThrows(ParameterException.class, () -> Blocks.parse(L, "3x2"));
        assertEquals("block", e.parameter());
        assertTrue(e.getMessage().contains("'3x2'"), e.getMessage());
        assertTrue(e.getMessage().contains("b_0 ∈ {1, 2, 4} (N_0 = 4)"), e.getMessage());
        assertTrue(e.getMessage().contains("b_1 ∈ {1, 2, 3, 6} (N_1 = 6)"), e.getMessage());
    }

    @Test
    void rejectsMalformedShapes() {
        for (String bad : new String[] {"2", "2x2x1", "ax2", "0x2", "", "-2x2"}) {
            ParameterException e = assertThrows(ParameterException.class, () -> Blocks.parse(L, bad), bad);
            assertEquals("block", e.parameter());
            assertTrue(e.getMessage().contains("N_1 = 6"), e.getMessage());
        }
    }

    @Test
    void componentOrder() {
        assertEquals("00", LatentField.componentName(2, 0));
        assertEquals("01", LatentField.componentName(2, 1));
        assertEquals("11", LatentField.componentName(2, 2));
        String[] d3 = {"00", "01", "02", "11", "12", "22"};
        for (int i = 0; i < 6; i++) {
            assertEquals(d3[i], LatentField.componentName(3, i));
        }
        assertEquals(LatentField.component(3, 2, 1), LatentField.component(3, 1, 2));
    }

    /** D = 2: c ≻ 0 ⇔ |λ1 − λ2| < 1 for the eigenvalues of σ (any rotation), plus 1 + tr σ > 0. */
    @Test
    void omegaInTwoDimensions() {
        double[][] cases = {
            // λ1, λ2, angle, expected
            {0.3, -0.6, 0.4, 1}, {0.3, -0.71, 0.4, 0}, {0.45, -0.45, 1.1, 1}, {0.5, -0.5, 1.1, 0},
            {2.0, 1.2, 0.7, 1}, {-0.6, -0.6, 0.0, 0}, {-0.45, -0.45, 0.3, 1}, {0.0, 0.0, 0.0, 1},
        };
        LatentField s = new LatentField(Blocks.sites(Lattice.of(1, 1)));
        for (double[] c : cases) {
            double cos = Math.cos(c[2]);
            double sin = Math.sin(c[2]);
            s.set(0, 0, 0, c[0] * cos * cos + c[1] * sin * sin);
            s.set(0, 1, 1, c[0] * sin * sin + c[1] * cos * cos);
            s.set(0, 0, 1, (c[0] - c[1]) * cos * sin);
            boolean expected = c[3] == 1;
            boolean spectral = Math.abs(c[0] - c[1]) < 1 && 1 + c[0] + c[1] > 0;
            assertEquals(expected, spectral, "fixture");
            assertEquals(expected, s.inOmega(0), "λ = " + c[0] + ", " + c[1]);
        }
    }

    @Test
    void omegaInThreeDimensions() {
        LatentField s = new LatentField(Blocks.sites(Lattice.of(1, 1, 1)));
        // σ = diag(λ): c = diag(1 + tr σ − 2λ_i)
        s.set(0, 0, 0, 0.4);
        s.set(0, 1, 1, -0.2);
        s.set(0, 2, 2, 0.1);
        assertTrue(s.inOmega(0)); // c = diag(0.5, 1.1, 0.9)
        s.set(0, 0, 0, 1.0);
        assertFalse(s.inOmega(0)); // c_00 = 1 + 0.9 − 2 = −0.1
        s.set(0, 0, 0, 0.0);
        s.set(0, 0, 1, 0.6);
        assertFalse(s.inOmega(0)); // c = [[0.9, −1.2], [−1.2, 1.3]] has det < 0
        s.set(0, 0, 1, 0.0);
        s.set(0, 0, 0, -0.5);
        s.set(0, 1, 1, -0.5);
        s.set(0, 2, 2, -0.5);
        assertFalse(s.inOmega(0)); // 1 + tr σ = −0.5
    }
}
