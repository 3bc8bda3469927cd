package wick.ui.internal.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class SpanMarkTest {

    @Test
    void stretchesOfEqualSamplers() {
        List<SpanMark> spans = SpanMark.of(List.of("metropolis", "metropolis", "hmc", "hmc", "hmc", "metropolis"));
        assertEquals(List.of(new SpanMark("metropolis", 0, 2), new SpanMark("hmc", 2, 5), new SpanMark("metropolis", 5, 6)),
                spans);
        assertEquals(List.of(), SpanMark.of(List.of()));
    }

    @Test
    void eachSamplerHasItsOwnColourAndEachStretchABand() throws Exception {
        List<SpanMark> spans = SpanMark.of(List.of("metropolis", "hmc", "cluster", "metropolis"));
        Map<String, Color> colours = TraceChart.colours(spans);
        assertEquals(3, colours.size());
        assertEquals(3, colours.values().stream().distinct().count());
        JFreeChart chart = TraceChart.create("M");
        double[] y = new double[4000];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(i * 0.01);
        }
        TraceChart.setData(chart, TraceDecimation.decimate(y, TraceDecimation.MAX_POINTS));
        TraceChart.setSpans(chart, List.of(new SpanMark("metropolis", 0, 1500), new SpanMark("hmc", 1500, 2500),
                new SpanMark("cluster", 2500, 4000)));
        assertEquals(3, chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());
        assertEquals(3, chart.getXYPlot().getLegendItems().getItemCount());
        ChartFactoriesTest.render(chart, "trace");
    }
}
