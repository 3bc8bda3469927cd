package wick.ui.internal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import wick.api.result.Result;
import wick.api.result.SeriesResult;

/**
 * A complex function as the pair of series {@code NAMEReal} and {@code NAMEImag} (task
 * {@code lorentz.exact}: {@code GMReal}/{@code GMImag}; {@code wick.rotation}:
 * {@code logGaussianIntegralReal}/{@code Imag}): both curves on one linear axis, in a plot called
 * {@code NAME}. An additional plot: the two series keep their own.
 */
public class ComplexSeriesChartFactory implements ChartFactory {
    private static final String REAL = "Real";
    private static final String IMAG = "Imag";

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        return name.length() > REAL.length() && name.endsWith(REAL) && result instanceof SeriesResult re && re.size() > 0
                && all.get(imagName(name)) instanceof SeriesResult im && im.size() > 0;
    }

    @Override
    public String plotName(String name) {
        return name.substring(0, name.length() - REAL.length());
    }

    @Override
    public boolean additional() {
        return true;
    }

    private static String imagName(String name) {
        return name.substring(0, name.length() - REAL.length()) + IMAG;
    }

    /** The common label: {@code G} for {@code Re G}/{@code Im G}, else the plot name. */
    static String commonLabel(String base, SeriesResult re, SeriesResult im) {
        String r = re.yLabel().trim();
        String i = im.yLabel().trim();
        if (r.startsWith("Re ") && i.startsWith("Im ") && r.substring(3).equals(i.substring(3))) {
            return r.substring(3).trim();
        }
        return base;
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        SeriesResult re = (SeriesResult) result;
        SeriesResult im = (SeriesResult) all.get(imagName(name));
        String base = plotName(name);
        String reKey = re.yLabel().equals(im.yLabel()) ? "Re" : re.yLabel();
        String imKey = re.yLabel().equals(im.yLabel()) ? "Im" : im.yLabel();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series(reKey, re));
        data.addSeries(series(imKey, im));
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setCapLength(4);
        for (int k = 0; k < 2; k++) {
            renderer.setSeriesPaint(k, Charts.colour(k));
            renderer.setSeriesStroke(k, Charts.LINE);
            renderer.setSeriesShape(k, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            renderer.setSeriesShapesVisible(k, (k == 0 ? re : im).size() <= 200);
        }
        NumberAxis xAxis = new NumberAxis(re.xLabel());
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(commonLabel(base, re, im));
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.6f)));
        return Charts.chart(base, plot, true);
    }

    private static YIntervalSeries series(String key, SeriesResult s) {
        YIntervalSeries series = new YIntervalSeries(key, false, true);
        double[] x = s.x();
        double[] y = s.y();
        double[] e = s.error();
        for (int i = 0; i < y.length; i++) {
            double err = Lookup.error(e[i]);
            series.add(x[i], y[i], y[i] - err, y[i] + err);
        }
        return series;
    }

    /** {@code x,re,reError,im,imError} when both parts share their x values, else {@code part,x,y,error}. */
    @Override
    public String csv(String name, Result result, Map<String, Result> all) {
        SeriesResult re = (SeriesResult) result;
        SeriesResult im = (SeriesResult) all.get(imagName(name));
        StringBuilder b = new StringBuilder();
        if (Arrays.equals(re.x(), im.x())) {
            double[] x = re.x();
            double[] yr = re.y();
            double[] er = re.error();
            double[] yi = im.y();
            double[] ei = im.error();
            b.append(re.xLabel()).append(",re,reError,im,imError\n");
            for (int i = 0; i < x.length; i++) {
                b.append(x[i]).append(',').append(yr[i]).append(',').append(er[i]).append(',').append(yi[i]).append(',')
                        .append(ei[i]).append('\n');
            }
            return b.toString();
        }
        b.append("part,").append(re.xLabel()).append(",y,error\n");
        for (int k = 0; k < 2; k++) {
            SeriesResult s = k == 0 ? re : im;
            double[] x = s.x();
            double[] y = s.y();
            double[] e = s.error();
            for (int i = 0; i < x.length; i++) {
                b.append(k == 0 ? "re" : "im").append(',').append(x[i]).append(',').append(y[i]).append(',').append(e[i])
                        .append('\n');
            }
        }
        return b.toString();
    }
}
