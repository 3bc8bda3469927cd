package wick.sampler.local.internal;

/** The module's shared tolerances. */
final class Tolerance {
    /** Standard errors (Γ-method, so τ_int is included) allowed per statistical comparison. */
    static final double STANDARD_ERRORS = 4;
    /** Relative tolerance of comparisons that differ by rounding only. */
    static final double ROUNDING = 1e-15;
    /** Relative tolerance of deterministic sums over a lattice (rounding accumulated over V terms). */
    static final double LATTICE_SUM = 1e-12;

    private Tolerance() {
    }
}
