package wick.model.gravity.internal;

import wick.api.random.RandomStream;

/**
 * Exact samplers of the standard normal truncated to an interval {@code (a, b)}, and of an isotropic
 * 2-D normal truncated to the unit disk, that do not stall however far the mean lies outside (used
 * by the {@link Encoder}, PHYSICS section 4).
 *
 * <p>1-D, standard normal on {@code (a, b)} ({@code b} may be +∞), every branch an exact rejection
 * sampler with acceptance bounded below:
 * <ul>
 * <li>{@code b ≤ 0}: mirror to {@code (−b, −a)};</li>
 * <li>{@code a ≥ 0}, short interval ({@code b² − a² < 2}): uniform proposal, accept
 * {@code e^{(a² − z²)/2}} (≥ e^{−1});</li>
 * <li>{@code a ≥ 0}, otherwise: Robert's (1995) exponential proposal with rate
 * {@code α = (a + √(a² + 4))/2}, truncated to {@code (a, b)} by inverse CDF, accept
 * {@code e^{−(z − α)²/2}} (the tail sampler: works for any {@code a}, where an inverse CDF underflows);</li>
 * <li>{@code a < 0 < b}: uniform proposal when {@code b − a < 2} (accept {@code e^{−z²/2}} ≥ e^{−2}),
 * else plain normal proposals (acceptance ≥ 0.47).</li>
 * </ul>
 */
final class TruncatedNormal {
    /** Give-up limit of the loops that only rounding can keep going (never reached for sane inputs). */
    static final int MAX_TRIES = 10_000;
    /** Give-up limit of the disk sampler's proposals (its acceptance is bounded below; see {@link #disk}). */
    static final int MAX_DISK_PROPOSALS = 10_000_000;

    private TruncatedNormal() {
    }

    /** Uniform in the open interval (0, 1). */
    private static double open(RandomStream random) {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0.0);
        return u;
    }

    /**
     * A standard normal truncated to {@code (a, b)}.
     *
     * @param b may be {@link Double#POSITIVE_INFINITY}
     */
    static double standard(RandomStream random, double a, double b) {
        check(a, b);
        if (b <= 0) {
            return -(-b + above(random, -b, -a));
        }
        if (a >= 0) {
            return a + above(random, a, b);
        }
        while (true) {
            double z;
            double accept;
            if (b - a < 2) {
                z = a + (b - a) * open(random);
                accept = Math.exp(-0.5 * z * z);
            } else {
                z = random.nextGaussian();
                accept = 1;
            }
            if (z > a && z < b && random.nextDouble() < accept) {
                return z;
            }
        }
    }

    private static void check(double a, double b) {
        if (!(a < b) || Double.isNaN(a) || Double.isNaN(b)) {
            throw new IllegalArgumentException("empty or undefined truncation interval (" + a + ", " + b + ")");
        }
    }

    /**
     * For {@code 0 ≤ a < b}: the offset {@code e = z − a ∈ (0, b − a)} of a standard normal z truncated
     * to (a, b), computed as an offset so that it keeps full precision however large a is.
     */
    private static double above(RandomStream random, double a, double b) {
        double span = b - a;
        // short interval: b² − a² = span (2a + span) < 2
        boolean uniform = span * (2 * a + span) < 2;
        double beta = 2 / (a + Math.hypot(a, 2)); // α − a, α = (a + √(a² + 4))/2 (Robert 1995)
        double alpha = a + beta;
        while (true) {
            double e;
            double accept;
            if (uniform) {
                e = span * open(random);
                accept = Math.exp(-0.5 * e * (2 * a + e));
            } else {
                double u = open(random);
                // inverse CDF of the exponential with rate α truncated to (0, span)
                e = Double.isInfinite(span) ? -Math.log(u) / alpha : -Math.log1p(-u * -Math.expm1(-alpha * span)) / alpha;
                accept = Math.exp(-0.5 * (e - beta) * (e - beta));
            }
            if (e > 0 && e < span && random.nextDouble() < accept) {
                return e;
            }
        }
    }

    /**
     * {@code N(mean, s²)} truncated to {@code (lo, hi)} ({@code hi} may be +∞), strictly inside;
     * accurate next to a bound however far the mean lies beyond it.
     */
    static double normal(RandomStream random, double mean, double s, double lo, double hi) {
        double a = (lo - mean) / s;
        double b = (hi - mean) / s;
        check(a, b);
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            double x;
            if (a >= 0) {
                x = lo + s * above(random, a, b);
            } else if (b <= 0) {
                x = hi - s * above(random, -b, -a);
            } else {
                x = mean + s * standard(random, a, b);
            }
            if (x > lo && x < hi) {
                return x;
            }
        }
        throw new IllegalStateException("N(" + mean + ", " + s + "^2) truncated to (" + lo + ", " + hi
                + ") lies below floating-point resolution next to the bound");
    }

    /**
     * The isotropic 2-D normal {@code N((m0, m1), s² I)} truncated to the open unit disk, written to
     * {@code out[0], out[1]}. Two exact rejection samplers:
     * <ul>
     * <li>{@code s ≥ 1} and {@code r0 = |m| ≤ s²} (wide normal): uniform proposals on the disk,
     * accepted with the density ratio {@code e^{−(|w − m|² − d²)/(2s²)}}, {@code d} the distance from
     * m to the disk (acceptance ≥ e^{−2});</li>
     * <li>otherwise, in the frame {@code x ∥ m}, {@code y ⊥ m}: x from its normal truncated to
     * (−1, 1), accepted with the probability {@code 2Φ(h/s) − 1}, {@code h = √(1 − x²)}, that its
     * chord carries (the x-marginal), then y exactly from the normal truncated to (−h, h). When the
     * mean lies far outside ({@code r0 − 1 ≥ max(3, s)}) the x proposal is replaced by PHYSICS 4's
     * hint: the distance to the boundary {@code δ = 1 − x} from {@code Gamma(3/2, rate (r0 − 1)/s²)},
     * an envelope of the x-marginal (from {@code (δ + r0 − 1)² ≥ (r0 − 1)² + 2(r0 − 1)δ} and
     * {@code 2Φ(h/s) − 1 ≤ √(2/π) h/s ≤ (2/s)√(δ/π)}), accepted with the ratio
     * {@code e^{−δ²/2s²} (2Φ(h/s) − 1) / ((2/s)√(δ/π))}, which tends to 1 the farther out the mean
     * lies: no stall.</li>
     * </ul>
     */
    static void disk(RandomStream random, double m0, double m1, double s, double[] out) {
        double r0 = Math.hypot(m0, m1);
        if (s >= 1 && r0 <= s * s) {
            double d = Math.max(0, r0 - 1);
            while (true) {
                double x = 2 * random.nextDouble() - 1;
                double y = 2 * random.nextDouble() - 1;
                if (x * x + y * y >= 1) {
                    continue;
                }
                double dx = x - m0;
                double dy = y - m1;
                double accept = Math.exp(-((dx * dx + dy * dy) - d * d) / (2 * s * s));
                if (random.nextDouble() < accept) {
                    out[0] = x;
                    out[1] = y;
                    return;
                }
            }
        }
        double c = r0 > 0 ? m0 / r0 : 1;
        double sn = r0 > 0 ? m1 / r0 : 0;
        double outside = r0 - 1;
        boolean far = outside >= 3 && outside >= s;
        double lambda = outside / (s * s);
        for (int tries = 0; tries < MAX_DISK_PROPOSALS; tries++) {
            double x;
            double h;
            if (far) {
                // δ = 1 − x from the envelope Gamma(3/2, rate (r0 − 1)/s²) ≥ the x-marginal
                double delta = (-Math.log(open(random)) + 0.5 * square(random.nextGaussian())) / lambda;
                if (!(delta > 0 && delta < 2)) {
                    continue;
                }
                x = 1 - delta;
                h = Math.sqrt(delta * (2 - delta));
                double bound = (2 / s) * Math.sqrt(delta / Math.PI);
                double accept = Math.exp(-delta * delta / (2 * s * s)) * (2 * phi(h / s) - 1) / bound;
                if (!(h > 0) || random.nextDouble() >= accept) {
                    continue;
                }
            } else {
                x = normal(random, r0, s, -1, 1);
                h = Math.sqrt(Math.max(0, 1 - x * x));
                if (!(h > 0)) {
                    continue;
                }
                double chord = 2 * phi(h / s) - 1;
                if (random.nextDouble() >= chord) {
                    continue;
                }
            }
            double y = normal(random, 0, s, -h, h);
            double w0 = c * x - sn * y;
            double w1 = sn * x + c * y;
            if (w0 * w0 + w1 * w1 < 1) {
                out[0] = w0;
                out[1] = w1;
                return;
            }
        }
        throw new IllegalStateException("isotropic normal with mean (" + m0 + ", " + m1 + ") and width " + s
                + " truncated to the unit disk lies below floating-point resolution next to the boundary");
    }

    private static double square(double x) {
        return x * x;
    }

    /** The standard normal CDF (erfc-based, full relative accuracy in the lower tail). */
    static double phi(double z) {
        return 0.5 * org.apache.commons.math3.special.Erf.erfc(-z / Math.sqrt(2));
    }
}
