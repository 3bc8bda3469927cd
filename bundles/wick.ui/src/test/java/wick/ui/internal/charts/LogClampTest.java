package wick.ui.internal.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

import wick.api.result.SeriesResult;
import wick.ui.internal.Samples;

class LogClampTest {

    @Test
    void negativeLowerErrorEndGivesNoNaNInTheDataset() {
        SeriesResult c = SeriesResult.indexed(new double[] {1.0, 0.1, 0.01, 0.002}, new double[] {0.01, 0.05, 0.02, 0.004},
                "tau", "C");
        JFreeChart chart = new CorrelatorChartFactory().create("correlator", c, Map.of());
        IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
        ValueAxis axis = chart.getXYPlot().getRangeAxis();
        Rectangle2D area = new Rectangle2D.Double(0, 0, 400, 300);
        for (int i = 0; i < data.getItemCount(0); i++) {
            for (double v : new double[] {data.getYValue(0, i), data.getStartYValue(0, i), data.getEndYValue(0, i)}) {
                assertFalse(Double.isNaN(v), "item " + i);
                assertTrue(v > 0, "item " + i + ": " + v);
                assertFalse(Double.isNaN(axis.valueToJava2D(v, area, RectangleEdge.LEFT)), "item " + i);
            }
        }
        // the lower ends 0.1 − 0.05 stays; 0.01 − 0.02 < 0 is clamped to 10⁻³ × the smallest positive (0.002 − 0.004 < 0, so 0.002)
        assertEquals(0.05, data.getStartYValue(0, 1), Samples.TOLERANCE);
        assertEquals(2e-6, data.getStartYValue(0, 2), Samples.TOLERANCE);
        assertEquals(0.01, data.getYValue(0, 2), Samples.TOLERANCE);
    }

    @Test
    void nonPositiveValuesGoToTheFloor() {
        LogClamp c = LogClamp.of(new double[] {1, 0.5, -0.01, 0.0, Double.NaN}, new double[] {0.1, 0.1, 0.02, 0.0, 0.0});
        assertEquals(LogClamp.FLOOR_FACTOR * 0.4, c.floor(), Samples.TOLERANCE);
        for (int i = 0; i < 5; i++) {
            assertTrue(c.y()[i] > 0 && c.lower()[i] > 0 && c.upper()[i] > 0, "item " + i);
            assertTrue(c.lower()[i] <= c.y()[i] && c.y()[i] <= c.upper()[i], "item " + i);
        }
        assertEquals(0.01, c.upper()[2], Samples.TOLERANCE);
    }

    @Test
    void nothingPositiveIsNotDrawable() {
        assertFalse(LogClamp.of(new double[] {-1, 0}, new double[] {0, 0}).drawable());
    }
}
