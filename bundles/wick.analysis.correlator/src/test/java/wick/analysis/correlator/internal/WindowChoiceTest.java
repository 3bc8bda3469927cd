package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The "earliest stable plateau" rule of {@link WindowChoice} and its fallbacks. */
class WindowChoiceTest {
    private static FitResult entry(int tauMin, double e, double error, double p) {
        return new FitResult(tauMin, 10, List.of("A", "E"), new double[] {1, e}, new double[] {0.01, error},
                new double[2][2], 5, 5, p, 0, new double[11 - tauMin], new double[11 - tauMin], null);
    }

    private static List<FitResult> scan(double[][] rows) {
        List<FitResult> s = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            s.add(entry(i + 1, rows[i][0], rows[i][1], rows[i][2]));
        }
        return s;
    }

    @Test
    void takesTheEarliestAcceptableEntryThatAgreesWithTheNextTwo() {
        List<FitResult> s = scan(new double[][] {
            {0.70, 0.01, 0.001}, // excited states: bad p
            {0.60, 0.01, 0.20}, // good p, but 0.60 and the next, 0.52, differ by more than √2·0.01
            {0.52, 0.01, 0.40}, // good p and agrees with the next two
            {0.515, 0.012, 0.50},
            {0.51, 0.02, 0.60},
            {0.40, 0.05, 0.70}});
        WindowChoice.Choice c = WindowChoice.choose(s);
        assertEquals(2, c.index());
        assertTrue(c.plateau());
    }

    @Test
    void skipsAFailedNeighbourButNeedsBothToExist() {
        List<FitResult> s = new ArrayList<>(scan(new double[][] {{0.7, 0.01, 0.01}, {0.5, 0.01, 0.3}}));
        s.add(FitResult.failed(3, 10, List.of("A", "E"), 0, "did not converge"));
        s.add(entry(4, 0.505, 0.01, 0.4));
        s.add(entry(5, 0.3, 0.01, 0.4));
        WindowChoice.Choice c = WindowChoice.choose(s);
        assertEquals(1, c.index(), "entry 2 fails and is skipped; entry 3 agrees");
        assertTrue(c.plateau());
        // the last two entries of a scan have fewer than two neighbours: never a plateau
        WindowChoice.Choice d = WindowChoice.choose(scan(new double[][] {{0.7, 0.01, 0.01}, {0.5, 0.01, 0.3}, {0.5, 0.01, 0.3}}));
        assertEquals(1, d.index());
        assertFalse(d.plateau());
    }

    @Test
    void fallsBackToTheEarliestGoodPValueThenToTheLargestPValue() {
        List<FitResult> unstable = scan(new double[][] {{0.9, 0.01, 0.01}, {0.7, 0.01, 0.2}, {0.5, 0.01, 0.3}, {0.3, 0.01, 0.3}});
        WindowChoice.Choice c = WindowChoice.choose(unstable);
        assertEquals(1, c.index());
        assertFalse(c.plateau());
        List<FitResult> allBad = scan(new double[][] {{0.9, 0.01, 0.001}, {0.7, 0.01, 0.03}, {0.5, 0.01, 0.002}});
        WindowChoice.Choice d = WindowChoice.choose(allBad);
        assertEquals(1, d.index());
        assertFalse(d.plateau());
    }

    @Test
    void noConvergedFitIsAnError() {
        List<FitResult> s = List.of(FitResult.failed(1, 8, List.of("A", "E"), 0, "no minimum"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WindowChoice.choose(s));
        assertTrue(e.getMessage().contains("no minimum"), e.getMessage());
    }

    @Test
    void aWindowThatLostTheSignalIsNeverChosen() {
        // late windows fit the noise with a flat cosh: E ~ 0 with a meaningless small error and a good p-value
        List<FitResult> s = scan(new double[][] {{0.33, 0.005, 0.01}, {0.32, 0.008, 0.011}, {0.33, 0.01, 0.009},
            {4.7e-7, 2.2e-5, 0.09}, {1.9e-6, 4.1e-5, 0.14}, {5.3e-7, 3.0e-5, 0.11}, {2.5e-6, 6.1e-5, 0.64}});
        WindowChoice.Choice c = WindowChoice.choose(s);
        assertEquals(1, c.index(), "the resolved fit with the largest p-value");
        assertFalse(c.plateau());
        WindowAverage a = WindowAverage.of(s);
        for (int i = 3; i < s.size(); i++) {
            assertEquals(0, a.weights()[i], "unresolved fit " + i + " has no weight");
        }
        assertEquals(0.32, a.energy(), 0.02);
    }

    @Test
    void theScanEndsWhereTheCorrelatorIsNoLongerResolved() {
        double[] mean = {1, 0.5, 0.2, 0.05, 0.0035, 0.002, 0.05};
        double[] errors = {0.001, 0.001, 0.001, 0.001, 0.001, 0.001, 0.001};
        assertEquals(4, CorrelatorAnalysis.signalEnd(mean, errors, 6), "C(4) = 3.5 sigma counts; C(5) = 2 sigma ends it, whatever follows");
        assertEquals(3, CorrelatorAnalysis.signalEnd(mean, errors, 3), "never beyond tau_max");
        errors[4] = 0.002;
        assertEquals(3, CorrelatorAnalysis.signalEnd(mean, errors, 6));
        assertEquals(1, CorrelatorAnalysis.signalEnd(new double[] {1, 1e-6, 1e-6}, new double[] {1, 1, 1}, 2), "at least tau_min = 1");
    }
}
