package wick.ui.internal.charts;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a plot to a file: PNG through JFreeChart, SVG through JFreeSVG's SVGGraphics2D directly (JFreeChart's own
 * SVG menu looks for an old JFreeSVG package), CSV as the result's CSV form.
 */
public final class ChartExport {
    /** Default export size in pixels. */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;

    private ChartExport() {
    }

    public static void png(JFreeChart chart, File file, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file, chart, width, height);
    }

    /**
     * The chart drawn into JFreeSVG's {@link SVGGraphics2D}, written as an XML declaration and the
     * {@code <svg>} element (JFreeSVG's {@code SVGUtils.writeToSVG} would start the file with an SVG
     * 1.1 DOCTYPE and no XML declaration; tools sniffing for {@code <?xml} or {@code <svg} prefer this).
     */
    public static void svg(JFreeChart chart, File file, int width, int height) throws IOException {
        Files.writeString(file.toPath(), svg(chart, width, height), StandardCharsets.UTF_8);
    }

    /** The SVG document of the chart. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new java.awt.Rectangle(0, 0, width, height));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
    }

    public static void csv(String csv, File file) throws IOException {
        Files.writeString(file.toPath(), csv, StandardCharsets.UTF_8);
    }
}
