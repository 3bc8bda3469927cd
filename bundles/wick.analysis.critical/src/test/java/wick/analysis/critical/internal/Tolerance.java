package wick.analysis.critical.internal;

/** The module's shared tolerances. */
final class Tolerance {
    /** Relative tolerance of every deterministic comparison against an exact value. */
    static final double EXACT = 1e-12;
    /** Standard errors allowed for a single statistical comparison with a fixed seed. */
    static final double STANDARD_ERRORS = 4;
    /** The longest time from a cancel request to the task's end, in milliseconds. */
    static final long CANCEL_MILLIS = 500;

    private Tolerance() {
    }

    /** {@code |actual − expected| ≤ EXACT · max(|expected|, 1)}. */
    static boolean close(double expected, double actual) {
        return Math.abs(actual - expected) <= EXACT * Math.max(Math.abs(expected), 1);
    }
}
