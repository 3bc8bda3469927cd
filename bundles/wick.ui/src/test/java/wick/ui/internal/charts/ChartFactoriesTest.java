package wick.ui.internal.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import wick.api.result.Result;
import wick.api.result.SeriesResult;
import wick.ui.internal.Samples;

class ChartFactoriesTest {

    /** Renders a chart to a PNG in memory (and to {@code -Dwick.ui.png=DIR} when set, to look at). */
    static byte[] render(JFreeChart chart, String name) throws IOException {
        BufferedImage image = chart.createBufferedImage(640, 420);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeBufferedImageAsPNG(out, image);
        String dir = System.getProperty("wick.ui.png");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), out.toByteArray());
        }
        byte[] png = out.toByteArray();
        assertTrue(png.length > 1000, name + ": an empty picture");
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        return png;
    }

    @Test
    void seriesWithErrorBarsRenders() throws IOException {
        Map<String, Result> all = Map.of("minRealPart", Samples.line());
        SeriesChartFactory f = new SeriesChartFactory();
        assertTrue(f.accepts("minRealPart", Samples.line(), all));
        JFreeChart chart = f.create("minRealPart", Samples.line(), all);
        assertInstanceOf(NumberAxis.class, chart.getXYPlot().getRangeAxis());
        assertEquals(40, chart.getXYPlot().getDataset().getItemCount(0));
        render(chart, "series");
    }

    @Test
    void correlatorGoesOnALogAxis() throws IOException {
        SeriesResult c = Samples.correlator(16);
        Map<String, Result> all = Map.of("correlator", c);
        CorrelatorChartFactory f = new CorrelatorChartFactory();
        assertTrue(f.accepts("correlator", c, all));
        JFreeChart chart = f.create("correlator", c, all);
        assertInstanceOf(LogAxis.class, chart.getXYPlot().getRangeAxis());
        render(chart, "correlator");
    }

    @Test
    void correlatorsAreRecognisedByNameOrLabel() {
        CorrelatorChartFactory f = new CorrelatorChartFactory();
        SeriesResult positive = SeriesResult.indexed(new double[] {1, 0.5, 0.25}, null, "tau", "c0");
        assertTrue(f.accepts("G", positive, Map.of()));
        assertTrue(f.accepts("correlatorExact", positive, Map.of()));
        assertFalse(f.accepts("order0", positive, Map.of()), "a coefficient series is not a correlator by name");
        SeriesResult negative = SeriesResult.indexed(new double[] {-1, -0.5, -0.25}, null, "tau", "C");
        assertFalse(f.accepts("order1", negative, Map.of()), "mostly negative: linear axis");
        SeriesResult gm = SeriesResult.indexed(new double[] {0.3, -0.2, 0.1}, null, "t", "Re G_M(t, p=0)");
        assertFalse(f.accepts("GMReal", gm, Map.of()), "the Lorentzian propagator oscillates: linear axis");
    }

    @Test
    void histogramIsABarChart() throws IOException {
        HistogramChartFactory f = new HistogramChartFactory();
        JFreeChart chart = f.create("M", Samples.histogram(), Map.of());
        assertInstanceOf(XYBarRenderer.class, chart.getXYPlot().getRenderer());
        assertEquals(40, chart.getXYPlot().getDataset().getItemCount(0));
        render(chart, "histogram");
    }

    @Test
    void twoDimensionalFieldIsAHeatMap() throws IOException {
        HeatMapChartFactory f = new HeatMapChartFactory();
        JFreeChart chart = f.create("sigma", Samples.field(8, 12), Map.of());
        assertInstanceOf(XYBlockRenderer.class, chart.getXYPlot().getRenderer());
        assertEquals(96, chart.getXYPlot().getDataset().getItemCount(0));
        render(chart, "heatmap");
    }

    @Test
    void oneAndFourDimensionalFieldsRender() throws IOException {
        HeatMapChartFactory f = new HeatMapChartFactory();
        render(f.create("line", new wick.api.result.FieldResult(new int[] {5}, new double[] {1, 2, 3, 2, 1}, "v"), Map.of()),
                "field1d");
        double[] v = new double[2 * 3 * 2 * 2];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        JFreeChart chart = f.create("f4", new wick.api.result.FieldResult(new int[] {2, 3, 2, 2}, v, "v"), Map.of());
        assertEquals(24, chart.getXYPlot().getDataset().getItemCount(0));
        render(chart, "field4d");
    }

    @Test
    void constantFieldRenders() throws IOException {
        render(new HeatMapChartFactory().create("zero", new wick.api.result.FieldResult(new int[] {3, 3}, new double[9], "v"),
                Map.of()), "field-constant");
    }

    @Test
    void eigenvalueFlowIsAScatterPerMode() throws IOException {
        Map<String, Result> all = Samples.rotation(33, 24);
        EigenvalueFlowChartFactory f = new EigenvalueFlowChartFactory();
        assertTrue(f.accepts("eigenvalueFlowReal", all.get("eigenvalueFlowReal"), all));
        assertFalse(f.accepts("eigenvalueFlowImag", all.get("eigenvalueFlowImag"), all));
        assertEquals("eigenvalueFlow", f.plotName("eigenvalueFlowReal"));
        JFreeChart chart = f.create("eigenvalueFlowReal", all.get("eigenvalueFlowReal"), all);
        XYDataset data = chart.getXYPlot().getDataset();
        assertInstanceOf(XYSeriesCollection.class, data);
        assertEquals(24, data.getSeriesCount());
        assertEquals(33, data.getItemCount(0));
        // mode 1 at the last step: (Re, Im) = (λ sin θ, −λ cos θ) at θ = π/2
        assertEquals(0.8, data.getXValue(1, 32), Samples.TOLERANCE);
        assertEquals(0.0, data.getYValue(1, 32), 1e-12);
        String csv = f.csv("eigenvalueFlowReal", all.get("eigenvalueFlowReal"), all);
        assertTrue(csv.startsWith("step,mode,re,im\n"));
        assertEquals(1 + 33 * 24, csv.split("\n").length);
        render(chart, "eigenvalue-flow");
    }

    @Test
    void registryDrawsEachPlottableResultAndTheFlowPair() throws IOException {
        Map<String, Result> all = new LinkedHashMap<>(Samples.rotation(9, 4));
        all.putAll(Samples.freeSample());
        List<Plot> plots = ChartRegistry.standard().plots(all);
        List<String> names = plots.stream().map(Plot::name).toList();
        assertEquals(List.of("theta", "eigenvalueFlow", "eigenvalueFlowReal", "eigenvalueFlowImag", "correlator",
                "correlatorExact", "magnetisation", "sigma"), names);
        for (Plot p : plots) {
            assertNotNull(p.chart());
            assertFalse(p.csv().isEmpty());
            render(p.chart(), "registry-" + p.name());
        }
        assertEquals(all.get("correlator").toCsv(), plots.get(names.indexOf("correlator")).csv());
    }

    @Test
    void aFactoryAddedFirstTakesPrecedence() {
        ChartFactory plateau = new SeriesChartFactory() {
            @Override
            public boolean accepts(String name, Result result, Map<String, Result> all) {
                return name.equals("effectiveMass");
            }

            @Override
            public String plotName(String name) {
                return "effectiveMassPlateau";
            }
        };
        Map<String, Result> all = Map.of("effectiveMass", Samples.line());
        assertEquals("effectiveMassPlateau", ChartRegistry.standard().with(plateau).plots(all).get(0).name());
        assertEquals(1, ChartRegistry.standard().with(plateau).plots(all).size());
    }
}
