package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Akaike-weighted model average of {@link WindowAverage}, against hand-computed weights. */
class WindowAverageTest {
    private static FitResult entry(int tauMin, double e, double error, double chi2) {
        return new FitResult(tauMin, 10, List.of("A", "E"), new double[] {1, e}, new double[] {0.01, error},
                new double[2][2], chi2, 9 - tauMin, 0.5, 0, new double[11 - tauMin], new double[11 - tauMin], null);
    }

    @Test
    void weightsAreAkaikeWeightsWithTheCutPenalty() {
        // w ∝ exp(−½(χ² + 2 N_cut)): (χ², N_cut) = (10, 0), (6, 1), (7, 2) → exponents −5, −4, −5.5
        List<FitResult> scan = List.of(entry(1, 0.50, 0.01, 10), entry(2, 0.52, 0.02, 6), entry(3, 0.49, 0.03, 7));
        WindowAverage a = WindowAverage.of(scan);
        double[] raw = {Math.exp(-5), Math.exp(-4), Math.exp(-5.5)};
        double z = raw[0] + raw[1] + raw[2];
        double[] e = {0.50, 0.52, 0.49};
        double[] s = {0.01, 0.02, 0.03};
        double mean = 0;
        double stat = 0;
        for (int i = 0; i < 3; i++) {
            assertEquals(raw[i] / z, a.weights()[i], 1e-15);
            mean += raw[i] / z * e[i];
            stat += raw[i] / z * s[i] * s[i];
        }
        double spread = 0;
        for (int i = 0; i < 3; i++) {
            spread += raw[i] / z * (e[i] - mean) * (e[i] - mean);
        }
        assertEquals(mean, a.energy(), 1e-15);
        assertEquals(Math.sqrt(stat), a.statError(), 1e-15);
        assertEquals(Math.sqrt(spread), a.systError(), 1e-15);
        assertEquals(Math.sqrt(stat + spread), a.error(), 1e-15);
    }

    @Test
    void failedFitsGetNoWeightAndAllFailedIsAnError() {
        FitResult failed = FitResult.failed(1, 10, List.of("A", "E"), 0, "did not converge");
        WindowAverage a = WindowAverage.of(List.of(failed, entry(2, 0.5, 0.01, 3)));
        assertEquals(0, a.weights()[0]);
        assertEquals(1, a.weights()[1]);
        assertEquals(0.5, a.energy(), 0);
        assertEquals(0, a.systError(), 0);
        assertThrows(IllegalStateException.class, () -> WindowAverage.of(List.of(failed)));
    }
}
