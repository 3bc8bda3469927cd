package wick.sampler.cluster.internal;

import wick.api.model.LocalActionTarget;
import wick.api.random.RandomStream;

/**
 * Single-site Metropolis (PHYSICS 2.2): a sweep visits the sites in index order and proposes
 * {@code φ_n → φ_n + δ u}, {@code u} uniform in {@code [−1, 1)}, accepted with probability
 * {@code min(1, e^{−ΔS})}, {@code ΔS} from {@link LocalActionTarget#localActionChange}. Each proposal
 * is symmetric, so each update leaves {@code e^{−S}} invariant; it changes {@code |φ_n|}, which the
 * cluster flips cannot.
 *
 * <p><b>Tuning.</b> Until {@link #freeze()} (the end of thermalisation) the step is multiplied
 * after every sweep by {@code exp(a − a*)}, {@code a} that sweep's acceptance and {@code a*} the
 * target, and kept in {@code [MIN_STEP, MAX_STEP]}. An adapting step breaks detailed balance, which
 * is why it is frozen before measurements. Random numbers per proposal: one {@code nextDouble()}
 * for {@code u}, and one more only when {@code ΔS > 0}.
 */
final class Metropolis {
    /** Smallest step the tuning goes to. */
    static final double MIN_STEP = 1e-6;
    /** Largest step the tuning goes to. */
    static final double MAX_STEP = 1e6;

    private final LocalActionTarget target;
    private final double targetAcceptance;
    private double step;
    private boolean frozen;
    private long proposed;
    private long accepted;

    Metropolis(LocalActionTarget target, double step, double targetAcceptance) {
        this.target = target;
        this.step = step;
        this.targetAcceptance = targetAcceptance;
    }

    /** One sweep over all sites; {@code field} is updated in place. */
    void sweep(double[] field, RandomStream random) {
        int acceptedNow = 0;
        for (int n = 0; n < field.length; n++) {
            double x = field[n] + step * (2 * random.nextDouble() - 1);
            double ds = target.localActionChange(field, n, x);
            if (ds <= 0 || random.nextDouble() < Math.exp(-ds)) {
                field[n] = x;
                acceptedNow++;
            }
        }
        proposed += field.length;
        accepted += acceptedNow;
        if (!frozen) {
            double a = (double) acceptedNow / field.length;
            step = Math.min(MAX_STEP, Math.max(MIN_STEP, step * Math.exp(a - targetAcceptance)));
        }
    }

    /** Stops the tuning: from now on the step is fixed and the chain is exact. */
    void freeze() {
        frozen = true;
    }

    double step() {
        return step;
    }

    boolean frozen() {
        return frozen;
    }

    long proposed() {
        return proposed;
    }

    long accepted() {
        return accepted;
    }

    /** Acceptance since the last reset (1 before the first proposal). */
    double acceptance() {
        return proposed == 0 ? 1.0 : (double) accepted / proposed;
    }

    void resetStatistics() {
        proposed = 0;
        accepted = 0;
    }

    /** Restores what {@link #step()}, {@link #frozen()}, {@link #proposed()}, {@link #accepted()} returned. */
    void restore(double step, boolean frozen, long proposed, long accepted) {
        this.step = step;
        this.frozen = frozen;
        this.proposed = proposed;
        this.accepted = accepted;
    }
}
