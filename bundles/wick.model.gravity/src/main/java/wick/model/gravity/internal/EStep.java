package wick.model.gravity.internal;

/**
 * The E-step of EM (PHYSICS section 4): {@code ⟨t̄_{B,q}⟩} under {@code N(0, K[σ]⁻¹)}, with
 * {@code ln det K[σ]} when it comes at no extra cost (NaN otherwise).
 */
interface EStep {
    /**
     * @param sigma in Ω, not modified
     */
    Expectation at(double[] sigma);

    /**
     * @param blockMean {@code ⟨t̄_{B,q}⟩} at {@code b·P + q}
     * @param logDet    {@code ln det K[σ]}, or NaN when not computed
     */
    record Expectation(double[] blockMean, double logDet) {
    }
}
