package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

import wick.api.model.Target;

/**
 * The joint {@code p(φ, σ)} of Model 3 (PHYSICS section 4) as a target. The chain state the engine
 * holds is φ only (a {@code double[V]} on {@link #lattice()}); σ lives inside the move that samples
 * the joint ({@link GibbsSampler}), which carries it through checkpoints
 * ({@code saveState/restoreState}) and publishes it after every sweep to {@link #latest()}, where
 * the task's observables read it. A move bound later (a sampler switch) starts from that σ.
 * Capability of this bundle only (its samplers live here), so it is not exported.
 */
public interface GravityTarget extends Target {
    Blocks blocks();

    double m2();

    double kappa2();

    StressOption stress();

    /** The decoder name for {@link Decoders#create}. */
    String solver();

    /** The σ of the latest sweep and its encoder statistics (shared, mutable). */
    LatentState latest();

    /** The shared holder: σ after the latest sweep and that sweep's encoder rejection rate. */
    final class LatentState {
        private final LatentField sigma;
        private double rejectionRate;

        public LatentState(Blocks blocks) {
            this.sigma = new LatentField(blocks);
        }

        /** σ (live: written by the move after each sweep). */
        public LatentField sigma() {
            return sigma;
        }

        /** Fraction of blocks whose first encoder proposal fell outside Ω in the latest sweep. */
        public double rejectionRate() {
            return rejectionRate;
        }

        void update(LatentField from, double rate) {
            System.arraycopy(from.values(), 0, sigma.values(), 0, sigma.values().length);
            this.rejectionRate = rate;
        }
    }
}
