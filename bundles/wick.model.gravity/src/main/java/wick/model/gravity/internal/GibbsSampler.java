package wick.model.gravity.internal;

import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;

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
 * ({@link Encoder}); both exact, so there is no accept step (acceptance 1). σ is held by the move
 * (see {@link GravityTarget}).
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

    /** The move; its state is σ (storage order of {@link LatentField#values()}). */
    static final class GibbsMove implements Move {
        private final GravityTarget target;
        private final LatentField sigma;
        private final Encoder encoder;

        GibbsMove(GravityTarget target) {
            this.target = target;
            this.sigma = new LatentField(target.blocks());
            double[] start = target.latest().sigma().values();
            System.arraycopy(start, 0, sigma.values(), 0, start.length);
            this.encoder = new Encoder(target.blocks(), target.m2(), target.kappa2(), target.stress(), Encoder.DEFAULT_MAX_TRIES);
        }

        @Override
        public void sweep(double[] field, RandomStream random) {
            KSigma k = new KSigma(target.lattice(), target.m2(), target.stress(), sigma);
            Decoders.create(target.solver(), k).sample(random, field);
            long d0 = encoder.draws();
            long r0 = encoder.rejections();
            encoder.sample(field, random, sigma);
            long dd = encoder.draws() - d0;
            target.latest().update(sigma, dd == 0 ? 0 : (double) (encoder.rejections() - r0) / dd);
        }

        /** σ, then the latest rejection rate. */
        @Override
        public double[] saveState() {
            double[] v = sigma.values();
            double[] s = new double[v.length + 1];
            System.arraycopy(v, 0, s, 0, v.length);
            s[v.length] = target.latest().rejectionRate();
            return s;
        }

        @Override
        public void restoreState(double[] state) {
            double[] v = sigma.values();
            if (state.length != v.length + 1) {
                throw new IllegalArgumentException("gibbs state has " + state.length + " values, expected " + (v.length + 1));
            }
            System.arraycopy(state, 0, v, 0, v.length);
            target.latest().update(sigma, state[v.length]);
        }
    }
}
