package wick.model.ebm.internal.perturbative;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.lattice.FreeField;

/** The FFT-convolution site sums against plain loops over all internal sites. */
class DiagramEvaluatorTest {
    private static void assertMatchesPlainLoops(Lattice lattice, double m2) {
        double[][] g = BruteForce.propagator(lattice, m2);
        DiagramEvaluator evaluator = new DiagramEvaluator(lattice, new FreeField(lattice, m2).propagatorFft());
        for (int k = 0; k <= Phi4Perturbation.MAX_ORDER; k++) {
            for (Diagram d : Phi4Perturbation.diagrams(k)) {
                double[] t = evaluator.column(d.graph());
                double scale = 0;
                for (double x : t) {
                    scale = Math.max(scale, Math.abs(x));
                }
                for (int a = 0; a < lattice.volume(); a++) {
                    double expected = BruteForce.siteSum(d.graph(), g, a, 0);
                    assertTrue(Tolerance.close(expected, t[a], scale), d.name() + " on " + lattice + " at a = " + a + ": " + t[a] + " vs " + expected);
                }
            }
        }
    }

    @Test
    void anisotropic2d() {
        assertMatchesPlainLoops(Lattice.parse("4x3", "0.5,1.3"), 0.7);
    }

    @Test
    void threeDimensions() {
        assertMatchesPlainLoops(Lattice.parse("3x2x2", "1,0.8,1.2"), 1.5);
    }

    @Test
    void oneDimension() {
        assertMatchesPlainLoops(Lattice.parse("5", "0.6"), 0.4);
    }

    /** Also b elsewhere than the origin, by translation: T(a, b) = T(a − b, 0). */
    @Test
    void translationInvariance() {
        Lattice lattice = Lattice.of(3, 4);
        double m2 = 0.9;
        double[][] g = BruteForce.propagator(lattice, m2);
        DiagramEvaluator evaluator = new DiagramEvaluator(lattice, new FreeField(lattice, m2).propagatorFft());
        int[] ca = new int[2];
        int[] cb = new int[2];
        for (Diagram d : Phi4Perturbation.diagrams(2)) {
            double[] t = evaluator.column(d.graph());
            for (int a = 0; a < lattice.volume(); a++) {
                int b = 7;
                lattice.coordinates(a, ca);
                lattice.coordinates(b, cb);
                int diff = lattice.index(Math.floorMod(ca[0] - cb[0], 3), Math.floorMod(ca[1] - cb[1], 4));
                assertTrue(Tolerance.close(BruteForce.siteSum(d.graph(), g, a, b), t[diff], t[0]), d.name());
            }
        }
    }

    @Test
    void refusesAGraphWithALoopOfDistinctVertices() {
        // a—1, 1=2 (double line), 1—3, 2—3, 2—b, a loop on 3: the triangle 1-2-3 (an O(λ³) graph)
        FeynmanGraph triangle = FeynmanGraph.of(3, new int[] {0, 2}, new int[] {2, 3}, new int[] {2, 3}, new int[] {2, 4}, new int[] {3, 4},
                new int[] {3, 1}, new int[] {4, 4});
        Lattice l = Lattice.of(3);
        DiagramEvaluator evaluator = new DiagramEvaluator(l, new FreeField(l, 1).propagatorFft());
        assertThrows(IllegalArgumentException.class, () -> evaluator.column(triangle));
    }
}
