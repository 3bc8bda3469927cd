package wick.api.model;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Capability: a Gaussian {@code p(φ) ∝ e^{−½ φᵀKφ + Jᵀφ}} whose single-site conditionals are known
 * exactly: {@code φ_n | rest ~ N(μ_n, 1/K_nn)} with
 * {@code μ_n = (J_n − Σ_{m≠n} K_nm φ_m) / K_nn}. Enables the single-site heat bath.
 */
@ConsumerType
public interface GaussianConditionalTarget extends Target {
    /** {@code K_nn > 0}. */
    double diagonalPrecision(int site);

    /** {@code μ_n} given the other sites of {@code field} (not modified; {@code field[site]} is ignored). */
    double conditionalMean(double[] field, int site);
}
