package wick.model.ebm.internal;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The module's shared tolerances. */
final class Tolerance {
    /** Relative tolerance of every deterministic comparison against an exact value. */
    static final double EXACT = 1e-12;
    /** Standard errors allowed per statistical comparison (the floor of {@link #standardErrors}). */
    static final double STANDARD_ERRORS = 4;
    /** Family-wise false-failure probability bound of a group of statistical comparisons. */
    static final double FAMILY_WISE = 1e-3;

    private Tolerance() {
    }

    /**
     * The z-threshold for a group of {@code comparisons} asymptotically normal z-scores:
     * {@code max(4, Φ⁻¹(1 − α/(2M)))} with {@code α = 10⁻³} (Bonferroni). The seeds are fixed, so
     * the outcome is deterministic; the bound says the seed was not picked to pass.
     */
    static double standardErrors(int comparisons) {
        double bonferroni = new NormalDistribution().inverseCumulativeProbability(1 - FAMILY_WISE / (2.0 * comparisons));
        return Math.max(STANDARD_ERRORS, bonferroni);
    }

    /** {@code |actual − expected| ≤ EXACT · max(|expected|, scale)}. */
    static boolean close(double expected, double actual, double scale) {
        return Math.abs(actual - expected) <= EXACT * Math.max(Math.abs(expected), scale);
    }
}
