package wick.ui.internal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.ui.internal.results.ValueFormat;

/**
 * The effective-mass plateau with its fit (task {@code correlator.fit}): the series
 * {@code effectiveMass} (τ → Ê_eff with errors) as points with error bars, and, when the run has the
 * scalar {@code energyLattice} (Ê ± δÊ), a band Ê ± δÊ with its central line drawn over the fit window
 * [{@code tauMin}, {@code tauMax}] only (over the data's range when the window is missing). Without
 * the fit, just the points. A series {@code PREFIXEffectiveMass} pairs with
 * {@code PREFIXEnergyLattice}, {@code PREFIXTauMin}, {@code PREFIXTauMax} (or the unprefixed names).
 * The plot is called {@code fitPlateau} ({@code PREFIXFitPlateau}).
 */
public class FitPlateauChartFactory implements ChartFactory {
    static final String MASS = "effectiveMass";
    private static final String SUFFIX = "EffectiveMass";

    /** The fit drawn over the points: the band {@code [energy − error, energy + error]} over {@code [from, to]}. */
    record Band(double from, double to, double energy, double error) {
    }

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        return (name.equals(MASS) || name.endsWith(SUFFIX)) && result instanceof SeriesResult s && s.size() > 0;
    }

    @Override
    public String plotName(String name) {
        String prefix = prefix(name);
        return prefix.isEmpty() ? "fitPlateau" : prefix + "FitPlateau";
    }

    private static String prefix(String name) {
        return name.equals(MASS) ? "" : name.substring(0, name.length() - SUFFIX.length());
    }

    /** The fit band, or null when the run has no finite {@code energyLattice}. */
    static Band band(String name, SeriesResult s, Map<String, Result> all) {
        String p = prefix(name);
        ScalarResult e = Lookup.scalar(all, Lookup.prefixed(p, "energyLattice"), "energyLattice");
        if (e == null) {
            return null;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : s.x()) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        ScalarResult min = Lookup.scalar(all, Lookup.prefixed(p, "tauMin"), "tauMin");
        ScalarResult max = Lookup.scalar(all, Lookup.prefixed(p, "tauMax"), "tauMax");
        double from = min != null ? min.value() : lo;
        double to = max != null ? max.value() : hi;
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            return null;
        }
        return new Band(Math.min(from, to), Math.max(from, to), e.value(), Lookup.error(e.error()));
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        SeriesResult s = (SeriesResult) result;
        double[] x = s.x();
        double[] y = s.y();
        double[] err = s.error();
        YIntervalSeries points = new YIntervalSeries(s.yLabel(), false, true);
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                double e = Lookup.error(err[i]);
                points.add(x[i], y[i], y[i] - e, y[i] + e);
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(points);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, Charts.colour(0));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setErrorPaint(Charts.colour(0));
        renderer.setCapLength(5);
        NumberAxis xAxis = new NumberAxis(s.xLabel());
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(s.yLabel());
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        Band b = band(name, s, all);
        if (b != null) {
            YIntervalSeries fit = new YIntervalSeries("fit: " + ValueFormat.format(b.energy(), b.error()) + ", "
                    + s.xLabel() + " in [" + ValueFormat.exact(b.from()) + ", " + ValueFormat.exact(b.to()) + "]", false, true);
            fit.add(b.from(), b.energy(), b.energy() - b.error(), b.energy() + b.error());
            fit.add(b.to(), b.energy(), b.energy() - b.error(), b.energy() + b.error());
            YIntervalSeriesCollection band = new YIntervalSeriesCollection();
            band.addSeries(fit);
            DeviationRenderer dev = new DeviationRenderer(true, false);
            Color c = (Color) Charts.colour(1);
            dev.setSeriesPaint(0, c);
            dev.setSeriesFillPaint(0, c);
            dev.setSeriesStroke(0, new BasicStroke(1.5f));
            dev.setAlpha(0.3f);
            // dataset 1 is drawn before dataset 0 (reverse order): the band lies under the points
            plot.setDataset(1, band);
            plot.setRenderer(1, dev);
        }
        return Charts.chart(plotName(name), plot, b != null);
    }

    /** The series with the fit: x, y, error, then the fit and its error on the points inside the window (else empty). */
    @Override
    public String csv(String name, Result result, Map<String, Result> all) {
        SeriesResult s = (SeriesResult) result;
        Band b = band(name, s, all);
        double[] x = s.x();
        double[] y = s.y();
        double[] e = s.error();
        StringBuilder out = new StringBuilder(s.xLabel()).append(',').append(s.yLabel()).append(",error,fit,fitError\n");
        for (int i = 0; i < y.length; i++) {
            out.append(x[i]).append(',').append(y[i]).append(',').append(e[i]).append(',');
            if (b != null && x[i] >= b.from() && x[i] <= b.to()) {
                out.append(b.energy()).append(',').append(b.error());
            } else {
                out.append(',');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
