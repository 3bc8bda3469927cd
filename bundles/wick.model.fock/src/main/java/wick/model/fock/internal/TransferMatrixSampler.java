package wick.model.fock.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import wick.api.lattice.Lattice;
import wick.api.model.GaussianSymbolTarget;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.lattice.ComplexFft;

/**
 * The free field's transfer-matrix sampler (PHYSICS 3, Euclidean bridge; sampler id
 * {@code transfer-matrix}): evolving the Fock ground state in imaginary time is, per spatial momentum,
 * the AR(1) process {@code φ̂_p(t+1) = ρ_p φ̂_p(t) + noise}, {@code ρ_p = e^{−Ê_p}}. On the periodic time
 * direction of a Model 2 lattice the loop is closed exactly by the periodic Gaussian bridge
 * ({@link PeriodicBridge}), so every sweep is an independent exact draw from {@code N(0, K_E⁻¹)}.
 *
 * <p>Complex circular noise per spatial momentum (real and imaginary parts two independent bridges with
 * covariance {@code N_s G_p(Δ)}), then an inverse spatial FFT per time slice: the real and imaginary
 * parts of {@code ψ(t,x) = (1/N_s) Σ_p e^{ipx} z_t(p)} are two independent exact samples (no Hermitian
 * pairing needed); the second is kept for the next sweep (and saved in checkpoints). Binds to any
 * {@link GaussianSymbolTarget} whose symbol is nearest-neighbour in time ({@link TimeChain}).
 */
@Component(service = Sampler.class, property = Sampler.ID + "=" + TransferMatrixSampler.ID)
public final class TransferMatrixSampler implements Sampler {
    static final String ID = "transfer-matrix";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Transfer matrix in time: per spatial momentum the AR(1) chain rho = exp(-E_p), closed exactly into a periodic bridge; independent exact draws";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(GaussianSymbolTarget.class);
    }

    @Override
    public boolean accepts(Target target) {
        return target instanceof GaussianSymbolTarget g && TimeChain.of(g.lattice(), g.precisionSymbol()) != null;
    }

    @Override
    public Move bind(Target target, Parameters parameters) {
        if (!(target instanceof GaussianSymbolTarget g)) {
            throw new IllegalArgumentException("transfer-matrix needs a Gaussian target with a translation-invariant precision; "
                    + target.describe() + " is not one");
        }
        TimeChain chain = TimeChain.of(g.lattice(), g.precisionSymbol());
        if (chain == null) {
            throw new IllegalArgumentException("transfer-matrix needs a precision that is nearest-neighbour in time (direction 0); "
                    + target.describe() + " is not");
        }
        return new TransferMove(g.lattice(), chain);
    }

    /** The move: draws a pair of samples, returns the first, keeps the second for the next sweep. */
    static final class TransferMove implements Move {
        private final TimeChain chain;
        private final int nt;
        private final int ns;
        private final ComplexFft fft;
        private final double[] noise;
        private final double[] zr;
        private final double[] zi;
        private final double[] slice;
        private final double[] second;
        private boolean haveSecond;

        TransferMove(Lattice lattice, TimeChain chain) {
            this.chain = chain;
            this.nt = chain.timeExtent();
            this.ns = chain.spatialVolume();
            this.fft = lattice.dimension() > 1 && ns > 1 ? new ComplexFft(spatial(lattice)) : null;
            this.noise = new double[nt];
            this.zr = new double[nt * ns];
            this.zi = new double[nt * ns];
            this.slice = new double[2 * ns];
            this.second = new double[nt * ns];
        }

        private static Lattice spatial(Lattice l) {
            int d = l.dimension() - 1;
            int[] e = new int[d];
            double[] a = new double[d];
            for (int mu = 0; mu < d; mu++) {
                e[mu] = l.extent(mu + 1);
                a[mu] = l.spacing(mu + 1);
            }
            return new Lattice(e, a);
        }

        @Override
        public void sweep(double[] field, RandomStream random) {
            if (haveSecond) {
                System.arraycopy(second, 0, field, 0, field.length);
                haveSecond = false;
                return;
            }
            draw(random, field, second);
            haveSecond = true;
        }

        /** Two independent exact samples into {@code a} and {@code b} (length V, field layout). */
        void draw(RandomStream random, double[] a, double[] b) {
            for (int p = 0; p < ns; p++) {
                PeriodicBridge bridge = chain.bridge(p);
                for (int t = 0; t < nt; t++) {
                    noise[t] = random.nextGaussian();
                }
                bridge.sample(noise, zr, p, ns);
                for (int t = 0; t < nt; t++) {
                    noise[t] = random.nextGaussian();
                }
                bridge.sample(noise, zi, p, ns);
            }
            for (int t = 0; t < nt; t++) {
                int o = t * ns;
                if (fft == null) {
                    for (int p = 0; p < ns; p++) {
                        a[o + p] = zr[o + p];
                        b[o + p] = zi[o + p];
                    }
                    continue;
                }
                for (int p = 0; p < ns; p++) {
                    slice[2 * p] = zr[o + p];
                    slice[2 * p + 1] = zi[o + p];
                }
                fft.inverse(slice);
                for (int x = 0; x < ns; x++) {
                    a[o + x] = slice[2 * x];
                    b[o + x] = slice[2 * x + 1];
                }
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
                throw new IllegalArgumentException("transfer-matrix state must start with the flag 0 or 1");
            }
            if (state[0] == 1) {
                if (state.length != 1 + second.length) {
                    throw new IllegalArgumentException("transfer-matrix state has " + (state.length - 1) + " sites, the lattice "
                            + second.length);
                }
                System.arraycopy(state, 1, second, 0, second.length);
            }
            haveSecond = state[0] == 1;
        }
    }
}
