package wick.ui.internal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/** The look shared by Wick's charts: white plot, light grid, a small bold title, a fixed palette. */
final class Charts {
    /** Ten distinguishable colours (Tableau 10), in the order series and samplers take them. */
    static final Color[] PALETTE = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2), new Color(0x59A14F),
        new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC)};
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final BasicStroke LINE = new BasicStroke(1.2f);

    private Charts() {
    }

    static Paint colour(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** A chart around the plot, styled, with a legend only when asked. */
    static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlinePaint(new Color(0xAAAAAA));
        JFreeChart chart = new JFreeChart(null, TITLE, plot, legend);
        chart.setTitle(new TextTitle(title, TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
