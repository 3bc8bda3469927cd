package wick.ui.internal.charts;

import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import wick.api.result.HistogramResult;
import wick.api.result.Result;

/** A {@link HistogramResult} as bars spanning their bins. */
public class HistogramChartFactory implements ChartFactory {

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        return result instanceof HistogramResult;
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        HistogramResult h = (HistogramResult) result;
        double[] edges = h.edges();
        double[] counts = h.counts();
        XYIntervalSeries series = new XYIntervalSeries(name);
        for (int i = 0; i < counts.length; i++) {
            series.add(0.5 * (edges[i] + edges[i + 1]), edges[i], edges[i + 1], counts[i], 0, counts[i]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        XYBarRenderer renderer = new XYBarRenderer(0.0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(counts.length <= 100);
        renderer.setSeriesPaint(0, Charts.colour(0));
        NumberAxis xAxis = new NumberAxis(h.label());
        xAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, new NumberAxis("count"), renderer);
        return Charts.chart(name, plot, false);
    }
}
