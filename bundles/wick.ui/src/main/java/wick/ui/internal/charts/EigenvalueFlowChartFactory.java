package wick.ui.internal.charts;

import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import wick.api.result.FieldResult;
import wick.api.result.Result;

/**
 * The flow of eigenvalues in the complex plane: from a pair of fields {@code NAMEFlowReal} and
 * {@code NAMEFlowImag} of shape {@code [steps, modes]} (task {@code wick.rotation}: {@code A_k(θ)}),
 * one curve of points {@code (Re, Im)} per mode across the steps of θ. An additional plot: the two
 * fields keep their heat maps.
 */
public class EigenvalueFlowChartFactory implements ChartFactory {
    private static final String REAL = "FlowReal";
    private static final String IMAG = "FlowImag";

    @Override
    public boolean accepts(String name, Result result, Map<String, Result> all) {
        if (!name.endsWith(REAL) || !(result instanceof FieldResult re) || re.shape().length != 2) {
            return false;
        }
        return all.get(imagName(name)) instanceof FieldResult im && Arrays.equals(im.shape(), re.shape());
    }

    @Override
    public String plotName(String name) {
        return name.substring(0, name.length() - REAL.length()) + "Flow";
    }

    @Override
    public boolean additional() {
        return true;
    }

    @Override
    public JFreeChart create(String name, Result result, Map<String, Result> all) {
        FieldResult re = (FieldResult) result;
        double[] x = re.values();
        double[] y = ((FieldResult) all.get(imagName(name))).values();
        int steps = re.shape()[0];
        int modes = re.shape()[1];
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Ellipse2D dot = new Ellipse2D.Double(-1.5, -1.5, 3, 3);
        for (int k = 0; k < modes; k++) {
            XYSeries s = new XYSeries("mode " + k, false, true);
            for (int j = 0; j < steps; j++) {
                s.add(x[j * modes + k], y[j * modes + k], false);
            }
            data.addSeries(s);
            renderer.setSeriesPaint(k, Charts.colour(k));
            renderer.setSeriesShape(k, dot);
            renderer.setSeriesStroke(k, new java.awt.BasicStroke(0.8f));
        }
        NumberAxis xAxis = new NumberAxis("Re");
        NumberAxis yAxis = new NumberAxis("Im");
        xAxis.setAutoRangeIncludesZero(true);
        yAxis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.addDomainMarker(new ValueMarker(0, java.awt.Color.GRAY, new java.awt.BasicStroke(0.6f)));
        plot.addRangeMarker(new ValueMarker(0, java.awt.Color.GRAY, new java.awt.BasicStroke(0.6f)));
        return Charts.chart(plotName(name) + " in the complex plane (" + modes + " modes, " + steps + " steps)", plot,
                modes <= 12);
    }

    /** One line per step and mode: step, mode, Re, Im. */
    @Override
    public String csv(String name, Result result, Map<String, Result> all) {
        FieldResult re = (FieldResult) result;
        double[] x = re.values();
        double[] y = ((FieldResult) all.get(imagName(name))).values();
        int modes = re.shape()[1];
        StringBuilder b = new StringBuilder("step,mode,re,im\n");
        for (int i = 0; i < x.length; i++) {
            b.append(i / modes).append(',').append(i % modes).append(',').append(x[i]).append(',').append(y[i]).append('\n');
        }
        return b.toString();
    }

    private static String imagName(String name) {
        return name.substring(0, name.length() - REAL.length()) + IMAG;
    }
}
