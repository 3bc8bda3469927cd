package wick.api.sampler;

import org.osgi.annotation.versioning.ConsumerType;

import wick.api.random.RandomStream;

/**
 * A Markov-chain move bound to one target: one call is one sweep, which leaves the target's
 * distribution invariant. A move may keep internal state (a tuned step size); it exposes it for
 * checkpoints so that a resumed chain continues bit-identically.
 */
@ConsumerType
public interface Move {
    /** Performs one sweep, updating {@code field} in place, drawing only from {@code random}. */
    void sweep(double[] field, RandomStream random);

    /** Acceptance rate since the last call of {@link #resetStatistics()} (1 for exact moves). */
    default double acceptance() {
        return 1.0;
    }

    /** Resets the acceptance statistics. */
    default void resetStatistics() {
    }

    /** Called once when thermalisation ends: adaptive moves freeze their tuning here. */
    default void endThermalization() {
    }

    /** The internal state needed to continue exactly (empty when stateless). */
    default double[] saveState() {
        return new double[0];
    }

    /** Restores a state produced by {@link #saveState()}. */
    default void restoreState(double[] state) {
    }
}
