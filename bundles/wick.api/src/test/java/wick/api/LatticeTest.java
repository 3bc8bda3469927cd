package wick.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;

class LatticeTest {
    @Test
    void rowMajorIndexWithTimeFirst() {
        Lattice l = Lattice.parse("6x4", "0.5,2");
        assertEquals(2, l.dimension());
        assertEquals(24, l.volume());
        assertEquals(6, l.extent(0));
        assertEquals(1.0, l.cellVolume());
        assertEquals(2.0, l.spatialCellVolume());
        assertEquals(4, l.spatialVolume());
        assertEquals(4, l.stride(0));
        assertEquals(1, l.stride(1));
        assertEquals(4 * 5 + 3, l.index(5, 3));
        int[] c = new int[2];
        l.coordinates(23, c);
        assertArrayEquals(new int[] {5, 3}, c);
    }

    @Test
    void neighbourTablesArePeriodicInEveryDimension() {
        for (String spec : new String[] {"5", "4x3", "3x2x4", "2x3x2x2", "1x3"}) {
            Lattice l = Lattice.parse(spec, "1");
            int[] c = new int[l.dimension()];
            int[] d = new int[l.dimension()];
            for (int i = 0; i < l.volume(); i++) {
                l.coordinates(i, c);
                for (int mu = 0; mu < l.dimension(); mu++) {
                    l.coordinates(l.up(mu)[i], d);
                    for (int nu = 0; nu < l.dimension(); nu++) {
                        int expected = nu == mu ? (c[nu] + 1) % l.extent(nu) : c[nu];
                        assertEquals(expected, d[nu], spec + " up");
                    }
                    assertEquals(i, l.down(mu)[l.up(mu)[i]], spec + " down(up(i)) = i");
                }
            }
        }
    }

    @Test
    void oneSpacingAppliesToAllDirections() {
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, Lattice.parse("2x2x2", "0.5").spacings());
    }

    @Test
    void badLatticesNameTheParameter() {
        assertMessage("lattice", () -> Lattice.parse("0x4", "1"));
        assertMessage("lattice", () -> Lattice.parse("4x4x4x4x4", "1"));
        assertMessage("lattice", () -> Lattice.parse("4xa", "1"));
        assertMessage("lattice", () -> Lattice.parse("", "1"));
        assertMessage("spacing", () -> Lattice.parse("4x4", "-1"));
        assertMessage("spacing", () -> Lattice.parse("4x4", "1,2,3"));
        assertMessage("spacing", () -> Lattice.parse("4x4", "x"));
        assertMessage("spacing", () -> Lattice.parse("4x4", "Infinity"));
    }

    private static void assertMessage(String parameter, org.junit.jupiter.api.function.Executable e) {
        ParameterException ex = assertThrows(ParameterException.class, e);
        assertEquals(parameter, ex.parameter());
        assertEquals(true, ex.getMessage().startsWith("parameter '" + parameter + "'"), ex.getMessage());
    }

    @Test
    void valueSemantics() {
        assertEquals(Lattice.parse("4x4", "1"), Lattice.of(4, 4));
        assertEquals(Lattice.parse("4x4", "1").hashCode(), Lattice.of(4, 4).hashCode());
        assertEquals("6x4", Lattice.parse("6x4", "1").extentsString());
    }
}
