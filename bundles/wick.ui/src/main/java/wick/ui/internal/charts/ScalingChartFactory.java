package wick.ui.internal.charts;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.ui.internal.results.ValueFormat;

/**
 * A scaling law on log–log axes (task {@code gravity.scaling}, e.g. a variance ∝ 1/M): a series whose
 * name contains {@code scaling} or {@code variance} (any case) against a block size M, as points with
 * error bars on logarithmic x (base 2) and y axes, and, with the scalars {@code slope} and
 * {@code intercept} of the fit {@code ln y = intercept + slope ln M} (or {@code NAMESlope},
 * {@code NAMEIntercept}, or, for a name {@code ...varianceXY}, {@code slopeXY} and {@code interceptXY}),
 * the fitted line across the data's range, labelled "slope = s ± e". Points with
 * M ≤ 0 are left out; values and error ends ≤ 0 are clamped as {@link LogClamp} does. A series with
 * fewer than half of its values positive is left to the linear {@link SeriesChartFactory}.
 */
public class ScalingChartFactory implements ChartFactory {

    static boolean isScalingName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("scaling") || lower.contains("variance");
    }

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        if (!isScalingName(name) || !(result instanceof SeriesResult s)) {
            return false;
        }
        double[] x = s.x();
        double[] y = s.y();
        int usable = 0;
        int positive = 0;
        for (int i = 0; i < y.length; i++) {
            if (x[i] > 0 && x[i] < Double.POSITIVE_INFINITY) {
                usable++;
                if (y[i] > 0 && y[i] < Double.POSITIVE_INFINITY) {
                    positive++;
                }
            }
        }
        return positive > 0 && 2 * positive >= usable;
    }

    /** The fit {@code (slope, intercept)}, or null when either is missing. */
    static ScalarResult[] fit(String name, Map<String, Result> all) {
        String tail = name.replaceFirst("(?i)^.*?(variance|scaling)", "");
        ScalarResult slope = Lookup.scalar(all, name + "Slope", "slope" + tail, "slope");
        ScalarResult intercept = Lookup.scalar(all, name + "Intercept", "intercept" + tail, "intercept");
        return slope == null || intercept == null ? null : new ScalarResult[] {slope, intercept};
    }

    /** "slope = s ± e" (or "slope = s" when exact). */
    static String slopeLabel(ScalarResult slope) {
        return "slope = " + ValueFormat.format(slope.value(), slope.error());
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        SeriesResult s = (SeriesResult) result;
        double[] x0 = s.x();
        double[] y0 = s.y();
        double[] e0 = s.error();
        int n = 0;
        for (double v : x0) {
            if (v > 0 && v < Double.POSITIVE_INFINITY) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0, j = 0; i < x0.length; i++) {
            if (x0[i] > 0 && x0[i] < Double.POSITIVE_INFINITY) {
                x[j] = x0[i];
                y[j] = y0[i];
                e[j++] = Lookup.error(e0[i]);
            }
        }
        LogClamp c = LogClamp.of(y, e);
        org.jfree.data.xy.YIntervalSeriesCollection data = SeriesChartFactory.dataset(s.yLabel(), x, c.y(), c.lower(), c.upper());
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, Charts.colour(0));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setErrorPaint(Charts.colour(0));
        renderer.setCapLength(5);

        LogAxis xAxis = new LogAxis(s.xLabel() + " (log)");
        xAxis.setBase(2);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        xAxis.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        xAxis.setSmallestValue(1e-300);
        LogAxis yAxis = new CorrelatorAxis(s.yLabel() + " (log)");
        yAxis.setSmallestValue(c.drawable() ? c.floor() : 1e-300);
        yAxis.setAutoRangeMinimumSize(1e-300);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);

        ScalarResult[] fit = fit(name, all);
        boolean line = false;
        if (fit != null && n > 0) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double v : x) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            XYSeries f = new XYSeries(slopeLabel(fit[0]), false, true);
            for (double m : lo == hi ? new double[] {lo} : new double[] {lo, hi}) {
                double v = Math.exp(fit[1].value() + fit[0].value() * Math.log(m));
                if (v > 0 && v < Double.POSITIVE_INFINITY) {
                    f.add(m, v);
                }
            }
            if (f.getItemCount() == 2) {
                XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
                lr.setSeriesPaint(0, Charts.colour(1));
                lr.setSeriesStroke(0, new BasicStroke(1.5f));
                plot.setDataset(1, new XYSeriesCollection(f));
                plot.setRenderer(1, lr);
                line = true;
            }
        }
        return Charts.chart(name, plot, line);
    }
}
