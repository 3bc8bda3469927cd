package wick.sampler.local.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.model.ebm.Phi4Target;

/**
 * The step is tuned during thermalisation so that the acceptance afterwards is near the target,
 * from good and poor starting steps, and is frozen by {@code endThermalization()}.
 */
class StepTuningTest {
    private static final Phi4Target TARGET = new Phi4Target(Lattice.of(8, 8), -0.6, 2.0, null);
    private static final int THERMALIZATION = 500;
    private static final int SWEEPS = 1_000;
    /** Allowed distance of the frozen step's acceptance from the target. */
    private static final double ACCEPTANCE_TOLERANCE = 0.1;

    @ParameterizedTest(name = "{0}: start step {1}, target {2}")
    @CsvSource({"metropolis, 1.0, 0.5", "metropolis, 0.001, 0.3", "metropolis, 100, 0.7", "overrelaxation, 1.0, 0.5",
            "overrelaxation, 0.01, 0.4"})
    void acceptanceAfterThermalisationIsNearTheTargetAndTheStepIsFrozen(String id, double start, double target,
            TestReporter reporter) {
        Sampler sampler = id.equals(MetropolisSampler.ID) ? new MetropolisSampler() : new OverrelaxationSampler();
        Move move = sampler.bind(TARGET, Parameters.of(Map.of("step", start, "targetAcceptance", target)));
        RandomStream random = RandomStream.of(41);
        double[] field = new double[TARGET.lattice().volume()];
        for (int s = 0; s < THERMALIZATION; s++) {
            move.sweep(field, random);
        }
        double tuned = move.saveState()[0];
        assertNotEquals(start, tuned, "the step was not tuned");
        move.endThermalization();
        move.resetStatistics();
        double[] frozen = tuning(move);
        for (int s = 0; s < SWEEPS; s++) {
            move.sweep(field, random);
            assertArrayEquals(frozen, tuning(move), "the tuning state changed in sweep " + s + " after endThermalization");
        }
        assertEquals(1.0, frozen[1], "frozen flag");
        assertEquals(tuned, frozen[0], "endThermalization keeps the tuned step");
        double acceptance = move.acceptance();
        assertEquals(target, acceptance, ACCEPTANCE_TOLERANCE, id + " acceptance with the tuned step " + tuned);
        assertTrue(acceptance > 0 && acceptance < 1);
        reporter.publishEntry(id + " tuning", String.format("start %.3g, target %.2f: step %.4f, acceptance %.4f", start,
                target, tuned, acceptance));
    }

    /** The state entries of the step and its tuning (the rest are acceptance counters, which move on). */
    private static double[] tuning(Move move) {
        return Arrays.copyOf(move.saveState(), StepSize.STATE_LENGTH);
    }
}
