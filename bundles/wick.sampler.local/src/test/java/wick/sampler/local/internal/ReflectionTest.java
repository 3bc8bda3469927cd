package wick.sampler.local.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.model.ebm.Phi4Target;

/** The overrelaxation reflection: its own inverse, exact on the Gaussian part, free of rejections at λ = 0. */
class ReflectionTest {
    /**
     * {@code reflect(reflect(x)) = x}: bit for bit when {@code c_1/c_2} is 0 or the subtraction is
     * exact (Sterbenz), and otherwise within a rounding of {@code max(|x|, |c_1/c_2|)}.
     */
    @Test
    void reflectionIsItsOwnInverse(TestReporter reporter) {
        RandomStream random = RandomStream.of(5);
        int exact = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double scale = Math.pow(10, 6 * random.nextDouble() - 3);
            double c1 = scale * (2 * random.nextDouble() - 1);
            double c2 = Math.pow(10, 4 * random.nextDouble() - 2);
            double x = Math.pow(10, 6 * random.nextDouble() - 3) * (2 * random.nextDouble() - 1);
            double back = OverrelaxationMove.reflect(c1, c2, OverrelaxationMove.reflect(c1, c2, x));
            double size = Math.max(Math.abs(x), Math.abs(c1 / c2));
            assertEquals(x, back, Tolerance.ROUNDING * size, "c1 = " + c1 + ", c2 = " + c2 + ", x = " + x);
            exact += back == x ? 1 : 0;
        }
        for (double x : new double[] {0, 1e-300, -2.5, 7.25, 1e300}) {
            assertEquals(x, OverrelaxationMove.reflect(0, 3, OverrelaxationMove.reflect(0, 3, x)), "c1 = 0 is x -> -x, exact");
        }
        assertEquals(1.25, OverrelaxationMove.reflect(-3, 2, OverrelaxationMove.reflect(-3, 2, 1.25)), "exact subtraction");
        reporter.publishEntry("reflection", exact + " of " + n + " random round trips bit-identical");
    }

    /** The reflection keeps {@code c_1x + c_2x²}, so a free-field reflection sweep conserves S and draws nothing. */
    @Test
    void freeFieldReflectionSweepConservesTheActionAndAlwaysAccepts() {
        Lattice lattice = new Lattice(new int[] {6, 5}, new double[] {0.8, 1.1});
        Phi4Target free = new Phi4Target(lattice, 0.4, 0, Phi4Target.uniformSource(lattice, 0.2));
        OverrelaxationMove move = (OverrelaxationMove) new OverrelaxationSampler().bind(free, Parameters.empty());
        RandomStream random = RandomStream.of(9);
        double[] field = new double[lattice.volume()];
        for (int n = 0; n < field.length; n++) {
            field[n] = random.nextGaussian();
        }
        double before = free.action(field);
        double[] start = field.clone();
        long[] stream = random.state();
        move.reflectionSweep(field, random);
        assertArrayEquals(stream, random.state(), "a free-field reflection sweep draws no random number");
        assertEquals(before, free.action(field), Tolerance.LATTICE_SUM * Math.abs(before));
        assertTrue(!java.util.Arrays.equals(start, field), "the sweep moved the field");
        assertEquals(1.0, move.reflectionAcceptance());
    }

    /** With λ > 0 the quartic change is accepted or rejected; the Gaussian part is still conserved per site. */
    @Test
    void interactingReflectionChangesOnlyTheQuarticPart() {
        Lattice lattice = Lattice.of(4, 4);
        Phi4Target target = new Phi4Target(lattice, 0.5, 1.2, null);
        Phi4Target gaussianPart = new Phi4Target(lattice, 0.5, 0, null);
        OverrelaxationMove move = (OverrelaxationMove) new OverrelaxationSampler().bind(target,
                Parameters.of(Map.of("reflections", 1)));
        RandomStream random = RandomStream.of(10);
        double[] field = new double[lattice.volume()];
        for (int n = 0; n < field.length; n++) {
            field[n] = 1.5 * random.nextGaussian();
        }
        double before = gaussianPart.action(field);
        move.reflectionSweep(field, random);
        assertEquals(before, gaussianPart.action(field), Tolerance.LATTICE_SUM * Math.abs(before));
        double a = move.reflectionAcceptance();
        assertTrue(a > 0 && a < 1, "some reflections accepted, some rejected: " + a);
    }
}
