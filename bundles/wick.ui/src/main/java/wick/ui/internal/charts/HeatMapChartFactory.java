package wick.ui.internal.charts;

import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;

import wick.api.result.FieldResult;
import wick.api.result.Result;

/**
 * A {@link FieldResult} as a heat map: the first index runs up the y axis, the others (flattened,
 * last fastest) along x, so a field of shape {@code [N_t, N_x]} shows time upwards and a flow of
 * shape {@code [steps, modes]} shows θ upwards. A one-dimensional field is a line over its index.
 */
public class HeatMapChartFactory implements ChartFactory {

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        return result instanceof FieldResult;
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        FieldResult f = (FieldResult) result;
        int[] shape = f.shape();
        double[] v = f.values();
        if (shape.length == 1) {
            return line(name, f.label(), v);
        }
        int rows = shape[0];
        int cols = v.length / rows;
        double[][] xyz = new double[3][v.length];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                xyz[0][i] = c;
                xyz[1][i] = r;
                xyz[2][i] = v[i];
                if (Double.isFinite(v[i])) {
                    min = Math.min(min, v[i]);
                    max = Math.max(max, v[i]);
                }
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(name, xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        ColourScale scale = ColourScale.of(min, max);
        renderer.setPaintScale(scale);
        NumberAxis xAxis = new NumberAxis(shape.length == 2 ? "index 1" : "indices 1.." + (shape.length - 1) + " (flattened)");
        NumberAxis yAxis = new NumberAxis("index 0");
        for (NumberAxis a : new NumberAxis[] {xAxis, yAxis}) {
            a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            a.setLowerMargin(0);
            a.setUpperMargin(0);
            a.setAutoRangeIncludesZero(false);
        }
        xAxis.setRange(-0.5, cols - 0.5);
        yAxis.setRange(-0.5, rows - 0.5);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        JFreeChart chart = Charts.chart(name, plot, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        NumberAxis scaleAxis = new NumberAxis(f.label());
        scaleAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(4, 4, 4, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    private static JFreeChart line(String name, String label, double[] v) {
        double[][] xy = new double[2][v.length];
        for (int i = 0; i < v.length; i++) {
            xy[0][i] = i;
            xy[1][i] = v[i];
        }
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries(name, xy);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, v.length <= 200);
        renderer.setSeriesPaint(0, Charts.colour(0));
        NumberAxis yAxis = new NumberAxis(label);
        yAxis.setAutoRangeIncludesZero(false);
        return Charts.chart(name, new XYPlot(data, new NumberAxis("index"), yAxis, renderer), false);
    }
}
