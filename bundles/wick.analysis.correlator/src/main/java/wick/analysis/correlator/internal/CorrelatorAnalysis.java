package wick.analysis.correlator.internal;

import java.util.ArrayList;
import java.util.List;

import wick.api.param.ParameterException;
import wick.api.progress.ProgressMonitor;

/**
 * The correlator analysis of PHYSICS 6 on measured C(τ): binning, jackknife replicas and
 * covariance ({@link BinnedCorrelator}), the effective mass with jackknife errors
 * ({@link EffectiveMass}) and correlated fits ({@link CorrelatedFit}): with an automatic τ_min the
 * scan τ_min = 1..min(τ_max − P, the end of the signal: {@link #signalEnd}), the choice of the window ({@link WindowChoice}) and the model average
 * over the scan ({@link WindowAverage}); an automatic τ_max is N_t/2 shortened to the end of the
 * signal (but leaving the fit one degree of freedom); with a given
 * τ_min the one fit on [τ_min, τ_max] (the "scan" is then that fit alone: every fit costs B
 * jackknife refits).
 */
final class CorrelatorAnalysis {
    /** A correlator value counts as a signal when it is at least this many standard errors above zero. */
    static final double SIGNAL = 3;

    private CorrelatorAnalysis() {
    }

    /**
     * Everything the analysis found. Arrays are shared: do not modify.
     *
     * @param measurements        N, the number of measurements
     * @param binSize             measurements per bin
     * @param bins                number of bins B (= jackknife replicas)
     * @param correlator          mean C(τ), τ = 0..N_t−1
     * @param correlatorErrors    its jackknife errors
     * @param effectiveMass       Ê_eff(τ), τ = 1..N_t−2 (NaN where undefined)
     * @param effectiveMassErrors their jackknife errors
     * @param scan                the automatic scan's fits for τ_min = 1..τ_max − P, or the one fit on the given window
     * @param fit                 the fit on the chosen (or given) window
     * @param plateau             whether the automatic rule found a stable plateau (true for a given τ_min)
     * @param average             the model average over the automatic scan ({@link WindowAverage}), or
     *                            {@code null} for a given τ_min
     */
    record Outcome(int measurements, int binSize, int bins, double[] correlator, double[] correlatorErrors,
            double[] effectiveMass, double[] effectiveMassErrors, List<FitResult> scan, FitResult fit, boolean plateau,
            WindowAverage average) {
        Outcome {
            scan = List.copyOf(scan);
        }

        /** N_t. */
        int nt() {
            return correlator.length;
        }
    }

    /**
     * Runs the analysis.
     *
     * @param columns  {@code columns[τ][i]}: measurement i of C(τ), τ = 0..N_t−1 (N_t ≥ 3), all of
     *                 one length N ≥ 4, finite; not modified
     * @param settings the parameters (checked here against N_t and N)
     * @throws ParameterException                      for settings that do not fit the data
     * @throws IllegalStateException                   when the chosen fit does not converge
     * @throws wick.api.progress.CancelledException    when cancelled
     */
    static Outcome analyse(double[][] columns, FitSettings settings, ProgressMonitor progress) {
        int nt = columns.length;
        int n = columns[0].length;
        settings.checkWindow(nt);
        if (settings.binSize() > n / 2) {
            throw new ParameterException("binSize", String.valueOf(settings.binSize()),
                    "0 (automatic) or an integer between 1 and N/2 = " + n / 2 + " (N = " + n + " measurements)");
        }
        int binSize = settings.binSize() > 0 ? settings.binSize()
                : BinnedCorrelator.automaticBinSize(columns, progress.subTask(0, 0.05, "bin size"));
        BinnedCorrelator data = BinnedCorrelator.of(columns, binSize, progress.subTask(0.05, 0.1, "binning"));
        progress.checkCancelled();
        progress.report(0.1, "effective mass");
        double[] meff = EffectiveMass.values(data.mean());
        double[] meffErrors = EffectiveMass.errors(data.mean(), data.replicas(), progress);

        CoshModel model = new CoshModel(nt, settings.states(), settings.constant());
        int tauMax = settings.tauMaxFor(nt);
        if (settings.automaticTauMax()) {
            // points where C is not resolved carry only the noise (largely common to all τ), and a correlated
            // fit through them is no better than chance: stop where the signal ends, keeping one dof
            int fewest = (settings.automaticWindow() ? 1 : settings.tauMin()) + model.parameterCount();
            tauMax = Math.min(tauMax, Math.max(signalEnd(data.mean(), data.errors(), tauMax), fewest));
        }
        List<FitResult> scan = new ArrayList<>();
        FitResult chosen;
        boolean plateau = true;
        WindowAverage average = null;
        ProgressMonitor fits = progress.subTask(0.15, 1, "correlated fits");
        if (settings.automaticWindow()) {
            int last = Math.min(tauMax - model.parameterCount(), signalEnd(data.mean(), data.errors(), tauMax));
            for (int tauMin = 1; tauMin <= last; tauMin++) {
                scan.add(fit(model, data, tauMin, tauMax, settings, fits.subTask((tauMin - 1.0) / last, (double) tauMin / last,
                        "fit on [" + tauMin + ", " + tauMax + "]")));
            }
            WindowChoice.Choice c = WindowChoice.choose(scan);
            chosen = scan.get(c.index());
            plateau = c.plateau();
            average = WindowAverage.of(scan);
        } else {
            chosen = fit(model, data, settings.tauMin(), tauMax, settings, fits.subTask(0, 1,
                    "fit on [" + settings.tauMin() + ", " + tauMax + "]"));
            scan.add(chosen);
        }
        if (!chosen.ok()) {
            throw new IllegalStateException("the fit on [" + chosen.tauMin() + ", " + chosen.tauMax() + "] failed: "
                    + chosen.problem());
        }
        progress.report(1, "done");
        return new Outcome(n, binSize, data.bins(), data.mean(), data.errors(), meff, meffErrors, scan, chosen, plateau, average);
    }

    /**
     * The last τ_min of the automatic scan allowed by the signal: the largest τ ≥ 1 such that
     * {@code C(τ') ≥ }{@link #SIGNAL}{@code  σ(τ')} for every τ' in [1, τ] (at least 1). A window that starts
     * where the correlator is no longer resolved fits only noise (a flat cosh with Ê ≈ 0).
     */
    static int signalEnd(double[] mean, double[] errors, int tauMax) {
        int end = 1;
        while (end + 1 <= tauMax && mean[end + 1] >= SIGNAL * errors[end + 1]) {
            end++;
        }
        return end;
    }

    private static FitResult fit(CoshModel model, BinnedCorrelator data, int tauMin, int tauMax, FitSettings s,
            ProgressMonitor progress) {
        CorrelatedFit fit = new CorrelatedFit(model, tauMin, tauMax, data.covariance(), s.svdCut(), s.shrinkage());
        return fit.fit(data, model.start(data.mean(), tauMin, tauMax), progress);
    }
}
