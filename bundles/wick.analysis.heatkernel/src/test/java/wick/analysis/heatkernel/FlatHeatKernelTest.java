package wick.analysis.heatkernel;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.lattice.DenseOperators;
import wick.lattice.Symbols;

/** Flat traces: eigenvalues, symbol, Bessel image sum and momentum sum agree to 1e-12 (PHYSICS 5). */
class FlatHeatKernelTest {
    private static final double[] S = {0.01, 0.3, 1, 2.5, 7, 20};

    private static void check(Lattice l, double m2) {
        double[] eig = HeatTrace.eigenvalues(DenseOperators.euclidean(l, m2));
        double[] sym = Symbols.euclidean(l, m2);
        double[] fromEig = HeatTrace.fromSpectrum(eig, S);
        double[] fromSym = HeatTrace.fromSpectrum(sym, S);
        for (int j = 0; j < S.length; j++) {
            double bessel = l.volume() * FlatHeatKernel.periodicDiagonal(l, m2, S[j]);
            double momenta = l.volume() * FlatHeatKernel.momentumDiagonal(l, m2, S[j]);
            String what = l + " m2 = " + m2 + " s = " + S[j];
            Tolerance.assertRelative(fromSym[j], fromEig[j], Tolerance.EXACT, "eigen vs symbol " + what);
            Tolerance.assertRelative(fromSym[j], bessel, Tolerance.EXACT, "Bessel image sum vs symbol " + what);
            Tolerance.assertRelative(fromSym[j], momenta, Tolerance.EXACT, "momentum sum vs symbol " + what);
        }
    }

    @Test
    void twoDimensions() {
        check(Lattice.of(8, 8), 0);
        check(Lattice.of(6, 10), 0.7);
        check(new Lattice(new int[] {8, 6}, new double[] {0.5, 1.25}), 0.3);
    }

    @Test
    void oneThreeAndFourDimensionsAndTinyRings() {
        check(Lattice.of(12), 1);
        check(Lattice.of(4, 5, 6), 0.2);
        check(Lattice.of(1, 2, 3, 4), 0.5);
    }

    @Test
    void largeRingApproachesTheInfiniteLattice() {
        Lattice l = Lattice.of(64, 64);
        for (double s : new double[] {0.5, 3, 15}) {
            Tolerance.assertRelative(FlatHeatKernel.infiniteDiagonal(l, 0, s), FlatHeatKernel.periodicDiagonal(l, 0, s), 1e-14, "s = " + s);
        }
    }
}
