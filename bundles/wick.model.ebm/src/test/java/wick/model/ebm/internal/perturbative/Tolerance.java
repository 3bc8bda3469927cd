package wick.model.ebm.internal.perturbative;

/**
 * The tolerances of this package's tests: the same values as the module's shared
 * {@code wick.model.ebm.internal.Tolerance}, which is package-private there.
 */
final class Tolerance {
    /** Relative tolerance of every deterministic comparison against an exact value. */
    static final double EXACT = 1e-12;

    private Tolerance() {
    }

    /** {@code |actual − expected| ≤ EXACT · max(|expected|, scale)}. */
    static boolean close(double expected, double actual, double scale) {
        return Math.abs(actual - expected) <= EXACT * Math.max(Math.abs(expected), scale);
    }
}
