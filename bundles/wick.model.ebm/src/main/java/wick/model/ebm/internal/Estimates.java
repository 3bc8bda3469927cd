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
            int bins = Math.min(FALLBACK_BINS, series.length);
            JackknifeEstimate j = Jackknife.estimate(new double[][] {series}, x -> x[0], binSize(series.length));
            // τ_int from the ratio of the binned error to the naive one: σ² = 2 τ_int σ_naive²
            double naive = naiveError(series);
            double tau = naive > 0 ? 0.5 * Math.pow(j.error() / naive, 2) : 0.5;
            double relative = Math.sqrt(1.0 / (2 * Math.max(1, bins - 1)));
            return new GammaEstimate(j.value(), j.error(), j.error() * relative, tau, 2 * tau * relative, 0,
                    series.length, false);
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

    private static double naiveError(double[] series) {
        double mean = 0;
        for (double x : series) {
            mean += x;
        }
        mean /= series.length;
        double var = 0;
        for (double x : series) {
            var += (x - mean) * (x - mean);
        }
        return Math.sqrt(var / (series.length - 1) / series.length);
    }

    private static int binSize(int n) {
        return Math.max(1, n / FALLBACK_BINS);
    }
}
