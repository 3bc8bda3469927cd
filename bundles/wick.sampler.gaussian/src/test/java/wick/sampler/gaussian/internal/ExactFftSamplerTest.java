package wick.sampler.gaussian.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.model.GaussianConditionalTarget;
import wick.api.model.GaussianSymbolTarget;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/** The exact FFT sampler: the contract, plus its kept second draw in checkpoints. */
class ExactFftSamplerTest extends GaussianSamplerContract {
    @Override
    Sampler sampler() {
        return new ExactFftSampler();
    }

    @Override
    long seed() {
        return 11;
    }

    @Test
    void idAndCapability() {
        assertEquals("exact-fft", sampler().id());
        assertEquals(List.of(GaussianSymbolTarget.class), sampler().requires());
    }

    @Test
    void refusesATargetWithOnlyConditionals() {
        GaussianConditionalTarget conditionalOnly = new GaussianConditionalTarget() {
            @Override
            public Lattice lattice() {
                return target.lattice();
            }

            @Override
            public String describe() {
                return "conditionals only";
            }

            @Override
            public double diagonalPrecision(int site) {
                return target.diagonalPrecision(site);
            }

            @Override
            public double conditionalMean(double[] field, int site) {
                return target.conditionalMean(field, site);
            }
        };
        assertRefused(sampler(), conditionalOnly);
    }

    /** After an odd number of sweeps the kept second draw is the state; after an even number there is none. */
    @Test
    void stateHoldsTheKeptSecondDraw() {
        Move move = sampler().bind(target, Parameters.empty());
        int v = LATTICE.volume();
        assertArrayEquals(new double[] {0}, move.saveState());
        RandomStream random = RandomStream.of(3);
        double[] field = new double[v];
        move.sweep(field, random);
        double[] state = move.saveState();
        assertEquals(1 + v, state.length);
        assertEquals(1.0, state[0]);
        long[] streamAfterOne = random.state();
        move.sweep(field, random);
        assertArrayEquals(Arrays.copyOfRange(state, 1, 1 + v), field, "the second sweep uses the kept draw");
        assertArrayEquals(streamAfterOne, random.state(), "the second sweep draws no random numbers");
        assertArrayEquals(new double[] {0}, move.saveState());
    }

    /** The kept draw matters: a fresh move not given the state diverges from the original chain. */
    @Test
    void resumingWithoutTheStateDiverges() {
        Move original = sampler().bind(target, Parameters.empty());
        RandomStream random = RandomStream.of(5);
        double[] field = new double[LATTICE.volume()];
        original.sweep(field, random);
        Move fresh = sampler().bind(target, Parameters.empty());
        RandomStream copy = RandomStream.fromState(random.state());
        double[] other = field.clone();
        original.sweep(field, random);
        fresh.sweep(other, copy);
        assertFalse(Arrays.equals(field, other));
    }

    @Test
    void restoreRejectsAStateOfTheWrongLattice() {
        Move move = sampler().bind(target, Parameters.empty());
        double[] state = new double[1 + LATTICE.volume() + 1];
        state[0] = 1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> move.restoreState(state));
        assertTrue(e.getMessage().contains("exact-fft") && e.getMessage().contains(String.valueOf(LATTICE.volume())), e.getMessage());
    }

    /** Regression: a rejected restore used to leave the move believing it held a kept draw (a stale or zero field next). */
    @Test
    void rejectedRestoreLeavesTheMoveDrawingFreshPairs() {
        Move move = sampler().bind(target, Parameters.empty());
        double[] bad = new double[1 + LATTICE.volume() + 1];
        bad[0] = 1;
        assertThrows(IllegalArgumentException.class, () -> move.restoreState(bad));
        assertThrows(IllegalArgumentException.class, () -> move.restoreState(new double[] {2}));
        double[] field = new double[LATTICE.volume()];
        move.sweep(field, wick.api.random.RandomStream.of(3));
        assertTrue(Arrays.stream(field).anyMatch(x -> x != 0), "a fresh draw, not the empty kept one");
        assertEquals(1.0, move.saveState()[0], "the first sweep after a rejected restore draws a pair and keeps one");
    }
}
