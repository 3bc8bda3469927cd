package wick.ui.internal.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The live Monte Carlo trace of one chain observable over the measurement index, with the chain's
 * sampler history as shaded bands, one colour per sampler (in the order they first appear), each
 * labelled with the sampler id. Cheap to update: {@link #setData} swaps one array pair.
 */
public final class TraceChart {
    /** Beyond this many stretches the bands lose their labels (the legend still names the colours). */
    static final int MAX_LABELLED = 40;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private TraceChart() {
    }

    /** An empty trace chart of the observable {@code name}. */
    public static JFreeChart create(String name) {
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries(name, new double[2][0]);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(0x333333));
        renderer.setSeriesStroke(0, new java.awt.BasicStroke(0.8f));
        NumberAxis x = new NumberAxis("measurement");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(name);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = Charts.chart(name, plot, true);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.getLegend().setVisible(false);
        return chart;
    }

    /** Replaces the points ({@code {x, y}}, already decimated) in one dataset event. */
    public static void setData(JFreeChart chart, double[][] xy) {
        XYPlot plot = chart.getXYPlot();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double y : xy[1]) {
            if (Double.isFinite(y)) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        // a constant trace (an acceptance of 1) would get a range of 1e-8 and unreadable ticks
        double minimum = hi >= lo && hi - lo <= 1e-12 * Math.max(1, Math.abs(hi)) ? Math.max(0.2 * Math.abs(hi), 1e-6)
                : NumberAxis.DEFAULT_AUTO_RANGE_MINIMUM_SIZE;
        if (plot.getRangeAxis().getAutoRangeMinimumSize() != minimum) {
            plot.getRangeAxis().setAutoRangeMinimumSize(minimum);
        }
        DefaultXYDataset data = (DefaultXYDataset) plot.getDataset();
        data.addSeries(data.getSeriesKey(0), xy);
    }

    /** Replaces the sampler bands. */
    public static void setSpans(JFreeChart chart, List<SpanMark> spans) {
        XYPlot plot = chart.getXYPlot();
        plot.clearDomainMarkers();
        Map<String, Color> colours = colours(spans);
        boolean labelled = spans.size() <= MAX_LABELLED;
        for (SpanMark s : spans) {
            Color c = colours.get(s.sampler());
            IntervalMarker m = new IntervalMarker(s.from() - 0.5, s.to() - 0.5,
                    new Color(c.getRed(), c.getGreen(), c.getBlue(), 48));
            if (labelled) {
                m.setLabel(s.sampler());
                m.setLabelFont(LABEL);
                m.setLabelPaint(c.darker());
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                m.setLabelBackgroundColor(new Color(255, 255, 255, 160));
            }
            plot.addDomainMarker(0, m, Layer.BACKGROUND, false);
        }
        LegendItemCollection legend = new LegendItemCollection();
        colours.forEach((id, c) -> legend.add(new LegendItem(id, (Paint) c)));
        plot.setFixedLegendItems(legend);
        chart.getLegend().setVisible(colours.size() > 1);
        chart.fireChartChanged();
    }

    /** One palette colour per sampler, in the order the samplers first appear. */
    static Map<String, Color> colours(List<SpanMark> spans) {
        Map<String, Color> colours = new LinkedHashMap<>();
        for (SpanMark s : spans) {
            colours.computeIfAbsent(s.sampler(), k -> (Color) Charts.colour(colours.size()));
        }
        return colours;
    }
}
