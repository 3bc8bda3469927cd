package wick.ui.internal.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A logarithmic axis with readable ticks: over many decades JFreeChart's powers of ten (10ⁿ);
 * over a few, ticks at {@code m × 10ⁿ} for m = 1..9 (or 1, 2, 5 when that is too many), labelled
 * as plain numbers, where JFreeChart would put ticks at fractional powers such as 3.1623.
 */
final class CorrelatorAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    /** Beyond this many decades the powers of ten alone are ticked. */
    static final double MANY_DECADES = 3.5;
    private static final int MAX_TICKS = 12;

    CorrelatorAxis(String label) {
        super(label);
        setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        double lo = getLowerBound();
        double hi = getUpperBound();
        if (!(lo > 0) || !(hi > lo) || Math.log10(hi / lo) >= MANY_DECADES) {
            return super.refreshTicksVertical(g2, dataArea, edge);
        }
        for (int[] mantissas : new int[][] {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 5}, {1}}) {
            List<ValueTick> ticks = ticks(lo, hi, mantissas, edge);
            if (ticks.size() <= MAX_TICKS) {
                return ticks.size() >= 2 ? ticks : super.refreshTicksVertical(g2, dataArea, edge);
            }
        }
        return super.refreshTicksVertical(g2, dataArea, edge);
    }

    /** The values {@code m × 10ⁿ} in [lo, hi] for the given mantissas. */
    static List<Double> values(double lo, double hi, int[] mantissas) {
        List<Double> values = new ArrayList<>();
        for (int n = (int) Math.floor(Math.log10(lo)); n <= (int) Math.ceil(Math.log10(hi)); n++) {
            for (int m : mantissas) {
                double v = new BigDecimal(m).scaleByPowerOfTen(n).doubleValue();
                if (v >= lo && v <= hi) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    private static List<ValueTick> ticks(double lo, double hi, int[] mantissas, RectangleEdge edge) {
        List<ValueTick> ticks = new ArrayList<>();
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        for (double v : values(lo, hi, mantissas)) {
            ticks.add(new NumberTick(TickType.MAJOR, v, label(v), anchor, TextAnchor.CENTER, 0.0));
        }
        return ticks;
    }

    /** {@code 0.002}, {@code 30}, or {@code 2e-7} outside 10⁻⁴..10⁶. */
    static String label(double v) {
        BigDecimal b = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        if (v >= 1e-4 && v < 1e6) {
            return b.toPlainString();
        }
        int exponent = b.precision() - b.scale() - 1;
        return b.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
    }
}
