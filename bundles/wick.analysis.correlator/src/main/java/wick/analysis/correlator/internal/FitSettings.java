package wick.analysis.correlator.internal;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;

/**
 * The analysis parameters of {@code correlator.fit}, with their cross-checks against N_t.
 *
 * @param tauMin    first time of the window, or {@link #AUTOMATIC} to choose it ({@link WindowChoice})
 * @param tauMax    last time of the window, or {@link #AUTOMATIC} for N_t/2
 * @param binSize   measurements per bin, or 0 for automatic ({@link BinnedCorrelator#automaticBinSize})
 * @param svdCut    relative singular-value cut of the correlation matrix, in [0, 1)
 * @param shrinkage λ ∈ [0, 1] of the shrinkage towards the diagonal
 * @param constant  whether a constant B is fitted
 * @param states    1 or 2 exponentials
 */
record FitSettings(int tauMin, int tauMax, int binSize, double svdCut, double shrinkage, boolean constant, int states) {
    /** The value of {@code tauMin} / {@code tauMax} that asks for the automatic choice. */
    static final int AUTOMATIC = -1;

    /** The settings from the task's parameters (not yet checked against N_t). */
    static FitSettings of(Parameters p) {
        return new FitSettings(p.integer("tauMin"), p.integer("tauMax"), p.integer("binSize"), p.real("svdCut"),
                p.real("shrinkage"), p.bool("constant"), p.integer("states"));
    }

    /** Number of fit parameters P: 2 per state, plus B. */
    int parameterCount() {
        return 2 * states + (constant ? 1 : 0);
    }

    /** Whether the window start is chosen automatically. */
    boolean automaticWindow() {
        return tauMin == AUTOMATIC;
    }

    /** Whether τ_max is chosen from the data (N_t/2, shortened to the end of the signal). */
    boolean automaticTauMax() {
        return tauMax == AUTOMATIC;
    }

    /** τ_max on a lattice with N_t slices: the given value or N_t/2 (before the signal cut). */
    int tauMaxFor(int nt) {
        return tauMax == AUTOMATIC ? nt / 2 : tauMax;
    }

    /** Checks what does not depend on the data: states, the cut, the shrinkage, the bin size. */
    void checkRanges() {
        if (states != 1 && states != 2) {
            throw new ParameterException("states", String.valueOf(states), "1 or 2 (one or two exponentials)");
        }
        if (!(svdCut >= 0 && svdCut < 1)) {
            throw new ParameterException("svdCut", String.valueOf(svdCut),
                    "a number ≥ 0 and < 1 (singular values below svdCut times the largest are dropped)");
        }
        if (!(shrinkage >= 0 && shrinkage <= 1)) {
            throw new ParameterException("shrinkage", String.valueOf(shrinkage),
                    "a number between 0 (none) and 1 (diagonal covariance only)");
        }
        if (binSize < 0) {
            throw new ParameterException("binSize", String.valueOf(binSize), "0 (automatic) or an integer ≥ 1");
        }
        if (tauMin < AUTOMATIC) {
            throw new ParameterException("tauMin", String.valueOf(tauMin), "-1 (automatic) or an integer ≥ 0");
        }
        if (tauMax < AUTOMATIC) {
            throw new ParameterException("tauMax", String.valueOf(tauMax), "-1 (N_t/2) or an integer ≥ 1");
        }
    }

    /**
     * Checks the window against N_t: {@code 1 ≤ τ_max ≤ N_t − 1}, {@code τ_min < τ_max}, at least
     * P + 1 points in an explicit window, and room for the scan {@code τ_min = 1..τ_max − P} when
     * automatic.
     *
     * @throws ParameterException naming the offending parameter
     */
    void checkWindow(int nt) {
        checkRanges();
        int p = parameterCount();
        int tmax = tauMaxFor(nt);
        if (tmax < 1 || tmax > nt - 1) {
            throw new ParameterException("tauMax", String.valueOf(tauMax),
                    "-1 (N_t/2) or an integer between 1 and N_t − 1 = " + (nt - 1) + " (N_t = " + nt + ")");
        }
        if (!automaticWindow()) {
            if (tauMin >= tmax) {
                throw new ParameterException("tauMin", String.valueOf(tauMin),
                        "-1 (automatic) or an integer ≥ 0 and < tauMax = " + tmax);
            }
            if (tmax - tauMin + 1 < p + 1) {
                throw new ParameterException("tauMin", String.valueOf(tauMin), "at most tauMax − " + p + " = " + (tmax - p)
                        + ", so that the window [tauMin, " + tmax + "] has more points than the " + p + " fit parameters");
            }
        } else if (tmax - p < 1) {
            throw new ParameterException("tauMax", String.valueOf(tauMax), "a value ≥ " + (p + 1)
                    + " for the automatic window (it scans tauMin = 1..tauMax − " + p + "; here tauMax = " + tmax
                    + "), or give tauMin explicitly");
        }
    }
}
