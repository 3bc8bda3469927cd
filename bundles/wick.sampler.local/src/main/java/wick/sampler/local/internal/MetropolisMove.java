package wick.sampler.local.internal;

import wick.api.model.LocalActionTarget;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;

/**
 * One sweep of single-site Metropolis (PHYSICS 2.2): the sites in index order, at each
 * {@code hits} proposals {@code x → y = x + δu}, {@code u = 2r − 1} uniform in [−1, 1), accepted when
 * {@code ΔS ≤ 0 || r' < e^{−ΔS}} (r, r' uniform in [0, 1) from the stream, r' drawn only when
 * {@code ΔS > 0}).
 *
 * <p>Why {@code p ∝ e^{−S}} is invariant: the proposal density {@code q(y|x) = 1/(2δ)} on
 * {@code |y − x| ≤ δ} is symmetric, so accepting with {@code min(1, p(y)/p(x)) = min(1, e^{−ΔS})}
 * gives detailed balance {@code p(x) P(x→y) = p(y) P(y→x)} for the conditional of site n; each
 * single-site update therefore leaves the joint p invariant, and so does their composition. (The
 * half-open range of u changes the proposal on a set of measure zero.)
 *
 * <p>ΔS comes from {@link LocalActionTarget#localActionChange} for every proposal. For
 * {@code LocalPolynomialTarget}s an O(1)-per-hit form from {@code localPolynomial} was measured as
 * well: on φ⁴ (64² and 16³, 1 to 10 hits) it was never faster and 10 % slower at one hit, because a
 * proposal's ~25 ns go to the two random numbers, the exponential and the unpredictable accept
 * branch, not to the neighbour sum; so there is one path.
 *
 * <p>δ is tuned during thermalisation ({@link StepSize}) from each sweep's acceptance, and frozen by
 * {@link #endThermalization()}. State for checkpoints: the {@link StepSize} entries, then the
 * accepted and proposed counts.
 */
final class MetropolisMove implements Move {
    static final int STATE_LENGTH = StepSize.STATE_LENGTH + 2;
    private final String samplerId;
    private final LocalActionTarget target;
    private final int hits;
    private final StepSize step;
    private long accepted;
    private long proposed;

    /**
     * @param samplerId the sampler this move belongs to (for messages)
     */
    MetropolisMove(String samplerId, LocalActionTarget target, MetropolisSettings settings) {
        this.samplerId = samplerId;
        this.target = target;
        this.hits = settings.hits();
        this.step = new StepSize(settings.step(), settings.targetAcceptance());
    }

    @Override
    public void sweep(double[] field, RandomStream random) {
        double delta = step.delta();
        long a = 0;
        for (int site = 0; site < field.length; site++) {
            for (int h = 0; h < hits; h++) {
                double y = field[site] + delta * (2 * random.nextDouble() - 1);
                double dS = target.localActionChange(field, site, y);
                if (dS <= 0 || random.nextDouble() < Math.exp(-dS)) {
                    field[site] = y;
                    a++;
                }
            }
        }
        long n = (long) field.length * hits;
        accepted += a;
        proposed += n;
        step.adapt((double) a / n);
    }

    /** The current δ. */
    double step() {
        return step.delta();
    }

    @Override
    public double acceptance() {
        return proposed == 0 ? 1.0 : (double) accepted / proposed;
    }

    @Override
    public void resetStatistics() {
        accepted = 0;
        proposed = 0;
    }

    @Override
    public void endThermalization() {
        step.freeze();
    }

    @Override
    public double[] saveState() {
        double[] s = new double[STATE_LENGTH];
        save(s, 0);
        return s;
    }

    void save(double[] state, int from) {
        step.save(state, from);
        state[from + StepSize.STATE_LENGTH] = accepted;
        state[from + StepSize.STATE_LENGTH + 1] = proposed;
    }

    @Override
    public void restoreState(double[] state) {
        if (state.length != STATE_LENGTH) {
            throw new IllegalArgumentException(samplerId + " state has " + state.length + " numbers, expected " + STATE_LENGTH
                    + " (step, frozen flag, tuning sign, tuning count, accepted, proposed)");
        }
        restore(state, 0);
    }

    void restore(double[] state, int from) {
        double a = state[from + StepSize.STATE_LENGTH];
        double n = state[from + StepSize.STATE_LENGTH + 1];
        if (!(a >= 0 && a <= n)) {
            throw new IllegalArgumentException(samplerId + " state has " + a + " accepted of " + n + " proposals");
        }
        try {
            step.restore(state, from);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(samplerId + ": " + e.getMessage(), e);
        }
        accepted = (long) a;
        proposed = (long) n;
    }
}
