package wick.ui.internal.charts;

import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;

import wick.api.result.Result;
import wick.api.result.SeriesResult;

/**
 * Correlators on a logarithmic y axis, where an exponential decay is a straight line: a series whose
 * y label is {@code C} (or starts with {@code C(} or {@code C_}, e.g. a fitted {@code C_fit}), or whose name is {@code G} or contains
 * {@code correlator}, when at least half of its values are positive (otherwise, e.g. a perturbative
 * coefficient of either sign, the linear {@link SeriesChartFactory} draws it). Values and error ends
 * ≤ 0 are clamped to a positive floor, see {@link LogClamp}.
 */
public class CorrelatorChartFactory implements ChartFactory {

    /** Whether the series is a correlator by its name or label. */
    static boolean isCorrelator(String name, SeriesResult s) {
        String label = s.yLabel().trim();
        return label.equals("C") || label.startsWith("C(") || label.startsWith("C_") || name.equals("G")
                || name.toLowerCase(Locale.ROOT).contains("correlator");
    }

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        if (!(result instanceof SeriesResult s) || !isCorrelator(name, s) || s.size() == 0) {
            return false;
        }
        int positive = 0;
        for (double y : s.y()) {
            if (y > 0) {
                positive++;
            }
        }
        return 2 * positive >= s.size();
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        SeriesResult s = (SeriesResult) result;
        LogClamp c = LogClamp.of(s.y(), s.error());
        LogAxis axis = new CorrelatorAxis(s.yLabel() + " (log)");
        axis.setSmallestValue(c.drawable() ? c.floor() : 1e-300);
        axis.setAutoRangeMinimumSize(1e-300);
        return SeriesChartFactory.chart(name, s, c.y(), c.lower(), c.upper(), axis);
    }
}
