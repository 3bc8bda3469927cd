package wick.model.ebm.internal.lorentz;

/** The tolerances of this package's tests (the module's {@code Tolerance} is package-private elsewhere). */
final class Tolerance {
    /** Relative tolerance of every deterministic comparison against an exact value. */
    static final double EXACT = 1e-12;
    /** Tolerance of a comparison against a numerical quadrature. */
    static final double QUADRATURE = 1e-8;

    private Tolerance() {
    }

    /** {@code |actual − expected| ≤ EXACT · max(|expected|, scale)}. */
    static boolean close(double expected, double actual, double scale) {
        return Math.abs(actual - expected) <= EXACT * Math.max(Math.abs(expected), scale);
    }
}
