package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import wick.api.progress.ProgressMonitor;

/**
 * Excited states and a constant (PHYSICS 6) on synthetic data with a known truth: the two-state fit
 * recovers both energies, a one-state fit on the same early window is rejected by its p-value and
 * the automatic window moves past the excited state; the fit with B recovers the constant.
 */
class MultiStateFitTest {
    private static final int NT = 32;

    private static void assertWithin(double truth, double value, double error, String what, String figures) {
        assertTrue(Math.abs(value - truth) <= Tolerance.SYNTHETIC_STANDARD_ERRORS * error,
                what + " = " + value + " ± " + error + " vs " + truth + "; " + figures);
    }

    @Test
    void twoStateFitRecoversBothEnergies(TestReporter reporter) {
        CoshModel truth = new CoshModel(NT, 2, false);
        double[] p = {1, 0.3, 1.5, 0.9};
        double[][] columns = SyntheticData.draw(t -> truth.value(p, t), t -> 0.002 + 0.05 * truth.value(p, t), 0.6, NT, 1000, 31);
        FitResult two = CorrelatorAnalysis.analyse(columns, new FitSettings(1, 16, 1, 1e-8, 0, false, 2), ProgressMonitor.NONE).fit();
        FitResult one = CorrelatorAnalysis.analyse(columns, new FitSettings(1, 16, 1, 1e-8, 0, false, 1), ProgressMonitor.NONE).fit();
        CorrelatorAnalysis.Outcome auto = CorrelatorAnalysis.analyse(columns, new FitSettings(-1, 16, 1, 1e-8, 0, false, 1),
                ProgressMonitor.NONE);
        String figures = String.format("two states on [1,16]: E1 = %.5f ± %.5f, E2 = %.4f ± %.4f, p = %.3f; one state on [1,16]: p = %.2g; "
                + "automatic one-state window [%d,16]: E = %.5f ± %.5f, p = %.3f", two.value("E"), two.error("E"), two.value("E2"),
                two.error("E2"), two.pValue(), one.pValue(), auto.fit().tauMin(), auto.fit().energy(), auto.fit().energyError(),
                auto.fit().pValue());
        reporter.publishEntry("two states", figures);
        System.out.println(figures);
        assertEquals(java.util.List.of("A", "E", "A2", "E2"), two.names());
        assertWithin(0.3, two.value("E"), two.error("E"), "E1", figures);
        assertWithin(0.9, two.value("E2"), two.error("E2"), "E2", figures);
        assertWithin(1.5, two.value("A2"), two.error("A2"), "A2", figures);
        assertTrue(two.value("E2") > two.value("E"));
        assertTrue(two.pValue() > 1e-3, figures);
        assertTrue(one.pValue() < 1e-6, "one exponential cannot describe [1, 16]: " + figures);
        assertTrue(auto.fit().tauMin() > 1, figures);
        assertWithin(0.3, auto.fit().energy(), auto.fit().energyError(), "E", figures);
    }

    @Test
    void constantIsRecovered(TestReporter reporter) {
        int nt = 24;
        CoshModel truth = new CoshModel(nt, 1, true);
        double[] p = {1, 0.35, 0.05};
        double[][] columns = SyntheticData.draw(t -> truth.value(p, t), t -> 0.002 + 0.03 * truth.value(p, t), 0.6, nt, 1000, 32);
        FitResult with = CorrelatorAnalysis.analyse(columns, new FitSettings(1, 12, 1, 1e-8, 0, true, 1), ProgressMonitor.NONE).fit();
        FitResult without = CorrelatorAnalysis.analyse(columns, new FitSettings(1, 12, 1, 1e-8, 0, false, 1), ProgressMonitor.NONE).fit();
        String figures = String.format("with B: E = %.5f ± %.5f, B = %.5f ± %.5f, p = %.3f; without: E = %.5f, p = %.2g",
                with.energy(), with.energyError(), with.value("B"), with.error("B"), with.pValue(), without.energy(), without.pValue());
        reporter.publishEntry("constant", figures);
        System.out.println(figures);
        assertWithin(0.35, with.energy(), with.energyError(), "E", figures);
        assertWithin(0.05, with.value("B"), with.error("B"), "B", figures);
        assertTrue(without.pValue() < 1e-6, figures);
    }
}
