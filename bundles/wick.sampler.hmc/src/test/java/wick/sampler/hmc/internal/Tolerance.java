package wick.sampler.hmc.internal;

/** The module's shared tolerances. */
final class Tolerance {
    /** Relative tolerance of the reversibility check (rounding only, PHYSICS 2.2). */
    static final double REVERSIBILITY = 1e-10;
    /** Standard errors allowed per statistical comparison (Γ-method or independent-sample errors). */
    static final double STANDARD_ERRORS = 4;

    private Tolerance() {
    }
}
