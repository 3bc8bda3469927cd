package wick.sampler.hmc.internal;

import wick.api.model.ForceTarget;

/**
 * The leapfrog (kick–drift–kick, Störmer–Verlet) integrator of {@code H = ½ πᵀM⁻¹π + S(φ)}
 * (PHYSICS 2.2):
 * <pre>
 *   π ← π + (ε/2) F(φ)
 *   repeat n times:  φ ← φ + ε M⁻¹π;   π ← π + ε F(φ)   (the last kick ε/2)
 * </pre>
 * with the force {@code F = −∂S/∂φ} from {@link ForceTarget#actionAndForce}. Each of the three
 * sub-steps is a shear in phase space, so the map preserves volume exactly; the sequence is
 * symmetric, so it is reversible: integrating, negating π and integrating again returns the start
 * (to rounding). It conserves {@code H} only to {@code O(ε²)} over a fixed trajectory length, which
 * the Metropolis step of {@link HmcMove} corrects exactly.
 *
 * <p>Usage: {@link #prepare} evaluates {@code S} and {@code F} at the start; {@link #integrate}
 * continues from that force and leaves the force of the end point, so consecutive calls need no
 * second {@code prepare}. Not thread-safe (the force buffer).
 */
final class Leapfrog {
    private final ForceTarget target;
    private final Kinetic kinetic;
    private final double[] force;

    Leapfrog(ForceTarget target, Kinetic kinetic) {
        this.target = target;
        this.kinetic = kinetic;
        this.force = new double[target.lattice().volume()];
    }

    Kinetic kinetic() {
        return kinetic;
    }

    /** Evaluates {@code S(φ)} and keeps {@code F(φ)} for the next {@link #integrate}; {@code phi} is not modified. */
    double prepare(double[] phi) {
        return target.actionAndForce(phi, force);
    }

    /**
     * Integrates one trajectory of {@code steps} steps of size {@code epsilon}, starting from the
     * force of the last {@link #prepare} or {@code integrate} (which must have been at {@code phi}).
     *
     * @param phi modified: the end point
     * @param pi  modified: the end momenta
     * @return {@code S} at the end point
     */
    double integrate(double[] phi, double[] pi, int steps, double epsilon) {
        double half = 0.5 * epsilon;
        kick(pi, half);
        double s = Double.NaN;
        for (int i = 0; i < steps; i++) {
            kinetic.drift(phi, pi, epsilon);
            s = target.actionAndForce(phi, force);
            kick(pi, i == steps - 1 ? half : epsilon);
        }
        return s;
    }

    private void kick(double[] pi, double delta) {
        double[] f = force;
        for (int n = 0; n < pi.length; n++) {
            pi[n] += delta * f[n];
        }
    }
}
