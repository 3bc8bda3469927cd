package wick.sampler.gaussian.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import wick.api.model.GaussianSymbolTarget;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.lattice.FftGaussianSampler;

/**
 * The exact FFT sampler (PHYSICS 2.1): every sweep replaces the field by an independent draw from
 * {@code N(0, K⁻¹)}. One complex inverse FFT gives two draws; the second is kept for the next sweep
 * (and saved in checkpoints), so each transform serves two sweeps.
 */
@Component(service = Sampler.class, property = Sampler.ID + "=" + ExactFftSampler.ID)
public final class ExactFftSampler implements Sampler {
    static final String ID = "exact-fft";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Exact Gaussian sampler by FFT: independent draws from N(0, K^-1), two per complex transform";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(GaussianSymbolTarget.class);
    }

    @Override
    public Move bind(Target target, Parameters parameters) {
        if (!accepts(target)) {
            throw new IllegalArgumentException("exact-fft needs a Gaussian target with a translation-invariant precision; "
                    + target.describe() + " is not one");
        }
        GaussianSymbolTarget g = (GaussianSymbolTarget) target;
        return new FftMove(new FftGaussianSampler(g.lattice(), g.precisionSymbol()), g.lattice().volume());
    }

    /** The move: alternates between drawing a pair and using the kept second draw. */
    static final class FftMove implements Move {
        private final FftGaussianSampler sampler;
        private final double[] first;
        private final double[] second;
        private boolean haveSecond;

        FftMove(FftGaussianSampler sampler, int volume) {
            this.sampler = sampler;
            this.first = new double[volume];
            this.second = new double[volume];
        }

        @Override
        public void sweep(double[] field, RandomStream random) {
            if (haveSecond) {
                System.arraycopy(second, 0, field, 0, field.length);
                haveSecond = false;
            } else {
                sampler.sample(random, first, second);
                System.arraycopy(first, 0, field, 0, field.length);
                haveSecond = true;
            }
        }

        /** {@code [1, second...]} when a draw is kept, else {@code [0]}. */
        @Override
        public double[] saveState() {
            if (!haveSecond) {
                return new double[] {0};
            }
            double[] s = new double[1 + second.length];
            s[0] = 1;
            System.arraycopy(second, 0, s, 1, second.length);
            return s;
        }

        @Override
        public void restoreState(double[] state) {
            if (state.length == 0 || state[0] != 0 && state[0] != 1) {
                throw new IllegalArgumentException("exact-fft state must start with the flag 0 or 1, got "
                        + (state.length == 0 ? "nothing" : state[0]));
            }
            boolean kept = state[0] == 1;
            if (kept) {
                if (state.length != 1 + second.length) {
                    throw new IllegalArgumentException("exact-fft state has " + (state.length - 1) + " sites, the lattice "
                            + second.length);
                }
                System.arraycopy(state, 1, second, 0, second.length);
            }
            haveSecond = kept;
        }
    }
}
