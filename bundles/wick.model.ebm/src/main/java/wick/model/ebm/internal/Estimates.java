package wick.model.ebm.internal;

import java.util.function.ToDoubleFunction;

import wick.api.result.ScalarResult;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;
import wick.stats.Jackknife;
import wick.stats.JackknifeEstimate;

/**
 * Error estimates for the values a run reports: Wolff's Γ-method; where it cannot be applied (a
 * series whose summed autocorrelation is not positive, e.g. strongly anticorrelated overrelaxation
 * data) a binned jackknife with 50 bins, whose bins are long against any autocorrelation.
 */
final class Estimates {
    private static final int FALLBACK_BINS = 50;

    private Estimates() {
    }

    /** Mean ± error of a primary observable. */
    static GammaEstimate primary(double[] series) {
        try {
            return GammaMethod.analyse(series);
        } catch (IllegalArgumentException e) {
            JackknifeEstimate j = Jackknife.estimate(new double[][] {series}, x -> x[0], binSize(series.length));
            return new GammaEstimate(j.value(), j.error(), Double.NaN, Double.NaN, Double.NaN, 0, series.length, false);
        }
    }

    /** {@code f} of the means of several primaries, with its error. */
    static ScalarResult derived(double[][] primaries, ToDoubleFunction<double[]> f) {
        try {
            GammaEstimate e = GammaMethod.analyseDerived(primaries, f);
            return new ScalarResult(e.mean(), e.error());
        } catch (IllegalArgumentException e) {
            JackknifeEstimate j = Jackknife.estimate(primaries, f, binSize(primaries[0].length));
            return new ScalarResult(j.value(), j.error());
        }
    }

    static ScalarResult scalar(GammaEstimate e) {
        return new ScalarResult(e.mean(), e.error());
    }

    private static int binSize(int n) {
        return Math.max(1, n / FALLBACK_BINS);
    }
}
