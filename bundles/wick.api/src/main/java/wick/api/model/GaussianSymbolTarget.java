package wick.api.model;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Capability: a Gaussian {@code p(φ) ∝ e^{−½ φᵀKφ}} with a translation-invariant precision
 * {@code K}, given by its symbol {@code K_k} (PHYSICS 0, 2.1). Enables the exact FFT sampler.
 */
@ConsumerType
public interface GaussianSymbolTarget extends Target {
    /**
     * The symbol {@code K_k > 0}, a {@code double[V]} indexed like a field by the momentum
     * integers {@code j_μ} ({@code k_μ = 2π j_μ/(N_μ a_μ)}). Shared: callers must not modify it.
     */
    double[] precisionSymbol();
}
