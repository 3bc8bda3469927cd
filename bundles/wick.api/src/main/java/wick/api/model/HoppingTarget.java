package wick.api.model;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Capability: the action has the form {@code S = Σ_n U(φ_n) − Σ_n Σ_μ β_μ φ_n φ_{n+μ̂}} with
 * nearest-neighbour hopping {@code β_μ ≥ 0}. When, in addition, {@code U} is even (no source), the
 * action is invariant under {@code φ → −φ} on any cluster, which embedded-Ising (Brower–Tamayo,
 * Wolff) cluster moves need.
 */
@ConsumerType
public interface HoppingTarget extends Target {
    /** {@code β_μ} (for the lattice action of PHYSICS 2.2: {@code v / a_μ²}; 0 for a direction of extent 1). */
    double hopping(int mu);

    /** Whether {@code S[−φ] = S[φ]} (no source term). */
    boolean reflectionSymmetric();
}
