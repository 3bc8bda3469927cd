package wick.ui.internal.charts;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import wick.api.result.Result;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.ui.internal.results.ValueFormat;

/**
 * A spectrum (Fock-space spectra, task {@code fock.spectrum}): a {@link SeriesResult} or
 * {@link TableResult} called {@code energies}, {@code ...Energies} or {@code ...spectrum}, drawn as
 * one short horizontal tick per level, x = sector (momentum, particle number...) and y = energy,
 * coloured by sector. A series gives (x, y) = (sector, energy); a table gives them from its columns:
 * the energy column is the one called {@code energy}/{@code E} (else containing "energ", else the last
 * numeric one), the sector column the one called {@code sector}/{@code momentum}/{@code k}/{@code p}/{@code N}
 * (else the first other numeric one; none: all levels in sector 0). Non-numeric sectors are
 * labels on a symbol axis.
 */
public class SpectrumChartFactory implements ChartFactory {
    /** Width of a level's tick in pixels. */
    static final double TICK = 22;

    /** Levels as (sector, energy) with the axis labels; {@code sectorNames} non-null for a symbolic sector. */
    record Levels(List<double[]> points, String sectorLabel, String energyLabel, String[] sectorNames) {
    }

    static boolean isSpectrumName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.equals("energies") || name.endsWith("Energies") || lower.endsWith("spectrum");
    }

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        if (!isSpectrumName(name) || !(result instanceof SeriesResult || result instanceof TableResult)) {
            return false;
        }
        Levels l = levels(result);
        return l != null && !l.points().isEmpty();
    }

    /** The levels of a series or a table, or null when the table has no numeric energy column. */
    static Levels levels(Result result) {
        if (result instanceof SeriesResult s) {
            List<double[]> pts = new ArrayList<>();
            double[] x = s.x();
            double[] y = s.y();
            for (int i = 0; i < y.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                    pts.add(new double[] {x[i], y[i]});
                }
            }
            return new Levels(pts, s.xLabel(), s.yLabel(), null);
        }
        if (!(result instanceof TableResult t)) {
            return null;
        }
        List<String> cols = t.columns();
        int energy = column(cols, t, true, -1, "energy", "e", "energies");
        if (energy < 0) {
            return null;
        }
        int sector = column(cols, t, false, energy, "sector", "momentum", "k", "p", "n", "q");
        Map<String, Integer> names = new LinkedHashMap<>();
        boolean symbolic = sector >= 0 && !numeric(t, sector);
        List<double[]> pts = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            if (!(row.get(energy) instanceof Number e) || !Double.isFinite(e.doubleValue())) {
                continue;
            }
            double x;
            if (sector < 0) {
                x = 0;
            } else if (symbolic) {
                x = names.computeIfAbsent(String.valueOf(row.get(sector)), k -> names.size());
            } else {
                x = ((Number) row.get(sector)).doubleValue();
            }
            pts.add(new double[] {x, e.doubleValue()});
        }
        return new Levels(pts, sector < 0 ? "sector" : cols.get(sector), cols.get(energy),
                symbolic ? names.keySet().toArray(new String[0]) : null);
    }

    /**
     * The column called one of {@code names} (ignoring case), else (for the energy) one containing
     * "energ", else the last (energy) or first (sector) numeric column other than {@code skip}; −1 if none.
     */
    private static int column(List<String> cols, TableResult t, boolean isEnergy, int skip, String... names) {
        for (String n : names) {
            for (int i = 0; i < cols.size(); i++) {
                if (i != skip && cols.get(i).trim().equalsIgnoreCase(n) && (!isEnergy || numeric(t, i))) {
                    return i;
                }
            }
        }
        if (isEnergy) {
            for (int i = 0; i < cols.size(); i++) {
                if (cols.get(i).toLowerCase(Locale.ROOT).contains("energ") && numeric(t, i)) {
                    return i;
                }
            }
            for (int i = cols.size() - 1; i >= 0; i--) {
                if (numeric(t, i)) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = 0; i < cols.size(); i++) {
            if (i != skip && numeric(t, i) && !cols.get(i).equalsIgnoreCase("level")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean numeric(TableResult t, int col) {
        for (List<Object> row : t.rows()) {
            if (!(row.get(col) instanceof Number)) {
                return false;
            }
        }
        return !t.rows().isEmpty();
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        Levels l = levels(result);
        XYSeriesCollection data = new XYSeriesCollection();
        XYShapeRenderer renderer = new XYShapeRenderer();
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
        Line2D tick = new Line2D.Double(-TICK / 2, 0, TICK / 2, 0);
        Map<Double, XYSeries> bySector = new LinkedHashMap<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean integral = true;
        for (double[] p : l.points()) {
            bySector.computeIfAbsent(p[0], x -> new XYSeries(l.sectorLabel() + " "
                    + (l.sectorNames() != null ? l.sectorNames()[(int) x.doubleValue()] : ValueFormat.exact(x)), false, true)).add(p[0], p[1], false);
            lo = Math.min(lo, p[0]);
            hi = Math.max(hi, p[0]);
            integral &= p[0] == Math.rint(p[0]);
        }
        int k = 0;
        for (XYSeries s : bySector.values()) {
            data.addSeries(s);
            renderer.setSeriesPaint(k, Charts.colour(k));
            renderer.setSeriesShape(k, tick);
            renderer.setSeriesOutlineStroke(k, new BasicStroke(2f));
            k++;
        }
        ValueAxis xAxis;
        if (l.sectorNames() != null) {
            xAxis = new SymbolAxis(l.sectorLabel(), l.sectorNames());
        } else {
            NumberAxis n = new NumberAxis(l.sectorLabel());
            if (integral) {
                n.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            xAxis = n;
        }
        xAxis.setAutoRange(false);
        double pad = hi > lo ? Math.max(0.5, 0.05 * (hi - lo)) : 1;
        xAxis.setRange(lo - pad, hi + pad);
        NumberAxis yAxis = new NumberAxis(l.energyLabel());
        yAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeStickyZero(false); // a level at E = 0 stays off the axis line
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        return Charts.chart(name + " (" + l.points().size() + " levels)", plot, false);
    }
}
