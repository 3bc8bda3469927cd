package wick.ui.internal.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import wick.api.result.SeriesResult;

class CorrelatorAxisTest {

    @Test
    void niceValuesWithinAFewDecades() {
        assertEquals(List.of(0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 2.0, 3.0), CorrelatorAxis.values(0.41, 3.2, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
        assertEquals(List.of(0.002, 0.005, 0.01, 0.02, 0.05, 0.1), CorrelatorAxis.values(0.0015, 0.15, new int[] {1, 2, 5}));
    }

    @Test
    void labels() {
        assertEquals("0.002", CorrelatorAxis.label(0.002));
        assertEquals("30", CorrelatorAxis.label(30));
        assertEquals("1", CorrelatorAxis.label(1.0));
        assertEquals("2e-7", CorrelatorAxis.label(2e-7));
        assertEquals("5e6", CorrelatorAxis.label(5e6));
    }

    @Test
    void shortRangeCorrelatorRenders() throws IOException {
        double[] y = new double[32];
        double[] e = new double[32];
        for (int t = 0; t < 32; t++) {
            y[t] = 0.47 * Math.cosh(0.11 * (t - 16));
            e[t] = 0.02;
        }
        SeriesResult c = SeriesResult.indexed(y, e, "tau", "C");
        ChartFactoriesTest.render(new CorrelatorChartFactory().create("correlator", c, Map.of()), "correlator-short");
    }
}
