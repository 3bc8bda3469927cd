package wick.ui.internal.charts;

import org.jfree.chart.JFreeChart;

/**
 * A chart made from a result, with what its CSV export writes.
 *
 * @param name  the plot's name (the result's name, or a combined plot's own name)
 * @param chart the chart
 * @param csv   the CSV export
 */
public record Plot(String name, JFreeChart chart, String csv) {
}
