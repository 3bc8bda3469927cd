package wick.sampler.hmc.internal;

/**
 * The step size and number of steps of the leapfrog, tuned during thermalisation (when enabled).
 *
 * <p>Without tuning the parameters' {@code steps₀} and {@code ε₀} are used unchanged. With tuning,
 * after each trajectory with acceptance probability {@code α = min(1, e^{−ΔH})} (0 when ΔH is not a
 * number) a Robbins–Monro step moves {@code ln ε ← ln ε + (α − α*) / (t + 10)^0.6} towards the
 * target acceptance {@code α*}, with ε kept in {@code [L/(1000·steps₀), L]}, and the number of
 * steps becomes {@code n = ⌈L/ε⌉} for the trajectory length {@code L = steps₀·ε₀}. The step size is
 * continuous (a rounded {@code ε = L/n} would jump between two acceptances and could freeze at the
 * bad one); the trajectory length {@code n·ε} stays in {@code [L, L + ε)}. {@link #freeze()} ends
 * the tuning: from then on ε and n are constant, so the chain is a time-homogeneous Markov chain
 * whose moves are all exact.
 *
 * <p>The whole state is in {@link #save(double[], int)} (for bit-identical resumption).
 */
final class StepSizeAdapter {
    /** Number of doubles {@link #save} writes. */
    static final int STATE_LENGTH = 5;
    private static final double GAIN_OFFSET = 10;
    private static final double GAIN_EXPONENT = 0.6;
    private static final int MAX_REFINEMENT = 1000;

    private final boolean enabled;
    private final double length;
    private final double target;
    private final int maxSteps;
    private double logEpsilon;
    private long updates;
    private boolean frozen;
    private int steps;
    private double epsilon;

    StepSizeAdapter(HmcSettings settings) {
        this.enabled = settings.adaptStepSize();
        this.length = settings.trajectoryLength();
        this.target = settings.targetAcceptance();
        this.maxSteps = (int) Math.min(Integer.MAX_VALUE / 2, (long) MAX_REFINEMENT * settings.steps());
        this.steps = settings.steps();
        this.epsilon = settings.stepSize();
        this.logEpsilon = Math.log(epsilon);
    }

    int steps() {
        return steps;
    }

    double stepSize() {
        return epsilon;
    }

    boolean frozen() {
        return frozen || !enabled;
    }

    /** Records one trajectory's acceptance probability α and retunes (unless frozen or disabled). */
    void update(double alpha) {
        if (frozen()) {
            return;
        }
        double a = Double.isNaN(alpha) ? 0 : alpha;
        updates++;
        logEpsilon += (a - target) / Math.pow(updates + GAIN_OFFSET, GAIN_EXPONENT);
        logEpsilon = Math.max(Math.min(logEpsilon, Math.log(length)), Math.log(length / maxSteps));
        epsilon = Math.exp(logEpsilon);
        steps = (int) Math.max(1, Math.min(maxSteps, Math.ceil(length / epsilon)));
    }

    /** Ends the tuning (idempotent). */
    void freeze() {
        frozen = true;
    }

    /** Writes {@link #STATE_LENGTH} doubles at {@code offset}: ln ε, updates, frozen, steps, ε. */
    void save(double[] state, int offset) {
        state[offset] = logEpsilon;
        state[offset + 1] = updates;
        state[offset + 2] = frozen ? 1 : 0;
        state[offset + 3] = steps;
        state[offset + 4] = epsilon;
    }

    /** Reads what {@link #save} wrote; {@code what} names the sampler in messages. */
    void restore(double[] state, int offset, String what) {
        double s = state[offset + 3];
        double e = state[offset + 4];
        double f = state[offset + 2];
        if (!(s >= 1 && s <= Integer.MAX_VALUE && s == Math.rint(s)) || !(e > 0) || Double.isInfinite(e)
                || f != 0 && f != 1 || !(state[offset + 1] >= 0) || !Double.isFinite(state[offset])) {
            throw new IllegalArgumentException(what + " state is not a saved step-size state: steps " + s + ", step size "
                    + e + ", frozen flag " + f);
        }
        logEpsilon = state[offset];
        updates = (long) state[offset + 1];
        frozen = f == 1;
        steps = (int) s;
        epsilon = e;
    }
}
