package wick.analysis.heatkernel;

/** The module's shared tolerances. */
final class Tolerance {
    /** Relative tolerance of deterministic comparisons against exact values. */
    static final double EXACT = 1e-12;
    /** Relative tolerance of the Bessel functions against 40-digit references. */
    static final double BESSEL = 1e-14;
    /** Relative tolerance of the proper-time log det against Cholesky (PHYSICS 5). */
    static final double PROPER_TIME = 1e-8;

    private Tolerance() {
    }

    static void assertRelative(double expected, double actual, double tol, String what) {
        double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), Double.MIN_NORMAL);
        if (!(rel <= tol)) {
            throw new AssertionError(what + ": expected " + expected + ", got " + actual + " (relative " + rel + " > " + tol + ")");
        }
    }
}
