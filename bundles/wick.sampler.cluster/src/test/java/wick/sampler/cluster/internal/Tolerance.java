package wick.sampler.cluster.internal;

/** The module's shared tolerance. */
final class Tolerance {
    /** Standard errors (Γ-method, so τ_int is included) allowed per statistical comparison. */
    static final double STANDARD_ERRORS = 4;

    private Tolerance() {
    }
}
