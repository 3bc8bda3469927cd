package wick.ui.internal.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

import wick.api.result.FieldResult;
import wick.api.result.Result;
import wick.api.result.SeriesResult;

/**
 * Fock-state probabilities over time (tasks {@code fock.evolve}, {@code fock.measure}): a
 * {@link FieldResult} called {@code probabilities} (or {@code ...Probabilities}) of shape
 * {@code [times, states]} as stacked bars, one bar per time and one colour per state. At most
 * {@link #SHOWN} states are shown (those with the largest peak probability, in state order); the others
 * are summed into one grey "other" series. The x values are the time indices, or the values of a
 * result {@code times} ({@code PREFIXTimes}) with one entry per time (a series' y or a 1-D field).
 */
public class ProbabilityBarsChartFactory implements ChartFactory {
    /** The most states drawn separately. */
    public static final int SHOWN = 12;
    static final String OTHER = "other";
    private static final String NAME = "probabilities";
    private static final String SUFFIX = "Probabilities";

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        return (name.equals(NAME) || name.endsWith(SUFFIX)) && result instanceof FieldResult f && f.shape().length == 2;
    }

    /** The states drawn separately: all, or the {@link #SHOWN} with the largest peak, ascending. */
    static int[] shownStates(double[] p, int times, int states) {
        if (states <= SHOWN) {
            int[] all = new int[states];
            for (int k = 0; k < states; k++) {
                all[k] = k;
            }
            return all;
        }
        double[] peak = new double[states];
        java.util.Arrays.fill(peak, Double.NEGATIVE_INFINITY);
        for (int t = 0; t < times; t++) {
            for (int k = 0; k < states; k++) {
                double v = p[t * states + k];
                if (Double.isFinite(v)) {
                    peak[k] = Math.max(peak[k], v);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < states; k++) {
            order.add(k);
        }
        order.sort((a, b) -> peak[a] != peak[b] ? Double.compare(peak[b], peak[a]) : Integer.compare(a, b));
        return order.subList(0, SHOWN).stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The x value of each time: the values of a matching {@code times} result, else the index. */
    private static double[] times(String name, int n, Map<String, Result> all) {
        String prefix = name.equals(NAME) ? "" : name.substring(0, name.length() - SUFFIX.length());
        for (String key : new String[] {Lookup.prefixed(prefix, "times"), "times"}) {
            Result r = all.get(key);
            double[] v = r instanceof SeriesResult s ? s.y() : r instanceof FieldResult f && f.shape().length == 1 ? f.values() : null;
            if (v != null && v.length == n && strictlyIncreasing(v)) {
                return v;
            }
        }
        double[] idx = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    private static boolean strictlyIncreasing(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i]) || i > 0 && v[i] <= v[i - 1]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        FieldResult f = (FieldResult) result;
        int times = f.shape()[0];
        int states = f.shape()[1];
        double[] p = f.values();
        double[] x = times(name, times, all);
        boolean indexed = x.length > 0 && x[0] == 0 && (x.length == 1 || x[x.length - 1] == x.length - 1);
        int[] shown = shownStates(p, times, states);
        boolean[] isShown = new boolean[states];
        for (int k : shown) {
            isShown[k] = true;
        }
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.1);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int j = 0; j < shown.length; j++) {
            XYSeries s = new XYSeries("state " + shown[j], true, false);
            for (int t = 0; t < times; t++) {
                s.add(x[t], finite(p[t * states + shown[j]]), false);
            }
            data.addSeries(s);
            Color c = (Color) Charts.colour(j);
            renderer.setSeriesPaint(j, j < Charts.PALETTE.length ? c : c.darker());
        }
        if (shown.length < states) {
            XYSeries other = new XYSeries(OTHER, true, false);
            for (int t = 0; t < times; t++) {
                double sum = 0;
                for (int k = 0; k < states; k++) {
                    if (!isShown[k]) {
                        sum += finite(p[t * states + k]);
                    }
                }
                other.add(x[t], sum, false);
            }
            data.addSeries(other);
            renderer.setSeriesPaint(shown.length, new Color(0xD0D0D0));
        }
        NumberAxis xAxis = new NumberAxis(indexed ? "time step" : "t");
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setLowerMargin(0.01);
        xAxis.setUpperMargin(0.01);
        if (indexed) {
            xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        NumberAxis yAxis = new NumberAxis(f.label());
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        return Charts.chart(name + " (" + states + " states" + (shown.length < states ? ", " + SHOWN + " shown" : "") + ")",
                plot, true);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0.0;
    }
}
