package wick.sampler.hmc.internal;

import wick.api.random.RandomStream;

/**
 * The kinetic term {@code T(π) = ½ πᵀ M⁻¹ π} of the HMC Hamiltonian {@code H = T(π) + S(φ)} for a
 * constant, symmetric, positive definite mass matrix {@code M}. Since {@code M} does not depend on
 * {@code φ}, the leapfrog built from it is volume preserving and reversible, and the momenta are
 * refreshed from their exact distribution {@code N(0, M)} (Gibbs step on π).
 */
interface Kinetic {
    /**
     * Draws fresh momenta {@code π ~ N(0, M)}.
     *
     * @param pi overwritten (length V)
     */
    void draw(RandomStream random, double[] pi);

    /** {@code ½ πᵀ M⁻¹ π}; {@code pi} is not modified. */
    double energy(double[] pi);

    /**
     * The position update of the leapfrog, {@code φ ← φ + ε M⁻¹ π} (the velocity is {@code ∂T/∂π = M⁻¹π}).
     *
     * @param phi modified
     * @param pi  not modified
     */
    void drift(double[] phi, double[] pi, double epsilon);
}
