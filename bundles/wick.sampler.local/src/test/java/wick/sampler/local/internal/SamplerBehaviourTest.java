package wick.sampler.local.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.model.LocalActionTarget;
import wick.api.model.LocalPolynomialTarget;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.model.ebm.Phi4Target;

/** Capabilities and checkpoints. */
class SamplerBehaviourTest {
    private static final Phi4Target TARGET = new Phi4Target(Lattice.of(4, 4), -0.4, 1.8, null);

    @Test
    void idsAndCapabilities() {
        assertEquals("metropolis", new MetropolisSampler().id());
        assertEquals(List.of(LocalActionTarget.class), new MetropolisSampler().requires());
        assertEquals("overrelaxation", new OverrelaxationSampler().id());
        assertEquals(List.of(LocalPolynomialTarget.class), new OverrelaxationSampler().requires());
    }

    /** A target with only a local action change: Metropolis takes it, overrelaxation refuses it by name. */
    @Test
    void overrelaxationRefusesATargetWithoutTheLocalPolynomial() {
        LocalOnlyTarget local = new LocalOnlyTarget(TARGET);
        assertTrue(new MetropolisSampler().accepts(local));
        Sampler o = new OverrelaxationSampler();
        assertFalse(o.accepts(local));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o.bind(local, Parameters.empty()));
        assertTrue(e.getMessage().contains("overrelaxation") && e.getMessage().contains(local.describe()), e.getMessage());
    }

    /** Metropolis uses only the local action change: a view hiding every other capability gives the same chain. */
    @Test
    void metropolisNeedsOnlyTheLocalActionChange() {
        Parameters p = Parameters.of(Map.of("hits", 2));
        Move full = new MetropolisSampler().bind(TARGET, p);
        Move local = new MetropolisSampler().bind(new LocalOnlyTarget(TARGET), p);
        double[] a = new double[16];
        double[] b = new double[16];
        RandomStream ra = RandomStream.of(17);
        RandomStream rb = RandomStream.of(17);
        for (int s = 0; s < 300; s++) {
            full.sweep(a, ra);
            local.sweep(b, rb);
            if (s == 100) {
                full.endThermalization();
                local.endThermalization();
            }
        }
        assertArrayEquals(a, b);
        assertArrayEquals(full.saveState(), local.saveState());
    }

    @Test
    void restoreRejectsAStateOfTheWrongShape() {
        for (Sampler s : List.of(new MetropolisSampler(), new OverrelaxationSampler())) {
            Move move = s.bind(TARGET, Parameters.empty());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> move.restoreState(new double[3]));
            assertTrue(e.getMessage().contains(s.id()), e.getMessage());
            double[] bad = move.saveState();
            bad[0] = -1;
            e = assertThrows(IllegalArgumentException.class, () -> move.restoreState(bad));
            assertTrue(e.getMessage().contains(s.id()), e.getMessage());
        }
    }

    /** The counters survive a checkpoint: a restored move reports the same acceptance. */
    @Test
    void restoredMoveKeepsStepFlagAndCounters() {
        for (Sampler s : List.of(new MetropolisSampler(), new OverrelaxationSampler())) {
            Move move = s.bind(TARGET, Parameters.empty());
            double[] field = new double[16];
            RandomStream random = RandomStream.of(2);
            for (int i = 0; i < 30; i++) {
                move.sweep(field, random);
            }
            move.endThermalization();
            move.sweep(field, random);
            Move copy = s.bind(TARGET, Parameters.empty());
            copy.restoreState(move.saveState());
            assertEquals(move.acceptance(), copy.acceptance());
            assertArrayEquals(move.saveState(), copy.saveState());
        }
    }

    /**
     * The contract checkpoints after thermalisation; this one checkpoints while the step is still
     * being tuned, so the tuning state (step, sign, damping count) must carry over too.
     */
    @Test
    void checkpointDuringTuningContinuesBitIdentically() {
        for (Sampler s : List.of(new MetropolisSampler(), new OverrelaxationSampler())) {
            Move move = s.bind(TARGET, Parameters.of(Map.of("step", 0.2)));
            double[] field = new double[16];
            RandomStream random = RandomStream.of(4);
            for (int i = 0; i < 7; i++) {
                move.sweep(field, random);
            }
            Move copy = s.bind(TARGET, Parameters.of(Map.of("step", 0.2)));
            copy.restoreState(move.saveState());
            double[] copyField = field.clone();
            RandomStream copyRandom = RandomStream.fromState(random.state());
            for (int i = 0; i < 40; i++) {
                if (i == 25) {
                    move.endThermalization();
                    copy.endThermalization();
                }
                move.sweep(field, random);
                copy.sweep(copyField, copyRandom);
                assertArrayEquals(field, copyField, s.id() + ", sweep " + i + " after the checkpoint");
                assertArrayEquals(move.saveState(), copy.saveState(), s.id() + ", sweep " + i + " after the checkpoint");
            }
        }
    }
}
