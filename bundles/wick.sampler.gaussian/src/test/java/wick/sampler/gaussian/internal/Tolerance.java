package wick.sampler.gaussian.internal;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The module's shared tolerances. */
final class Tolerance {
    /** Relative tolerance of every deterministic comparison (rounding only). */
    static final double EXACT = 1e-12;
    /** Standard errors allowed per statistical comparison (the floor of {@link #standardErrors}). */
    static final double STANDARD_ERRORS = 4;
    /** Family-wise false-failure probability bound of a group of statistical comparisons. */
    static final double FAMILY_WISE = 1e-3;

    private Tolerance() {
    }

    /**
     * The z-threshold for a group of {@code comparisons} asymptotically normal z-scores:
     * {@code max(4, Φ⁻¹(1 − α/(2M)))} with {@code α = 10⁻³} (Bonferroni). A correct sampler fails
     * one of the M comparisons with probability at most α; the seeds are fixed, so the outcome is
     * deterministic and the bound only says the seed was not picked to pass.
     */
    static double standardErrors(int comparisons) {
        double bonferroni = new NormalDistribution().inverseCumulativeProbability(1 - FAMILY_WISE / (2.0 * comparisons));
        return Math.max(STANDARD_ERRORS, bonferroni);
    }
}
