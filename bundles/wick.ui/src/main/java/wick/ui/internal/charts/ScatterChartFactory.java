package wick.ui.internal.charts;

import java.awt.geom.Ellipse2D;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import wick.api.result.Result;
import wick.api.result.SeriesResult;

/**
 * One quantity against another, point by point (task {@code seeleydewitt.local}: the fitted
 * {@code a_1(n)} against the curvature {@code R(n)/6 − m²} of the background, one point per site): a
 * {@link SeriesResult} whose name ends in {@code Scatter} (or is {@code scatter}), drawn as unjoined
 * points with the diagonal {@code y = x} across the common range, the line on which both agree.
 */
public class ScatterChartFactory implements ChartFactory {
    private static final String SUFFIX = "scatter";

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX) && result instanceof SeriesResult s && s.size() > 0;
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        SeriesResult s = (SeriesResult) result;
        double[] x = s.x();
        double[] y = s.y();
        XYSeries points = new XYSeries(name, false, true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                points.add(x[i], y[i]);
                lo = Math.min(lo, Math.min(x[i], y[i]));
                hi = Math.max(hi, Math.max(x[i], y[i]));
            }
        }
        XYSeries diagonal = new XYSeries("y = x", false, true);
        if (lo <= hi) {
            diagonal.add(lo, lo);
            diagonal.add(hi, hi);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(points);
        data.addSeries(diagonal);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesPaint(0, Charts.colour(0));
        renderer.setSeriesLinesVisible(1, true);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, Charts.colour(1));
        renderer.setSeriesStroke(1, Charts.LINE);
        NumberAxis xAxis = new NumberAxis(s.xLabel());
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(s.yLabel());
        yAxis.setAutoRangeIncludesZero(false);
        return Charts.chart(name, new XYPlot(data, xAxis, yAxis, renderer), true);
    }
}
