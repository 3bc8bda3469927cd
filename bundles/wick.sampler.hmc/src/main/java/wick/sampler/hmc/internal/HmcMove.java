package wick.sampler.hmc.internal;

import wick.api.random.RandomStream;
import wick.api.sampler.Move;

/**
 * One HMC trajectory per sweep: draw {@code π ~ N(0, M)}, integrate {@code H = ½πᵀM⁻¹π + S(φ)}
 * with the {@link Leapfrog}, accept the end point with probability {@code min(1, e^{−ΔH})},
 * otherwise restore the field.
 *
 * <p>Why this is exact: the momentum refresh samples π from its exact conditional. The leapfrog map
 * {@code Φ} preserves phase-space volume and is reversible ({@code R∘Φ∘R = Φ⁻¹} with
 * {@code R: π → −π}), so {@code R∘Φ} is a volume-preserving involution, a valid deterministic
 * Metropolis proposal; its acceptance {@code min(1, e^{−ΔH})} gives detailed balance for
 * {@code e^{−H}}, and since {@code H} is even in π the final negation can be dropped. The
 * marginal of {@code e^{−H}} in φ is {@code e^{−S}}. Only {@code H} is not conserved exactly by the
 * integrator; the Metropolis step on {@code ΔH} absorbs that. A non-finite ΔH is rejected.
 *
 * <p>Random numbers per trajectory: the momenta ({@link Kinetic#draw}), then one uniform for the
 * accept test (always drawn). Step-size tuning: {@link StepSizeAdapter}.
 */
final class HmcMove implements Move {
    private final String id;
    private final Leapfrog leapfrog;
    private final Kinetic kinetic;
    private final StepSizeAdapter adapter;
    private final double[] start;
    private final double[] pi;
    private long accepted;
    private long proposed;
    private double lastDeltaH = Double.NaN;

    HmcMove(String id, Leapfrog leapfrog, StepSizeAdapter adapter, int volume) {
        this.id = id;
        this.leapfrog = leapfrog;
        this.kinetic = leapfrog.kinetic();
        this.adapter = adapter;
        this.start = new double[volume];
        this.pi = new double[volume];
    }

    @Override
    public void sweep(double[] field, RandomStream random) {
        if (field.length != start.length) {
            throw new IllegalArgumentException(id + ": field has " + field.length + " sites, the lattice " + start.length);
        }
        System.arraycopy(field, 0, start, 0, field.length);
        double s0 = leapfrog.prepare(field);
        kinetic.draw(random, pi);
        double h0 = kinetic.energy(pi) + s0;
        double s1 = leapfrog.integrate(field, pi, adapter.steps(), adapter.stepSize());
        double h1 = kinetic.energy(pi) + s1;
        double deltaH = h1 - h0;
        double u = random.nextDouble();
        boolean accept = deltaH <= 0 || u < Math.exp(-deltaH);
        proposed++;
        if (accept) {
            accepted++;
        } else {
            System.arraycopy(start, 0, field, 0, field.length);
        }
        lastDeltaH = deltaH;
        adapter.update(Double.isNaN(deltaH) ? 0 : Math.min(1, Math.exp(-deltaH)));
    }

    /** Accepted / proposed trajectories since {@link #resetStatistics()} (1 before the first trajectory). */
    @Override
    public double acceptance() {
        return proposed == 0 ? 1.0 : (double) accepted / proposed;
    }

    @Override
    public void resetStatistics() {
        accepted = 0;
        proposed = 0;
    }

    /** Freezes the step size and number of steps. */
    @Override
    public void endThermalization() {
        adapter.freeze();
    }

    /** ΔH of the last trajectory (NaN before the first). */
    double lastDeltaH() {
        return lastDeltaH;
    }

    /** Current leapfrog step size. */
    double stepSize() {
        return adapter.stepSize();
    }

    /** Current number of leapfrog steps. */
    int steps() {
        return adapter.steps();
    }

    /** The step-size state ({@link StepSizeAdapter#save}) followed by the accepted and proposed counts. */
    @Override
    public double[] saveState() {
        double[] s = new double[StepSizeAdapter.STATE_LENGTH + 2];
        adapter.save(s, 0);
        s[StepSizeAdapter.STATE_LENGTH] = accepted;
        s[StepSizeAdapter.STATE_LENGTH + 1] = proposed;
        return s;
    }

    @Override
    public void restoreState(double[] state) {
        if (state.length != StepSizeAdapter.STATE_LENGTH + 2) {
            throw new IllegalArgumentException(id + " state needs " + (StepSizeAdapter.STATE_LENGTH + 2) + " numbers, got "
                    + state.length);
        }
        adapter.restore(state, 0, id);
        accepted = (long) state[StepSizeAdapter.STATE_LENGTH];
        proposed = (long) state[StepSizeAdapter.STATE_LENGTH + 1];
    }
}
