package wick.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;

/** PHYSICS section 1 checks: dense spectra equal the symbols; the talk's 4×4 example. */
class DenseOperatorsTest {
    private static final double M2 = 0.8;

    @Test
    void euclideanEigenvaluesEqualTheSymbol() {
        for (Lattice l : Lattices.ALL) {
            assertSpectrum(Symbols.euclidean(l, M2), DenseOperators.symmetricEigenvalues(DenseOperators.euclidean(l, M2)), l + " K_E");
        }
    }

    @Test
    void minkowskiEigenvaluesEqualTheSymbol() {
        for (Lattice l : Lattices.ALL) {
            for (double m2 : new double[] {M2, 0.0, -0.4}) {
                assertSpectrum(Symbols.minkowski(l, m2), DenseOperators.symmetricEigenvalues(DenseOperators.minkowski(l, m2)),
                        l + " K_M, m2 = " + m2);
            }
        }
    }

    @Test
    void laplacianOfOneDirectionHasEigenvaluesHatK2() {
        for (Lattice l : Lattices.ALL) {
            for (int mu = 0; mu < l.dimension(); mu++) {
                DMatrixRMaj d = DenseOperators.forwardDifference(l, mu);
                DMatrixRMaj dtd = new DMatrixRMaj(l.volume(), l.volume());
                CommonOps_DDRM.multTransA(d, d, dtd);
                double[] k2 = Momenta.hatK2(l, mu);
                double[] expected = new double[l.volume()];
                for (int i = 0; i < expected.length; i++) {
                    expected[i] = k2[(i / l.stride(mu)) % l.extent(mu)];
                }
                assertSpectrum(expected, DenseOperators.symmetricEigenvalues(dtd), l + " Δ_" + mu + "ᵀΔ_" + mu);
            }
        }
    }

    @Test
    void kineticMatricesAreBuiltFromTheDifferences() {
        for (Lattice l : Lattices.ALL) {
            int v = l.volume();
            DMatrixRMaj sum = new DMatrixRMaj(v, v);
            DMatrixRMaj minkowski = new DMatrixRMaj(v, v);
            for (int mu = 0; mu < l.dimension(); mu++) {
                DMatrixRMaj d = DenseOperators.forwardDifference(l, mu);
                DMatrixRMaj dtd = new DMatrixRMaj(v, v);
                CommonOps_DDRM.multTransA(d, d, dtd);
                CommonOps_DDRM.addEquals(sum, dtd);
                CommonOps_DDRM.addEquals(minkowski, mu == 0 ? 1 : -1, dtd);
            }
            DMatrixRMaj id = CommonOps_DDRM.identity(v);
            CommonOps_DDRM.addEquals(sum, M2, id);
            CommonOps_DDRM.addEquals(minkowski, -M2, id);
            CommonOps_DDRM.scale(l.cellVolume(), sum);
            CommonOps_DDRM.scale(l.cellVolume(), minkowski);
            assertMatrixEquals(sum, DenseOperators.euclidean(l, M2), l + " K_E");
            assertMatrixEquals(minkowski, DenseOperators.minkowski(l, M2), l + " K_M");
        }
    }

    @Test
    void shiftMovesTheFieldByOneSite() {
        Lattice l = Lattices.D3;
        double[] phi = new double[l.volume()];
        for (int i = 0; i < phi.length; i++) {
            phi[i] = i * i + 0.5;
        }
        for (int mu = 0; mu < l.dimension(); mu++) {
            DMatrixRMaj out = new DMatrixRMaj(l.volume(), 1);
            CommonOps_DDRM.mult(DenseOperators.shift(l, mu), DMatrixRMaj.wrap(l.volume(), 1, phi), out);
            for (int n = 0; n < phi.length; n++) {
                assertEquals(phi[l.up(mu)[n]], out.get(n), 0.0);
            }
        }
    }

    /** The talk's slide: N = 4, a = 1, Δ is circulant with −1 on the diagonal and +1 above (periodic). */
    @Test
    void talkForwardDifferenceIsTheCirculant() {
        double[][] expected = {
            {-1, 1, 0, 0},
            {0, -1, 1, 0},
            {0, 0, -1, 1},
            {1, 0, 0, -1},
        };
        DMatrixRMaj d = DenseOperators.forwardDifference(Lattice.of(4), 0);
        assertMatrixEquals(new DMatrixRMaj(expected), d, "4-site forward difference");
        // on 4×4, the time direction acts on the first coordinate: rows n, columns n + 4 (mod 16)
        DMatrixRMaj d0 = DenseOperators.forwardDifference(Lattice.of(4, 4), 0);
        for (int n = 0; n < 16; n++) {
            for (int m = 0; m < 16; m++) {
                double e = m == n ? -1 : m == (n + 4) % 16 ? 1 : 0;
                assertEquals(e, d0.get(n, m), 0.0, "(" + n + "," + m + ")");
            }
        }
    }

    /** The talk's 4×4, a = 1: ω̂², k̂² ∈ {0, 2, 4, 2}, so (K_M)_k = ω̂² − k̂² − m². */
    @Test
    void talkSignatureOfMinkowski4x4() {
        double[] hat = {0, 2, 4, 2};
        for (double m2 : new double[] {1, 2}) {
            int pos = 0;
            int neg = 0;
            int zero = 0;
            for (double w : hat) {
                for (double k : hat) {
                    double s = w - k - m2;
                    if (s > 0) {
                        pos++;
                    } else if (s < 0) {
                        neg++;
                    } else {
                        zero++;
                    }
                }
            }
            Signature expected = new Signature(pos, neg, zero);
            Signature dense = Signature.of(DenseOperators.symmetricEigenvalues(DenseOperators.minkowski(Lattice.of(4, 4), m2)));
            Signature symbol = Signature.of(Symbols.minkowski(Lattice.of(4, 4), m2));
            assertEquals(expected, dense, "m2 = " + m2);
            assertEquals(expected, symbol, "m2 = " + m2);
        }
        // the counts by hand: ω̂² − k̂² takes 0 (6 times), ±2 (4 each), ±4 (once each)
        assertEquals(new Signature(1, 11, 4), Signature.of(Symbols.minkowski(Lattice.of(4, 4), 2)));
        assertEquals(new Signature(5, 11, 0), Signature.of(Symbols.minkowski(Lattice.of(4, 4), 1)));
        // K_E is positive definite for m2 > 0
        assertEquals(new Signature(16, 0, 0), Signature.of(DenseOperators.symmetricEigenvalues(DenseOperators.euclidean(Lattice.of(4, 4), 1))));
    }

    @Test
    void rejectsTooLargeVolume() {
        Lattice big = Lattice.of(65, 64);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DenseOperators.euclidean(big, 1));
        assertTrue(e.getMessage().contains("4096") && e.getMessage().contains("4160"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DenseOperators.shift(big, 0));
        assertThrows(IllegalArgumentException.class, () -> new FreeField(big, 1).propagatorDense());
        DenseOperators.shift(Lattice.of(64, 64), 1); // V = 4096 is still allowed
    }

    @Test
    void rejectsNonSymmetricOrNonSquare() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DenseOperators.symmetricEigenvalues(DenseOperators.forwardDifference(Lattice.of(4), 0)));
        assertTrue(e.getMessage().contains("symmetric"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DenseOperators.symmetricEigenvalues(new DMatrixRMaj(2, 3)));
        assertTrue(e.getMessage().contains("square"), e.getMessage());
    }

    static void assertSpectrum(double[] symbol, double[] eigenvalues, String what) {
        double[] expected = symbol.clone();
        Arrays.sort(expected);
        assertEquals(expected.length, eigenvalues.length);
        double scale = Lattices.maxAbs(eigenvalues);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], eigenvalues[i], Tolerance.EXACT * scale, what + " eigenvalue " + i);
        }
    }

    static void assertMatrixEquals(DMatrixRMaj expected, DMatrixRMaj actual, String what) {
        assertEquals(expected.numRows, actual.numRows);
        assertEquals(expected.numCols, actual.numCols);
        double scale = 0;
        for (int i = 0; i < expected.getNumElements(); i++) {
            scale = Math.max(scale, Math.abs(expected.get(i)));
        }
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertEquals(expected.get(i), actual.get(i), Tolerance.EXACT * scale, what + " element " + i);
        }
    }
}
