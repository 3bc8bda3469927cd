package wick.api.model;

import org.osgi.annotation.versioning.ConsumerType;

/** Capability: the action and its force {@code F = −∂S/∂φ} in one pass. Enables HMC. */
@ConsumerType
public interface ForceTarget extends ActionTarget {
    /**
     * @param field the configuration (not modified)
     * @param force receives {@code −∂S/∂φ_n} for every site (modified; must not alias {@code field})
     * @return {@code S[φ]}
     */
    double actionAndForce(double[] field, double[] force);
}
