package wick.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/** The matrix-free operators agree with the dense matrices of PHYSICS sections 0 and 1. */
class DifferenceOperatorsTest {
    @Test
    void matchDenseOperators() {
        RandomStream r = RandomStream.of(11);
        for (Lattice l : Lattices.ALL) {
            int v = l.volume();
            double[] phi = new double[v];
            for (int i = 0; i < v; i++) {
                phi[i] = r.nextGaussian();
            }
            double[] out = new double[v];
            for (int mu = 0; mu < l.dimension(); mu++) {
                DMatrixRMaj d = DenseOperators.forwardDifference(l, mu);
                DifferenceOperators.forward(l, mu, phi, out);
                assertVectorEquals(times(d, phi, false), out, l + " forward " + mu);
                DifferenceOperators.backward(l, mu, phi, out);
                double[] minusTranspose = times(d, phi, true);
                for (int i = 0; i < v; i++) {
                    minusTranspose[i] = -minusTranspose[i];
                }
                assertVectorEquals(minusTranspose, out, l + " backward " + mu + " = −Δᵀ");
            }
            DifferenceOperators.applyEuclidean(l, 0.7, phi, out);
            assertVectorEquals(times(DenseOperators.euclidean(l, 0.7), phi, false), out, l + " K_E");
        }
    }

    @Test
    void rejectsAliasingAndWrongLengths() {
        Lattice l = Lattices.D2;
        double[] a = new double[l.volume()];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DifferenceOperators.forward(l, 0, a, a));
        assertTrue(e.getMessage().contains("different arrays"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DifferenceOperators.backward(l, 1, a, a));
        assertThrows(IllegalArgumentException.class, () -> DifferenceOperators.applyEuclidean(l, 1, a, a));
        e = assertThrows(IllegalArgumentException.class, () -> DifferenceOperators.forward(l, 0, a, new double[3]));
        assertTrue(e.getMessage().contains("V = 12"), e.getMessage());
    }

    private static double[] times(DMatrixRMaj m, double[] x, boolean transpose) {
        DMatrixRMaj out = new DMatrixRMaj(x.length, 1);
        if (transpose) {
            CommonOps_DDRM.multTransA(m, DMatrixRMaj.wrap(x.length, 1, x), out);
        } else {
            CommonOps_DDRM.mult(m, DMatrixRMaj.wrap(x.length, 1, x), out);
        }
        return out.getData();
    }

    static void assertVectorEquals(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length);
        double scale = Lattices.maxAbs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], Tolerance.EXACT * scale, what + " [" + i + "]");
        }
    }
}
