package wick.model.gravity.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/**
 * The Gibbs sampler of the joint {@code p(φ, σ)} (PHYSICS section 4): one sweep draws the decoder
 * {@code φ | σ ~ N(0, K[σ]⁻¹)} (the target's solver) and then the encoder {@code σ | φ}
 * ({@link Encoder}); both exact, so there is no accept step (acceptance 1). σ is read from and
 * written back to {@link GravityTarget#latest()} every sweep, so samplers can be swapped while a
 * chain runs. Works for the tensor model and the rank-0 variant ({@link GravityTarget#model()}).
 */
@Component(service = Sampler.class, property = Sampler.ID + "=" + GibbsSampler.ID)
public final class GibbsSampler implements Sampler {
    static final String ID = "gibbs";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Gibbs sampler of latent gravity: exact decoder phi | sigma, then exact encoder sigma | phi truncated to Omega";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(GravityTarget.class);
    }

    @Override
    public Move bind(Target target, Parameters parameters) {
        if (!accepts(target)) {
            throw new IllegalArgumentException("gibbs needs the latent gravity target; " + target.describe() + " is not one");
        }
        return new GibbsMove((GravityTarget) target);
    }

    /**
     * The move. σ is read from {@link GravityTarget#latest()} at the start of each sweep (so the move
     * continues from whatever sampler ran before it) and written back at the end; its checkpoint
     * state is σ (storage order {@code b·P + q}) and the latest rejection rate.
     */
    static final class GibbsMove implements Move {
        private final GravityTarget target;
        private final LatentModel model;
        private final double[] sigma;
        private final LatentModel.LatentEncoder encoder;
        /** The last sweep's decoder (a cg decoder is rebound to each new K[σ]). */
        private Decoder decoder;
        /** The last sweep's K[σ], whose arrays the next one reuses. */
        private Precision precision;

        GibbsMove(GravityTarget target) {
            this.target = target;
            this.model = target.model();
            this.sigma = target.latest().values().clone();
            this.encoder = model.encoder();
        }

        @Override
        public void sweep(double[] field, RandomStream random) {
            double[] shared = target.latest().values();
            System.arraycopy(shared, 0, sigma, 0, sigma.length);
            precision = model.precision(sigma, precision);
            decoder = Decoders.reuse(target.solver(), precision, decoder);
            decoder.sample(random, field);
            long d0 = encoder.draws();
            long r0 = encoder.rejections();
            encoder.sample(field, random, sigma);
            long dd = encoder.draws() - d0;
            target.latest().update(sigma, dd == 0 ? 0 : (double) (encoder.rejections() - r0) / dd);
        }

        /** σ, then the latest rejection rate. */
        @Override
        public double[] saveState() {
            double[] v = target.latest().values();
            double[] s = new double[v.length + 1];
            System.arraycopy(v, 0, s, 0, v.length);
            s[v.length] = target.latest().rejectionRate();
            return s;
        }

        @Override
        public void restoreState(double[] state) {
            if (state.length != sigma.length + 1) {
                throw new IllegalArgumentException("gibbs state has " + state.length + " values, expected " + (sigma.length + 1));
            }
            System.arraycopy(state, 0, sigma, 0, sigma.length);
            target.latest().update(sigma, state[sigma.length]);
        }
    }
}
