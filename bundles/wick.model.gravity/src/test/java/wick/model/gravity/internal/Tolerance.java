package wick.model.gravity.internal;

/** The module's shared tolerances. */
final class Tolerance {
    /** Relative tolerance of every deterministic comparison against an exact value. */
    static final double EXACT = 1e-12;
    /** Standard errors allowed per statistical comparison (before any Bonferroni widening). */
    static final double STANDARD_ERRORS = 4;

    private Tolerance() {
    }
}
