package wick.model.ebm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.random.RandomStream;
import wick.stats.GammaEstimate;

class EstimatesTest {
    /**
     * Regression: the jackknife fallback built a GammaEstimate with NaN fields, which the record
     * refuses, so a chain whose M flips sign every sweep (cluster sampler, ordered phase) failed.
     */
    @Test
    void stronglyAnticorrelatedSeriesFallsBackToTheJackknife() {
        RandomStream r = RandomStream.of(4);
        double[] x = new double[10_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i % 2 == 0 ? 1 : -1) * (0.8 + 0.05 * r.nextGaussian());
        }
        GammaEstimate e = Estimates.primary(x);
        assertFalse(e.windowFound());
        assertTrue(Double.isFinite(e.error()) && e.error() > 0, "error " + e.error());
        assertTrue(Double.isFinite(e.tauInt()) && e.tauInt() < 0.5, "anticorrelated: tau_int " + e.tauInt());
        assertTrue(Math.abs(e.mean()) < 4 * e.error() + 1e-3, "mean " + e.mean() + " ± " + e.error());
    }

    @Test
    void ordinarySeriesUsesTheGammaMethod() {
        RandomStream r = RandomStream.of(5);
        double[] x = new double[10_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian();
        }
        GammaEstimate e = Estimates.primary(x);
        assertTrue(e.windowFound());
        assertEquals(0.01, e.error(), 0.001);
    }
}
