package wick.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SignatureTest {
    @Test
    void zeroIsRelativeToTheLargestEigenvalue() {
        assertEquals(new Signature(2, 1, 2), Signature.of(new double[] {3, -1, 1e-11, -1e-12, 0.5}));
        assertEquals(new Signature(3, 0, 0), Signature.of(new double[] {1e-12, 2e-12, 3e-12}));
        assertEquals(new Signature(0, 0, 2), Signature.of(new double[] {0, 0}));
        assertEquals(new Signature(0, 0, 0), Signature.of(new double[0]));
    }

    @Test
    void valueObject() {
        assertEquals(new Signature(1, 2, 3), new Signature(1, 2, 3));
        assertEquals(new Signature(1, 2, 3).hashCode(), new Signature(1, 2, 3).hashCode());
        assertNotEquals(new Signature(1, 2, 3), new Signature(3, 2, 1));
        assertEquals(6, new Signature(1, 2, 3).total());
        assertThrows(IllegalArgumentException.class, () -> new Signature(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Signature.of(new double[] {1, Double.NaN}));
    }
}
