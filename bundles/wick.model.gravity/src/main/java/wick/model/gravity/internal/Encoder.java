package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;
import wick.model.gravity.StressTensor;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.random.RandomStream;

/**
 * The exact encoder {@code σ | φ} (PHYSICS section 4): per block B and component μ ≤ ν,
 * {@code σ_{B,μν} ~ N(κ² T̄_{B,μν}, κ²/(v M w_{μν}))} ({@code w = 1} on the diagonal, 2 off it),
 * independent across blocks and components, truncated to Ω_B.
 *
 * <p>Every block first gets one untruncated draw; it is kept when it lies in Ω_B (exact rejection
 * from the untruncated normal). The <em>rejection rate</em> is the fraction of blocks whose first draw
 * fell outside Ω_B: an unbiased estimate of how much Ω binds. A rejected block is then drawn by a
 * sampler that is exact on its own (so the mixture is exact):
 * <ul>
 * <li>D = 1: σ_00 from its normal truncated to (−1, 1) (Ω: {@code 1 ± σ > 0});</li>
 * <li>D = 2: Ω_B is a product in the coordinates {@code u = σ00 + σ11 ~ N(κ²(T̄00 + T̄11), 2κ²/(vM))}
 * and {@code w = (σ00 − σ11, 2σ01)}, isotropic normal (variance 2κ²/(vM) per axis) and independent
 * of u: {@code c} has eigenvalues {@code 1 ± |w|}, so Ω_B is {@code u > −1} and {@code |w| < 1}.
 * The first draw is made in (u, w); a factor that fell inside its set is kept (it is a draw of that
 * factor's truncated law, independent of the other), the other is drawn from its truncated law
 * ({@link TruncatedNormal}: neither stalls);</li>
 * <li>D ≥ 3: redraw the whole block until it lies in Ω_B, at most {@code maxTries} times, else a
 * {@link ParameterException} naming κ², M and the block.</li>
 * </ul>
 * The same error (instead of a hang) when a mean lies so far beyond a face of Ω that the truncated
 * draw is below floating-point resolution next to it (a blown-up φ, e.g. a single block near the
 * face {@code 1 + tr σ = 0}, where PHYSICS 4 says ⟨φ²⟩ diverges).
 * Holds work arrays: not thread-safe.
 */
public final class Encoder {
    /** Default try limit for D ≥ 3. */
    public static final int DEFAULT_MAX_TRIES = 100_000;

    private final Blocks blocks;
    private final double kappa2;
    private final int maxTries;
    private final StressTensor stress;
    private final int d;
    private final int p;
    private final double[] t;
    private final double[] means;
    private final double[] sd;
    private final double[] pair = new double[2];
    private long draws;
    private long rejections;

    /**
     * @throws ParameterException naming {@code kappa2} unless finite and > 0
     */
    public Encoder(Blocks blocks, double m2, double kappa2, StressOption option, int maxTries) {
        if (!(kappa2 > 0) || Double.isInfinite(kappa2)) {
            throw new ParameterException("kappa2", String.valueOf(kappa2), "a finite number > 0");
        }
        Lattice lattice = blocks.lattice();
        this.blocks = blocks;
        this.kappa2 = kappa2;
        this.maxTries = maxTries;
        this.stress = new StressTensor(lattice, m2, option);
        this.d = lattice.dimension();
        this.p = LatentField.components(d);
        this.t = new double[lattice.volume() * p];
        this.means = new double[blocks.count() * p];
        this.sd = new double[p];
        double base = kappa2 / (lattice.cellVolume() * blocks.size());
        for (int mu = 0; mu < d; mu++) {
            for (int nu = mu; nu < d; nu++) {
                sd[LatentField.component(d, mu, nu)] = Math.sqrt(base / (mu == nu ? 1 : 2));
            }
        }
    }

    /** The conditional standard deviation of component {@code q} (storage order). */
    public double standardDeviation(int q) {
        return sd[q];
    }

    /** κ². */
    public double kappa2() {
        return kappa2;
    }

    /** Draws σ | φ into {@code sigma} (every block overwritten). */
    public void sample(double[] phi, RandomStream random, LatentField sigma) {
        stress.compute(phi, t);
        StressTensor.blockMeans(blocks, t, means);
        for (int i = 0; i < means.length; i++) {
            means[i] *= kappa2;
        }
        sampleAround(means, random, sigma);
    }

    /**
     * Draws every block of σ from the truncated normal with the given means (κ² T̄, storage order
     * {@code b·P + q}) and this encoder's variances.
     */
    public void sampleAround(double[] mean, RandomStream random, LatentField sigma) {
        if (d == 2) {
            sampleAround2(mean, random, sigma);
            return;
        }
        double[] values = sigma.values();
        for (int b = 0; b < blocks.count(); b++) {
            int o = b * p;
            draws++;
            for (int q = 0; q < p; q++) {
                values[o + q] = mean[o + q] + sd[q] * random.nextGaussian();
            }
            if (sigma.inOmega(b)) {
                continue;
            }
            rejections++;
            if (d == 1) {
                try {
                    values[o] = TruncatedNormal.normal(random, mean[o], sd[0], -1, 1);
                } catch (IllegalStateException | IllegalArgumentException e) {
                    throw unsampleable(b, e.getMessage());
                }
            } else {
                redraw(b, mean, random, sigma);
            }
        }
    }

    /** D = 2 (see the class comment): first draw and truncated redraws in (u, w). */
    private void sampleAround2(double[] mean, RandomStream random, LatentField sigma) {
        double[] values = sigma.values();
        double s = sd[0] * Math.sqrt(2); // u and each axis of w have variance 2κ²/(vM)
        for (int b = 0; b < blocks.count(); b++) {
            int o = b * 3;
            double mu = mean[o] + mean[o + 2];
            double mw0 = mean[o] - mean[o + 2];
            double mw1 = 2 * mean[o + 1];
            double u = mu + s * random.nextGaussian();
            double w0 = mw0 + s * random.nextGaussian();
            double w1 = mw1 + s * random.nextGaussian();
            draws++;
            boolean uInside = u > -1;
            boolean wInside = w0 * w0 + w1 * w1 < 1;
            set2(values, o, u, w0, w1);
            if (uInside && wInside && LatentField.inOmega(values, 2, b)) {
                continue;
            }
            rejections++;
            if (uInside && wInside) { // rounding at the boundary: redraw both
                uInside = false;
                wInside = false;
            }
            try {
                int tries = 0;
                do { // more than one pass only when rounding at the boundary rejects a draw inside
                    if (++tries > TruncatedNormal.MAX_TRIES) {
                        throw new IllegalStateException("the draw kept rounding onto the boundary of Omega");
                    }
                    if (!uInside) {
                        u = TruncatedNormal.normal(random, mu, s, -1, Double.POSITIVE_INFINITY);
                    }
                    if (!wInside) {
                        TruncatedNormal.disk(random, mw0, mw1, s, pair);
                        w0 = pair[0];
                        w1 = pair[1];
                    }
                    set2(values, o, u, w0, w1);
                    uInside = false;
                    wInside = false;
                } while (!LatentField.inOmega(values, 2, b));
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw unsampleable(b, e.getMessage());
            }
        }
    }

    private static void set2(double[] values, int o, double u, double w0, double w1) {
        values[o] = 0.5 * (u + w0);
        values[o + 1] = 0.5 * w1;
        values[o + 2] = 0.5 * (u - w0);
    }

    private void redraw(int b, double[] mean, RandomStream random, LatentField sigma) {
        double[] values = sigma.values();
        int o = b * p;
        for (int k = 1; k < maxTries; k++) {
            for (int q = 0; q < p; q++) {
                values[o + q] = mean[o + q] + sd[q] * random.nextGaussian();
            }
            if (sigma.inOmega(b)) {
                return;
            }
        }
        throw unsampleable(b, "it stayed outside Omega after " + maxTries
                + " draws (D >= 3 has no exact truncated sampler)");
    }

    private ParameterException unsampleable(int b, String why) {
        return new ParameterException("kappa2", String.valueOf(kappa2),
                "a value for which the encoder can sample: block " + b + " (M = " + blocks.size() + ") at kappa2 = "
                        + kappa2 + ": " + why + "; lower kappa2 or enlarge the blocks");
    }

    /** Fraction of block draws whose untruncated first proposal fell outside Ω_B, since the last reset (0 when none). */
    public double rejectionRate() {
        return draws == 0 ? 0 : (double) rejections / draws;
    }

    /** Block draws since the last reset. */
    public long draws() {
        return draws;
    }

    /** Blocks rejected at the first proposal since the last reset. */
    public long rejections() {
        return rejections;
    }

    public void resetStatistics() {
        draws = 0;
        rejections = 0;
    }
}
