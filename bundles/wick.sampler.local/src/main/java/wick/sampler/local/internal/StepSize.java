package wick.sampler.local.internal;

/**
 * The Metropolis proposal half-width δ, tuned during thermalisation by a damped multiplicative
 * (Robbins–Monro) rule on {@code ln δ}, then frozen:
 * <pre>
 *   δ ← δ · exp(γ_k (a_k − a*)),   γ_k = 1 before the sweep acceptance a_k first crosses the target a*,
 *                                   γ_k = 1 / k^0.6 for the k-th sweep after it (k = 1, 2, ...).
 * </pre>
 * The undamped phase reaches the right scale fast from a poor start ({@code ln δ} moves by
 * {@code |a_k − a*|} per sweep, close to {@code a*} or {@code 1 − a*} far from the optimum); the
 * damped phase averages the sweep-to-sweep noise of {@code a_k} away ({@code Σγ_k = ∞},
 * {@code Σγ_k² < ∞}). δ is kept in {@code [1e-12, 1e12]}. Tuning makes the chain inhomogeneous,
 * which is harmless during thermalisation; once frozen the move is an ordinary Metropolis kernel.
 */
final class StepSize {
    /** Entries of {@link #save(double[], int)}. */
    static final int STATE_LENGTH = 4;
    private static final double MIN = 1e-12;
    private static final double MAX = 1e12;
    private static final double DAMPING_EXPONENT = 0.6;

    private final double target;
    private double delta;
    private boolean frozen;
    /** The sign of the last nonzero {@code a_k − a*} (0 before the first). */
    private double lastSign;
    /** Sweeps since the first crossing (0 before it). */
    private long damped;

    StepSize(double start, double target) {
        this.delta = start;
        this.target = target;
    }

    double delta() {
        return delta;
    }

    boolean frozen() {
        return frozen;
    }

    void freeze() {
        frozen = true;
    }

    /** One tuning step after a sweep with acceptance {@code a} (nothing once frozen). */
    void adapt(double a) {
        if (frozen) {
            return;
        }
        double error = a - target;
        double sign = Math.signum(error);
        if (damped == 0 && lastSign != 0 && sign == -lastSign) {
            damped = 1;
        } else if (damped > 0) {
            damped++;
        }
        if (sign != 0) {
            lastSign = sign;
        }
        double gain = damped == 0 ? 1.0 : Math.pow(damped, -DAMPING_EXPONENT);
        delta = Math.min(MAX, Math.max(MIN, delta * Math.exp(gain * error)));
    }

    /** Writes δ, the frozen flag, the last sign and the damping counter at {@code state[from..]}. */
    void save(double[] state, int from) {
        state[from] = delta;
        state[from + 1] = frozen ? 1 : 0;
        state[from + 2] = lastSign;
        state[from + 3] = damped;
    }

    /** Reads what {@link #save(double[], int)} wrote; the caller has checked the length. */
    void restore(double[] state, int from) {
        double d = state[from];
        if (!(d >= MIN && d <= MAX)) {
            throw new IllegalArgumentException("step state δ = " + d + " is outside [" + MIN + ", " + MAX + "]");
        }
        delta = d;
        frozen = state[from + 1] != 0;
        lastSign = Math.signum(state[from + 2]);
        damped = (long) state[from + 3];
    }
}
