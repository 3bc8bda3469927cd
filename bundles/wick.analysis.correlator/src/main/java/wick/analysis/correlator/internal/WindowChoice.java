package wick.analysis.correlator.internal;

import java.util.List;

/**
 * The automatic fit window: the "earliest stable plateau" of a scan over τ_min at fixed τ_max.
 *
 * <p><b>Rule.</b> Scan entries are fits on {@code [τ_min, τ_max]} for τ_min = 1, 2, …, τ_max − P
 * (P parameters, so each has at least one degree of freedom). The chosen τ_min is the earliest one
 * whose fit
 * <ol>
 * <li>converged, with finite energy and error, and resolved its energy: {@code Ê ≥ }{@link #RESOLVED}{@code  σ_Ê}
 * (3; a window that has lost the signal fits the noise with {@code Ê ≈ 0}, a flat cosh, and an error
 * from a degenerate Jacobian that means nothing),</li>
 * <li>has p-value ≥ {@link #MIN_P_VALUE} (0.05), and</li>
 * <li>whose energy agrees within one combined standard deviation,
 * {@code |E(τ_min) − E(τ_min + j)| ≤ √(σ²(τ_min) + σ²(τ_min + j))}, with the fits at the next
 * {@link #NEIGHBOURS} (2) values τ_min + 1, τ_min + 2. Both must be in the scan (so the last
 * two τ_min of the scan never qualify); a neighbour whose fit failed is skipped, but at least one
 * must have converged.</li>
 * </ol>
 * Early τ_min are contaminated by excited states (low p-value, energy drifting down as τ_min grows);
 * late ones are noisy. Requiring agreement with the next two entries rejects a τ_min that passes
 * the p-value test only by chance while the energy is still moving.
 *
 * <p>If no entry satisfies all three, the earliest with p ≥ 0.05 is taken, else the resolved one
 * with the largest p-value; {@link Choice#plateau()} is then {@code false}.
 */
final class WindowChoice {
    /** Smallest acceptable p-value of the chosen fit. */
    static final double MIN_P_VALUE = 0.05;
    /** Number of following scan entries the chosen energy must agree with. */
    static final int NEIGHBOURS = 2;
    /**
     * Agreement threshold in combined standard deviations. At 1 a free field, which has no excited
     * states, moved off τ_min = 1 in 20–30 % of data sets (a later, noisier fit differs from the first
     * by more than 1σ that often) and the fitted energies' z-scores spread to an rms of 1.1–1.3 over 300
     * free-field data sets; at 2 it moves in a few % and the rms is 0.97–1.20.
     */
    static final double AGREEMENT = 2;
    /** The smallest energy, in units of its error, that counts as resolved (see rule 1). */
    static final double RESOLVED = 3;

    /**
     * @param index   index of the chosen entry in the scan
     * @param plateau whether it satisfies the full rule (otherwise a fallback)
     */
    record Choice(int index, boolean plateau) {
    }

    private WindowChoice() {
    }

    /**
     * Applies the rule to a scan ordered by increasing τ_min.
     *
     * @throws IllegalStateException when no fit of the scan converged
     */
    static Choice choose(List<FitResult> scan) {
        for (int i = 0; i < scan.size(); i++) {
            FitResult f = scan.get(i);
            if (acceptable(f) && stable(scan, i)) {
                return new Choice(i, true);
            }
        }
        for (int i = 0; i < scan.size(); i++) {
            if (acceptable(scan.get(i))) {
                return new Choice(i, false);
            }
        }
        int best = -1;
        for (int i = 0; i < scan.size(); i++) {
            FitResult f = scan.get(i);
            if (usable(f) && (best < 0 || pOrMinus(f) > pOrMinus(scan.get(best)))) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no fit of the window scan converged to a resolved energy (E >= " + RESOLVED
                    + " standard errors; tauMin = "
                    + (scan.isEmpty() ? "none" : scan.get(0).tauMin() + ".." + scan.get(scan.size() - 1).tauMin())
                    + (scan.isEmpty() ? "" : ", tauMax = " + scan.get(0).tauMax()) + ")"
                    + (scan.isEmpty() || scan.get(0).problem() == null ? "" : "; first: " + scan.get(0).problem()));
        }
        return new Choice(best, false);
    }

    private static double pOrMinus(FitResult f) {
        return Double.isNaN(f.pValue()) ? -1 : f.pValue();
    }

    /** Converged, finite, and {@code Ê ≥ 3σ_Ê} (rule 1); the fits {@link WindowAverage} averages. */
    static boolean usable(FitResult f) {
        return f.ok() && Double.isFinite(f.energy()) && Double.isFinite(f.energyError()) && f.energy() >= RESOLVED * f.energyError();
    }

    private static boolean acceptable(FitResult f) {
        return usable(f) && f.pValue() >= MIN_P_VALUE;
    }

    private static boolean stable(List<FitResult> scan, int i) {
        if (i + NEIGHBOURS >= scan.size()) {
            return false;
        }
        FitResult f = scan.get(i);
        int compared = 0;
        for (int j = i + 1; j <= i + NEIGHBOURS; j++) {
            FitResult g = scan.get(j);
            if (!usable(g)) {
                continue;
            }
            double sigma = AGREEMENT * Math.hypot(f.energyError(), g.energyError());
            if (Math.abs(f.energy() - g.energy()) > sigma) {
                return false;
            }
            compared++;
        }
        return compared > 0;
    }
}
