package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

import wick.api.model.Target;

/**
 * The joint {@code p(φ, σ)} of Model 3 (PHYSICS section 4) as a target. The chain state the engine
 * holds is φ only (a {@code double[V]} on {@link #lattice()}); σ is shared by every move bound to the
 * target through {@link #latest()}: a move reads σ from it at the start of each sweep and writes it
 * back at the end, so a sampler swapped in while a chain runs (and a sampler that comes back) goes on
 * from the current σ, and the task's observables read it there. Each move also saves it in its
 * checkpoint state ({@code saveState/restoreState}). Capability of this bundle only (its samplers
 * live here), so it is not exported.
 */
public interface GravityTarget extends Target {
    Blocks blocks();

    double m2();

    double kappa2();

    StressOption stress();

    /** The decoder name for {@link Decoders#create}. */
    String solver();

    /** σ after the latest sweep and that sweep's encoder statistics (shared, mutable). */
    LatentState latest();

    /** The model (tensor σ_{μν} or the rank-0 scalar). */
    LatentModel model();

    /** The shared holder: σ after the latest sweep and that sweep's rejection rate. */
    final class LatentState {
        private final double[] values;
        private final LatentField sigma;
        private double rejectionRate;

        /** For the tensor model (σ_{μν}, D(D+1)/2 components per block), σ = 0. */
        public LatentState(Blocks blocks) {
            this.sigma = new LatentField(blocks);
            this.values = sigma.values();
        }

        /** For a model with {@code components} values per block, σ = 0. */
        LatentState(Blocks blocks, int components) {
            if (components == LatentField.components(blocks.lattice().dimension())) {
                this.sigma = new LatentField(blocks);
                this.values = sigma.values();
            } else {
                this.sigma = null;
                this.values = new double[blocks.count() * components];
            }
        }

        /**
         * σ of the tensor model (live: written by the move after each sweep).
         *
         * @throws IllegalStateException for the rank-0 variant (use {@link #values()})
         */
        public LatentField sigma() {
            if (sigma == null) {
                throw new IllegalStateException("the rank-0 sigma is a scalar per block: use values()");
            }
            return sigma;
        }

        /** σ as {@code values[b·P + q]} (live). */
        public double[] values() {
            return values;
        }

        /**
         * The latest rejection rate: for the Gibbs sampler the fraction of blocks whose first encoder
         * proposal fell outside Ω; for the direct sampler the fraction of proposals outside Ω.
         */
        public double rejectionRate() {
            return rejectionRate;
        }

        void update(LatentField from, double rate) {
            update(from.values(), rate);
        }

        void update(double[] from, double rate) {
            System.arraycopy(from, 0, values, 0, values.length);
            this.rejectionRate = rate;
        }
    }
}
