package wick.analysis.correlator.internal;

/** The module's shared tolerances. */
final class Tolerance {
    /** Tolerance of comparisons against exact values (effective mass of the exact correlator). */
    static final double EXACT = 1e-10;
    /** Standard errors allowed when a fitted energy (on a window fixed in advance) is compared with the exact one. */
    static final double STANDARD_ERRORS = 3;
    /** Standard errors allowed for the parameters of fits to synthetic data (several per test). */
    static final double SYNTHETIC_STANDARD_ERRORS = 4;

    private Tolerance() {
    }
}
