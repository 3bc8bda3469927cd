package wick.api.model;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Capability: the change of the action when one site changes, everything else fixed:
 * {@code ΔS = S[φ with φ_n → x] − S[φ]}. Enables single-site Metropolis.
 */
@ConsumerType
public interface LocalActionTarget extends Target {
    /**
     * @param field    the current configuration (not modified)
     * @param site     the site {@code n}
     * @param newValue the proposed {@code x}
     * @return {@code ΔS}
     */
    double localActionChange(double[] field, int site, double newValue);
}
