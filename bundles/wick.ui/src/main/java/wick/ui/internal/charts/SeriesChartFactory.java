package wick.ui.internal.charts;

import java.awt.geom.Ellipse2D;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import wick.api.result.Result;
import wick.api.result.SeriesResult;

/** Any {@link SeriesResult}: points joined by lines, with vertical error bars where errors are non-zero. */
public class SeriesChartFactory implements ChartFactory {

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        return result instanceof SeriesResult;
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        SeriesResult s = (SeriesResult) result;
        double[] y = s.y();
        double[] e = s.error();
        double[] lo = new double[y.length];
        double[] hi = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            lo[i] = y[i] - e[i];
            hi[i] = y[i] + e[i];
        }
        NumberAxis yAxis = new NumberAxis(s.yLabel());
        yAxis.setAutoRangeIncludesZero(false);
        return chart(name, s, y, lo, hi, yAxis);
    }

    /** The chart of {@code y} with the interval {@code [lo, hi]} at each x of {@code s}, on {@code yAxis}. */
    static JFreeChart chart(String name, SeriesResult s, double[] y, double[] lo, double[] hi, ValueAxis yAxis) {
        YIntervalSeriesCollection data = dataset(name, s.x(), y, lo, hi);
        NumberAxis xAxis = new NumberAxis(s.xLabel());
        xAxis.setAutoRangeIncludesZero(false);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(s.size() <= 200);
        renderer.setSeriesPaint(0, Charts.colour(0));
        renderer.setSeriesStroke(0, Charts.LINE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setErrorPaint(Charts.colour(0));
        renderer.setCapLength(5);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        return Charts.chart(name, plot, false);
    }

    static YIntervalSeriesCollection dataset(String key, double[] x, double[] y, double[] lo, double[] hi) {
        YIntervalSeries series = new YIntervalSeries(key, false, true);
        for (int i = 0; i < y.length; i++) {
            series.add(x[i], y[i], lo[i], hi[i]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        return data;
    }
}
