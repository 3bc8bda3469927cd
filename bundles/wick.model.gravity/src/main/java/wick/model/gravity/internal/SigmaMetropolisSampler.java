package wick.model.gravity.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/**
 * The direct sampler of the σ marginal {@code p(σ) ∝ e^{−S_eff[σ]} 1[Ω]} (PHYSICS section 4), the
 * alternative to {@link GibbsSampler} on the same target. One sweep: for each block B in turn a
 * random-walk Metropolis proposal {@code σ'_{B,q} = σ_{B,q} + δ s_q ξ_q} ({@code s_q = √(κ²/(vMw_q))}
 * the encoder's conditional width, ξ standard normal), rejected outright outside Ω_B, else accepted
 * with {@code min(1, e^{−(S_eff[σ'] − S_eff[σ])})}, with {@code ln det K} by Cholesky
 * ({@link LogDeterminant}: small V); then φ is drawn afresh from the decoder {@code φ | σ} (the
 * target's solver), so the chain state (φ, σ) is a draw of the joint and every observable stays
 * exact. During thermalisation the step δ adapts towards acceptance 0.5 and is frozen after.
 * σ is shared through {@link GravityTarget#latest()} like the Gibbs sampler's; the reported rejection
 * rate is the fraction of proposals that fell outside Ω.
 */
@Component(service = Sampler.class, property = Sampler.ID + "=" + SigmaMetropolisSampler.ID)
public final class SigmaMetropolisSampler implements Sampler {
    static final String ID = "sigma-metropolis";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Direct sampler of latent gravity: Metropolis on S_eff[sigma] (log det K by Cholesky, small V), then phi | sigma exactly";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(GravityTarget.class);
    }

    @Override
    public Move bind(Target target, Parameters parameters) {
        if (!accepts(target)) {
            throw new IllegalArgumentException("sigma-metropolis needs the latent gravity target; " + target.describe() + " is not one");
        }
        return new MetropolisMove((GravityTarget) target);
    }

    /** The move; checkpoint state: σ, the latest rejection rate, δ, and whether δ is frozen. */
    static final class MetropolisMove implements Move {
        private static final double TARGET_ACCEPTANCE = 0.5;
        private final GravityTarget target;
        private final LatentModel model;
        private final EffectiveAction action;
        private final double[] sigma;
        private final double[] proposal;
        private final double[] width;
        private double step = 1.0;
        private boolean frozen;
        private long proposals;
        private long accepted;
        /** The last sweep's decoder (a cg decoder is rebound to each new K[σ]). */
        private Decoder decoder;

        MetropolisMove(GravityTarget target) {
            this.target = target;
            this.model = target.model();
            this.action = new EffectiveAction(model);
            this.sigma = target.latest().values().clone();
            this.proposal = sigma.clone();
            int p = model.components();
            this.width = new double[p];
            double vm = model.lattice().cellVolume() * model.blocks().size();
            for (int q = 0; q < p; q++) {
                width[q] = Math.sqrt(model.kappa2() / (vm * model.weight(q)));
            }
        }

        @Override
        public void sweep(double[] field, RandomStream random) {
            System.arraycopy(target.latest().values(), 0, sigma, 0, sigma.length);
            int p = model.components();
            double current = action.value(sigma);
            int outside = 0;
            int nb = model.blocks().count();
            int acceptedHere = 0;
            for (int b = 0; b < nb; b++) {
                System.arraycopy(sigma, 0, proposal, 0, sigma.length);
                for (int q = 0; q < p; q++) {
                    proposal[b * p + q] += step * width[q] * random.nextGaussian();
                }
                double u = random.nextDouble();
                proposals++;
                if (!model.inOmega(proposal, b)) {
                    outside++;
                    continue;
                }
                double next = action.value(proposal);
                if (u < Math.exp(current - next)) {
                    System.arraycopy(proposal, b * p, sigma, b * p, p);
                    current = next;
                    accepted++;
                    acceptedHere++;
                }
            }
            if (!frozen) {
                step *= Math.exp(0.1 * ((double) acceptedHere / nb - TARGET_ACCEPTANCE));
            }
            decoder = Decoders.reuse(target.solver(), model.precision(sigma), decoder);
            decoder.sample(random, field);
            target.latest().update(sigma, (double) outside / nb);
        }

        @Override
        public double acceptance() {
            return proposals == 0 ? 1 : (double) accepted / proposals;
        }

        @Override
        public void resetStatistics() {
            proposals = 0;
            accepted = 0;
        }

        @Override
        public void endThermalization() {
            frozen = true;
        }

        /** The current step δ (in units of the encoder widths). */
        double step() {
            return step;
        }

        @Override
        public double[] saveState() {
            double[] v = target.latest().values();
            double[] s = new double[v.length + 3];
            System.arraycopy(v, 0, s, 0, v.length);
            s[v.length] = target.latest().rejectionRate();
            s[v.length + 1] = step;
            s[v.length + 2] = frozen ? 1 : 0;
            return s;
        }

        @Override
        public void restoreState(double[] state) {
            if (state.length != sigma.length + 3) {
                throw new IllegalArgumentException("sigma-metropolis state has " + state.length + " values, expected " + (sigma.length + 3));
            }
            System.arraycopy(state, 0, sigma, 0, sigma.length);
            target.latest().update(sigma, state[sigma.length]);
            step = state[sigma.length + 1];
            frozen = state[sigma.length + 2] != 0;
        }
    }
}
