package wick.model.gravity.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.model.gravity.Blocks;
import wick.model.gravity.StressOption;

/**
 * A precision built into the arrays of a recycled one (as chains do every sweep) is the precision a
 * fresh build gives, to the last bit: apply, diagonal, sparse matrix and perturbation, in D = 2 and 3,
 * both stress options, over a sequence of σ.
 */
class RecycledPrecisionTest {
    @Test
    void recycledEqualsFresh() {
        check(Blocks.parse(new Lattice(new int[] {6, 4}, new double[] {0.8, 1.2}), "2x2"), StressOption.SYMMETRIC);
        check(Blocks.parse(new Lattice(new int[] {6, 4}, new double[] {0.8, 1.2}), "3x1"), StressOption.FORWARD);
        check(Blocks.parse(Fields.D3, "1x2x2"), StressOption.SYMMETRIC);
        check(Blocks.parse(Fields.D3, "3x1x1"), StressOption.FORWARD);
    }

    private static void check(Blocks blocks, StressOption option) {
        TensorModel model = new TensorModel(blocks, 0.7, 0.5, option);
        int v = blocks.lattice().volume();
        Precision recycled = null;
        for (int round = 0; round < 3; round++) {
            double[] sigma = Fields.randomSigmaInOmega(blocks, 0.3, RandomStream.of(70 + round)).values();
            Precision fresh = model.precision(sigma);
            Precision reused = model.precision(sigma, recycled);
            if (recycled != null) {
                assertSame(((TensorPrecision) recycled).operator().coefficients().w, ((TensorPrecision) reused).operator().coefficients().w,
                        "the arrays are reused");
            }
            String what = blocks.lattice() + " " + option + " round " + round;
            double[] in = new double[v];
            RandomStream r = RandomStream.of(80 + round);
            for (int i = 0; i < v; i++) {
                in[i] = r.nextGaussian();
            }
            assertArrayEquals(apply(fresh, in), apply(reused, in), 0.0, what + ": apply");
            double[] d1 = new double[v];
            double[] d2 = new double[v];
            fresh.diagonal(d1);
            reused.diagonal(d2);
            assertArrayEquals(d1, d2, 0.0, what + ": diagonal");
            assertArrayEquals(fresh.sparse().nz_values, reused.sparse().nz_values, 0.0, what + ": sparse");
            fresh.perturbation(RandomStream.of(90), d1);
            reused.perturbation(RandomStream.of(90), d2);
            assertArrayEquals(d1, d2, 0.0, what + ": perturbation");
            recycled = reused;
        }
    }

    private static double[] apply(Precision k, double[] in) {
        double[] out = new double[in.length];
        k.apply(in, out);
        return out;
    }
}
