package wick.model.ebm.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.random.RandomStream;
import wick.lattice.DenseOperators;
import wick.lattice.Symbols;

/**
 * The free-field target against the dense {@code K_E = v (Σ_μ Δ_μᵀΔ_μ + m²)} (PHYSICS 1, 2.1) on
 * lattices with D = 1..4, anisotropic spacings and directions of extent 1 ({@code Δ_μ = 0}) and 2
 * ({@code n + μ̂ = n − μ̂}): action, diagonal precision, conditional means and symbol.
 */
class FreeFieldTargetTest {
    private static final double M2 = 0.7;

    static Stream<Lattice> lattices() {
        return Stream.of(
                new Lattice(new int[] {5}, new double[] {0.7}),
                new Lattice(new int[] {2}, new double[] {1.3}),
                new Lattice(new int[] {4, 1}, new double[] {0.7, 1.3}),
                new Lattice(new int[] {3, 2, 4}, new double[] {0.6, 1.1, 0.9}),
                new Lattice(new int[] {2, 3, 1, 2}, new double[] {0.5, 1.2, 0.8, 1.5}));
    }

    private static double[] randomField(Lattice l, long seed) {
        RandomStream r = RandomStream.of(seed);
        double[] phi = new double[l.volume()];
        for (int n = 0; n < phi.length; n++) {
            phi[n] = r.nextGaussian();
        }
        return phi;
    }

    @ParameterizedTest
    @MethodSource("lattices")
    void actionIsHalfTheQuadraticForm(Lattice l) {
        FreeFieldTarget t = new FreeFieldTarget(l, M2);
        DMatrixRMaj k = DenseOperators.euclidean(l, M2);
        double[] phi = randomField(l, 1);
        double[] copy = phi.clone();
        double s = 0;
        for (int n = 0; n < phi.length; n++) {
            for (int m = 0; m < phi.length; m++) {
                s += phi[n] * k.get(n, m) * phi[m];
            }
        }
        double expected = 0.5 * s;
        double actual = t.action(phi);
        assertTrue(Tolerance.close(expected, actual, 0), l + ": S = " + actual + ", ½ φᵀK_Eφ = " + expected);
        assertArrayEquals(copy, phi, "the field is not modified");
    }

    @ParameterizedTest
    @MethodSource("lattices")
    void diagonalPrecisionIsTheDiagonalOfKE(Lattice l) {
        FreeFieldTarget t = new FreeFieldTarget(l, M2);
        DMatrixRMaj k = DenseOperators.euclidean(l, M2);
        for (int n = 0; n < l.volume(); n++) {
            assertTrue(Tolerance.close(k.get(n, n), t.diagonalPrecision(n), 0),
                    l + " site " + n + ": " + t.diagonalPrecision(n) + " vs K_nn = " + k.get(n, n));
        }
    }

    @ParameterizedTest
    @MethodSource("lattices")
    void conditionalMeanIsMinusTheOffDiagonalRowOverKnn(Lattice l) {
        FreeFieldTarget t = new FreeFieldTarget(l, M2);
        DMatrixRMaj k = DenseOperators.euclidean(l, M2);
        double[] phi = randomField(l, 2);
        for (int n = 0; n < l.volume(); n++) {
            double s = 0;
            double scale = 0;
            for (int m = 0; m < l.volume(); m++) {
                if (m != n) {
                    s += k.get(n, m) * phi[m];
                    scale += Math.abs(k.get(n, m) * phi[m]);
                }
            }
            double expected = -s / k.get(n, n);
            double actual = t.conditionalMean(phi, n);
            assertTrue(Tolerance.close(expected, actual, scale / k.get(n, n)), l + " site " + n + ": μ = " + actual + ", expected " + expected);
            double kept = phi[n];
            phi[n] = kept + 17;
            assertEquals(actual, t.conditionalMean(phi, n), "field[site] is ignored");
            phi[n] = kept;
        }
    }

    @ParameterizedTest
    @MethodSource("lattices")
    void precisionSymbolIsTheEuclideanSymbol(Lattice l) {
        FreeFieldTarget t = new FreeFieldTarget(l, M2);
        double[] expected = Symbols.euclidean(l, M2);
        double[] actual = t.precisionSymbol();
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Tolerance.close(expected[i], actual[i], 0), l + " k = " + i + ": " + actual[i] + " vs " + expected[i]);
        }
        assertEquals(l, t.lattice());
        assertTrue(t.describe().contains(l.extentsString()) && t.describe().contains("0.7"), t.describe());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, -1.0, Double.NaN})
    void nonPositiveMassSquaredIsAParameterErrorNamingM2(double m2) {
        Lattice l = new Lattice(new int[] {4, 3}, new double[] {0.7, 1.3});
        ParameterException e = assertThrows(ParameterException.class, () -> new FreeFieldTarget(l, m2));
        assertEquals("m2", e.parameter());
        assertTrue(e.getMessage().contains("m2"), e.getMessage());
    }
}
