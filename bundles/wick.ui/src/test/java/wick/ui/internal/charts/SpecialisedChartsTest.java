package wick.ui.internal.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.TableXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.result.FieldResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.ui.internal.Samples;

class SpecialisedChartsTest {
    private static final double EPS = 1e-12;

    @TempDir
    Path dir;

    private static byte[] render(JFreeChart chart, String name) throws IOException {
        return ChartFactoriesTest.render(chart, name);
    }

    // ---- samples ----

    /** Ê_eff(τ) = 0.5 + 0.4 e^{−τ}, errors growing with τ; with the fit when asked. */
    static Map<String, Result> plateau(boolean withFit) {
        int n = 16;
        double[] y = new double[n];
        double[] e = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 0.5 + 0.4 * Math.exp(-t) + 0.004 * Math.sin(3 * t);
            e[t] = 0.003 * Math.exp(0.18 * t);
        }
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("effectiveMass", SeriesResult.indexed(y, e, "tau", "E_eff"));
        if (withFit) {
            r.put("energyLattice", new ScalarResult(0.501, 0.006));
            r.put("tauMin", ScalarResult.exact(4));
            r.put("tauMax", ScalarResult.exact(10));
            r.put("chi2PerDof", ScalarResult.exact(0.9));
        }
        return r;
    }

    /** Levels of a free-boson-like spectrum in momentum sectors 0..4. */
    static SeriesResult spectrumSeries() {
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k <= 4; k++) {
            for (int level = 0; level < 5; level++) {
                pts.add(new double[] {k, Math.abs(k - 2) * 0.7 + level * 1.1 + 0.05 * k * level});
            }
        }
        double[] x = new double[pts.size()];
        double[] y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
        }
        return new SeriesResult(x, y, null, "P", "E");
    }

    static TableResult spectrumTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            for (int level = 0; level < 4; level++) {
                rows.add(List.of(s, level, 0.3 * s + level * (1.0 + 0.1 * s)));
            }
        }
        return new TableResult(List.of("sector", "level", "energy"), rows);
    }

    /** {@code [times, states]} probabilities, rows summing to 1 (a spreading wave packet). */
    static FieldResult probabilities(int times, int states) {
        double[] p = new double[times * states];
        for (int t = 0; t < times; t++) {
            double sum = 0;
            for (int k = 0; k < states; k++) {
                double w = Math.exp(-Math.pow(k - 3 - 0.2 * t, 2) / (1 + 0.3 * t));
                p[t * states + k] = w;
                sum += w;
            }
            for (int k = 0; k < states; k++) {
                p[t * states + k] /= sum;
            }
        }
        return new FieldResult(new int[] {times, states}, p, "probability");
    }

    /** Var(M) ≈ 2/M with errors; the last two points have lower error ends ≤ 0, the last value is negative. */
    static Map<String, Result> scaling(boolean withFit) {
        int n = 9;
        double[] m = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = Math.pow(2, i);
            y[i] = 2 / m[i];
            e[i] = 0.05 * y[i] * Math.sqrt(m[i]);
        }
        e[n - 2] = 1.5 * y[n - 2];
        y[n - 1] = -0.001;
        e[n - 1] = 0.01;
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("blockVarianceScaling", new SeriesResult(m, y, e, "M", "Var"));
        if (withFit) {
            r.put("slope", new ScalarResult(-1.0021, 0.0134));
            r.put("intercept", new ScalarResult(Math.log(2), 0.02));
        }
        return r;
    }

    static Map<String, Result> complex() {
        int n = 60;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int t = 0; t < n; t++) {
            re[t] = Math.cos(0.3 * t) * Math.exp(-0.02 * t);
            im[t] = -Math.sin(0.3 * t) * Math.exp(-0.02 * t);
        }
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("GMReal", SeriesResult.indexed(re, null, "t", "Re G_M(t, p=0)"));
        r.put("GMImag", SeriesResult.indexed(im, null, "t", "Im G_M(t, p=0)"));
        r.put("GMMaxAbs", ScalarResult.exact(1));
        return r;
    }

    // ---- 1. effective-mass plateau ----

    @Test
    void plateauBandSpansExactlyTheFitWindowAtTheFittedEnergy() throws IOException {
        Map<String, Result> all = plateau(true);
        FitPlateauChartFactory f = new FitPlateauChartFactory();
        assertTrue(f.accepts("effectiveMass", all.get("effectiveMass"), all));
        assertEquals("fitPlateau", f.plotName("effectiveMass"));
        JFreeChart chart = f.create("effectiveMass", all.get("effectiveMass"), all);
        XYPlot plot = chart.getXYPlot();
        assertEquals(16, plot.getDataset(0).getItemCount(0));
        assertInstanceOf(XYErrorRenderer.class, plot.getRenderer(0));
        assertInstanceOf(DeviationRenderer.class, plot.getRenderer(1));
        IntervalXYDataset band = (IntervalXYDataset) plot.getDataset(1);
        assertEquals(1, band.getSeriesCount());
        assertEquals(2, band.getItemCount(0));
        assertEquals(4.0, band.getXValue(0, 0), 0.0);
        assertEquals(10.0, band.getXValue(0, 1), 0.0);
        for (int i = 0; i < 2; i++) {
            assertEquals(0.501, band.getYValue(0, i), EPS, "central line");
            assertEquals(0.495, band.getStartYValue(0, i), EPS, "band bottom");
            assertEquals(0.507, band.getEndYValue(0, i), EPS, "band top");
        }
        assertEquals("tau", plot.getDomainAxis().getLabel());
        assertEquals("E_eff", plot.getRangeAxis().getLabel());
        assertTrue(chart.getLegend() != null, "the fit is named in the legend");
        assertTrue(band.getSeriesKey(0).toString().contains("0.5010 ± 0.0060"), band.getSeriesKey(0).toString());
        String[] csv = f.csv("effectiveMass", all.get("effectiveMass"), all).split("\n");
        assertEquals("tau,E_eff,error,fit,fitError", csv[0]);
        assertTrue(csv[1 + 3].endsWith(",,"), "τ = 3 outside the window: " + csv[4]);
        assertTrue(csv[1 + 4].endsWith(",0.501,0.006"), csv[5]);
        assertTrue(csv[1 + 10].endsWith(",0.501,0.006"), csv[11]);
        assertTrue(csv[1 + 11].endsWith(",,"), csv[12]);
        render(chart, "fit-plateau");
    }

    @Test
    void plateauWithoutTheFitIsJustThePoints() throws IOException {
        Map<String, Result> all = plateau(false);
        JFreeChart chart = new FitPlateauChartFactory().create("effectiveMass", all.get("effectiveMass"), all);
        assertNull(chart.getXYPlot().getDataset(1));
        assertNull(chart.getLegend());
        assertEquals(16, chart.getXYPlot().getDataset(0).getItemCount(0));
        render(chart, "fit-plateau-points-only");
    }

    @Test
    void plateauWithoutAWindowSpansTheDataAndSkipsNonFinitePoints() {
        Map<String, Result> all = plateau(false);
        all.put("energyLattice", new ScalarResult(0.5, 0.01));
        double[] y = ((SeriesResult) all.get("effectiveMass")).y();
        y[15] = Double.NaN;
        SeriesResult s = SeriesResult.indexed(y, null, "tau", "E_eff");
        all.put("effectiveMass", s);
        XYPlot plot = new FitPlateauChartFactory().create("effectiveMass", s, all).getXYPlot();
        assertEquals(15, plot.getDataset(0).getItemCount(0), "the NaN point is left out");
        assertEquals(0.0, plot.getDataset(1).getXValue(0, 0), 0.0);
        assertEquals(15.0, plot.getDataset(1).getXValue(0, 1), 0.0);
        assertEquals("pionFitPlateau", new FitPlateauChartFactory().plotName("pionEffectiveMass"));
    }

    // ---- 2. spectra ----

    @Test
    void spectrumSeriesIsOneTickPerLevelBySector() throws IOException {
        SeriesResult s = spectrumSeries();
        SpectrumChartFactory f = new SpectrumChartFactory();
        assertTrue(f.accepts("energies", s, Map.of()));
        assertTrue(f.accepts("fockEnergies", s, Map.of()));
        assertTrue(f.accepts("momentumSpectrum", s, Map.of()));
        assertFalse(f.accepts("energy", s, Map.of()));
        JFreeChart chart = f.create("energies", s, Map.of());
        XYPlot plot = chart.getXYPlot();
        assertInstanceOf(XYShapeRenderer.class, plot.getRenderer());
        XYDataset d = plot.getDataset();
        assertEquals(5, d.getSeriesCount(), "one series per sector");
        int items = 0;
        for (int k = 0; k < d.getSeriesCount(); k++) {
            items += d.getItemCount(k);
            for (int i = 0; i < d.getItemCount(k); i++) {
                assertEquals(k, d.getXValue(k, i), 0.0);
            }
        }
        assertEquals(25, items);
        Rectangle2D tick = plot.getRenderer().getSeriesShape(0).getBounds2D();
        assertEquals(0.0, tick.getHeight(), 0.0, "a horizontal line");
        assertTrue(tick.getWidth() > 0);
        assertEquals("P", plot.getDomainAxis().getLabel());
        assertEquals("E", plot.getRangeAxis().getLabel());
        render(chart, "spectrum-series");
    }

    @Test
    void spectrumTableUsesItsSectorAndEnergyColumns() throws IOException {
        TableResult t = spectrumTable();
        SpectrumChartFactory f = new SpectrumChartFactory();
        assertTrue(f.accepts("spectrum", t, Map.of()));
        JFreeChart chart = f.create("spectrum", t, Map.of());
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(3, d.getSeriesCount());
        assertEquals(4, d.getItemCount(2));
        assertEquals(2.0, d.getXValue(2, 3), 0.0);
        assertEquals(0.6 + 3 * 1.2, d.getYValue(2, 3), EPS);
        assertEquals("sector", chart.getXYPlot().getDomainAxis().getLabel());
        assertEquals("energy", chart.getXYPlot().getRangeAxis().getLabel());
        render(chart, "spectrum-table");

        TableResult named = new TableResult(List.of("sector", "E"),
                List.of(List.of("N=0", 0.0), List.of("N=1", 1.0), List.of("N=1", 1.5), List.of("N=2", 2.2)));
        JFreeChart symbolic = f.create("fockEnergies", named, Map.of());
        assertInstanceOf(SymbolAxis.class, symbolic.getXYPlot().getDomainAxis());
        assertEquals(3, symbolic.getXYPlot().getDataset().getSeriesCount());
        render(symbolic, "spectrum-symbolic");

        TableResult noNumbers = new TableResult(List.of("sector", "note"), List.of(List.of("a", "b")));
        assertFalse(f.accepts("spectrum", noNumbers, Map.of()), "nothing to draw: left to the table view");
    }

    // ---- 3. Fock-state probabilities ----

    @Test
    void probabilitiesAreStackedBarsSummingToOne() throws IOException {
        FieldResult p = probabilities(30, 20);
        ProbabilityBarsChartFactory f = new ProbabilityBarsChartFactory();
        assertTrue(f.accepts("probabilities", p, Map.of()));
        assertFalse(f.accepts("probabilities", new FieldResult(new int[] {4}, new double[4], "p"), Map.of()));
        JFreeChart chart = f.create("probabilities", p, Map.of());
        XYPlot plot = chart.getXYPlot();
        assertInstanceOf(StackedXYBarRenderer.class, plot.getRenderer());
        TableXYDataset d = (TableXYDataset) plot.getDataset();
        assertEquals(ProbabilityBarsChartFactory.SHOWN + 1, d.getSeriesCount());
        assertEquals(ProbabilityBarsChartFactory.OTHER, d.getSeriesKey(d.getSeriesCount() - 1));
        assertEquals(30, d.getItemCount());
        for (int t = 0; t < 30; t++) {
            double sum = 0;
            for (int k = 0; k < d.getSeriesCount(); k++) {
                sum += d.getYValue(k, t);
            }
            assertEquals(1.0, sum, 1e-12, "time " + t);
        }
        assertEquals("probability", plot.getRangeAxis().getLabel());
        render(chart, "probabilities");

        JFreeChart few = f.create("probabilities", probabilities(8, 5), Map.of());
        assertEquals(5, few.getXYPlot().getDataset().getSeriesCount(), "five states: no 'other'");
        render(few, "probabilities-few");
    }

    @Test
    void theShownStatesAreThoseWithTheLargestPeak() {
        int times = 3;
        int states = 20;
        double[] p = new double[times * states];
        for (int t = 0; t < times; t++) {
            for (int k = 0; k < states; k++) {
                p[t * states + k] = (k % 2 == 0 ? k : 100 - k) * (t == 1 ? 2 : 1); // odd states peak higher
            }
        }
        int[] shown = ProbabilityBarsChartFactory.shownStates(p, times, states);
        // peaks: odd k → 2(100 − k) ≥ 162, even k → 2k ≤ 36: all 10 odd states, then the two largest even ones
        assertEquals(List.of(1, 3, 5, 7, 9, 11, 13, 15, 16, 17, 18, 19), java.util.Arrays.stream(shown).boxed().toList());
    }

    // ---- 4. log-log scaling ----

    @Test
    void scalingIsLogLogWithTheFittedLine() throws IOException {
        Map<String, Result> all = scaling(true);
        Result s = all.get("blockVarianceScaling");
        ScalingChartFactory f = new ScalingChartFactory();
        assertTrue(f.accepts("blockVarianceScaling", s, all));
        JFreeChart chart = f.create("blockVarianceScaling", s, all);
        XYPlot plot = chart.getXYPlot();
        assertInstanceOf(LogAxis.class, plot.getDomainAxis());
        assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        XYDataset line = plot.getDataset(1);
        assertEquals(2, line.getItemCount(0));
        assertEquals(1.0, line.getXValue(0, 0), 0.0);
        assertEquals(256.0, line.getXValue(0, 1), 0.0);
        assertEquals(2.0, line.getYValue(0, 0), 1e-12);
        assertEquals(2.0 * Math.pow(256, -1.0021), line.getYValue(0, 1), 1e-15);
        assertEquals("slope = -1.002 ± 0.013", line.getSeriesKey(0));
        assertEquals("slope = -1.002 ± 0.013", chart.getXYPlot().getLegendItems().get(1).getLabel());
        render(chart, "scaling");
    }

    @Test
    void scalingFindsTheFitOfAComponentBySuffix() {
        SeriesResult v = new SeriesResult(new double[] {1, 4, 16}, new double[] {0.02, 0.005, 0.00125}, null, "M", "Var");
        Map<String, Result> all = new LinkedHashMap<>();
        all.put("variance01", v);
        all.put("slope00", new ScalarResult(-2, 0.1));
        all.put("slope01", new ScalarResult(-1, 0.01));
        all.put("intercept01", ScalarResult.exact(Math.log(0.02)));
        ScalarResult[] fit = ScalingChartFactory.fit("variance01", all);
        assertEquals(-1, fit[0].value(), 0);
        assertEquals(Math.log(0.02), fit[1].value(), 0);
        XYDataset line = new ScalingChartFactory().create("variance01", v, all).getXYPlot().getDataset(1);
        assertEquals(0.00125, line.getYValue(0, 1), 1e-15);
    }

    @Test
    void logLogHasNoNaNForNonPositiveLowerErrorEnds() throws IOException {
        Map<String, Result> all = scaling(false);
        Result s = all.get("blockVarianceScaling");
        JFreeChart chart = new ScalingChartFactory().create("blockVarianceScaling", s, all);
        XYPlot plot = chart.getXYPlot();
        assertNull(plot.getDataset(1), "no fit, no line");
        IntervalXYDataset d = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(9, d.getItemCount(0));
        LogAxis y = (LogAxis) plot.getRangeAxis();
        Rectangle2D area = new Rectangle2D.Double(0, 0, 600, 400);
        render(chart, "scaling-clamped"); // sets the axis ranges
        for (int i = 0; i < d.getItemCount(0); i++) {
            for (double v : new double[] {d.getYValue(0, i), d.getStartYValue(0, i), d.getEndYValue(0, i)}) {
                assertTrue(v > 0 && Double.isFinite(v), "item " + i + ": " + v);
                assertTrue(Double.isFinite(y.valueToJava2D(v, area, RectangleEdge.LEFT)), "item " + i);
                assertFalse(Double.isNaN(y.calculateLog(v)));
            }
        }
        assertTrue(d.getStartYValue(0, 7) < d.getYValue(0, 7), "the clamped bar still reaches down");
    }

    @Test
    void scalingLeavesMostlyNegativeSeriesAndOtherNamesAlone() {
        ScalingChartFactory f = new ScalingChartFactory();
        SeriesResult negative = new SeriesResult(new double[] {1, 2, 4}, new double[] {-1, -2, 0.1}, null, "M", "v");
        assertFalse(f.accepts("variance", negative, Map.of()));
        SeriesResult positive = new SeriesResult(new double[] {1, 2, 4}, new double[] {1, 0.5, 0.25}, null, "M", "v");
        assertTrue(f.accepts("Variance", positive, Map.of()));
        assertFalse(f.accepts("correlator", positive, Map.of()));
    }

    // ---- 4b. scatter ----

    @Test
    void scatterIsUnjoinedPointsWithTheDiagonal() throws IOException {
        double[] x = {-0.02, 0.0, 0.01, 0.03};
        double[] y = {-0.021, 0.001, 0.0095, 0.0305};
        SeriesResult s = new SeriesResult(x, y, null, "R/6 - m2", "a1");
        ScatterChartFactory f = new ScatterChartFactory();
        assertTrue(f.accepts("a1Scatter", s, Map.of()));
        assertFalse(f.accepts("a1", s, Map.of()));
        assertTrue(new ChartRegistry(List.of(f, new SeriesChartFactory())).plots(Map.of("a1Scatter", s)).size() == 1);
        JFreeChart chart = f.create("a1Scatter", s, Map.of());
        XYPlot plot = chart.getXYPlot();
        XYDataset d = plot.getDataset();
        assertEquals(4, d.getItemCount(0));
        assertEquals(0.0095, d.getYValue(0, 2), 0.0);
        assertEquals(2, d.getItemCount(1));
        assertEquals(-0.021, d.getXValue(1, 0), 0.0);
        assertEquals(-0.021, d.getYValue(1, 0), 0.0);
        assertEquals(0.0305, d.getYValue(1, 1), 0.0);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer();
        assertFalse(r.getSeriesLinesVisible(0));
        assertTrue(r.getSeriesLinesVisible(1));
        render(chart, "scatter");
    }

    // ---- 5. complex series ----

    @Test
    void complexPairIsOneChartWithBothParts() throws IOException {
        Map<String, Result> all = complex();
        ComplexSeriesChartFactory f = new ComplexSeriesChartFactory();
        assertTrue(f.accepts("GMReal", all.get("GMReal"), all));
        assertFalse(f.accepts("GMImag", all.get("GMImag"), all));
        assertFalse(f.accepts("GMReal", all.get("GMReal"), Map.of("GMReal", all.get("GMReal"))), "no partner");
        assertEquals("GM", f.plotName("GMReal"));
        JFreeChart chart = f.create("GMReal", all.get("GMReal"), all);
        XYPlot plot = chart.getXYPlot();
        assertInstanceOf(NumberAxis.class, plot.getRangeAxis());
        XYDataset d = plot.getDataset();
        assertEquals(2, d.getSeriesCount());
        assertEquals("Re G_M(t, p=0)", d.getSeriesKey(0));
        assertEquals("Im G_M(t, p=0)", d.getSeriesKey(1));
        assertEquals(-Math.sin(0.3 * 5) * Math.exp(-0.1), d.getYValue(1, 5), EPS);
        assertEquals("G_M(t, p=0)", plot.getRangeAxis().getLabel());
        assertEquals("t", plot.getDomainAxis().getLabel());
        String[] csv = f.csv("GMReal", all.get("GMReal"), all).split("\n");
        assertEquals("t,re,reError,im,imError", csv[0]);
        assertEquals(61, csv.length);
        render(chart, "complex");
    }

    // ---- registry and export ----

    @Test
    void registryPicksTheSpecialisedFactoriesAndLeavesOtherNamesAlone() throws IOException {
        Map<String, Result> all = new LinkedHashMap<>(plateau(true));
        all.put("energies", spectrumSeries());
        all.put("spectrum", spectrumTable());
        all.put("probabilities", probabilities(10, 16));
        all.putAll(scaling(true));
        all.putAll(complex());
        all.put("energy", spectrumSeries());
        all.put("sigma", Samples.field(4, 4));
        all.put("variance", new SeriesResult(new double[] {1, 2}, new double[] {-1, -2}, null, "M", "v"));
        all.put("correlator", Samples.correlator(8));
        List<Plot> plots = ChartRegistry.standard().plots(all);
        List<String> names = plots.stream().map(Plot::name).toList();
        assertEquals(List.of("fitPlateau", "energies", "spectrum", "probabilities", "blockVarianceScaling", "GM", "GMReal",
                "GMImag", "energy", "sigma", "variance", "correlator"), names);
        Map<String, XYPlot> byName = new LinkedHashMap<>();
        for (Plot p : plots) {
            byName.put(p.name(), p.chart().getXYPlot());
            render(p.chart(), "registry2-" + p.name());
        }
        assertInstanceOf(DeviationRenderer.class, byName.get("fitPlateau").getRenderer(1));
        assertInstanceOf(XYShapeRenderer.class, byName.get("energies").getRenderer());
        assertInstanceOf(XYShapeRenderer.class, byName.get("spectrum").getRenderer());
        assertInstanceOf(StackedXYBarRenderer.class, byName.get("probabilities").getRenderer());
        assertInstanceOf(LogAxis.class, byName.get("blockVarianceScaling").getDomainAxis());
        assertEquals(2, byName.get("GM").getDataset().getSeriesCount());
        // the others keep their generic plots
        assertEquals(1, byName.get("GMReal").getDataset().getSeriesCount());
        assertInstanceOf(XYErrorRenderer.class, byName.get("energy").getRenderer());
        assertInstanceOf(NumberAxis.class, byName.get("energy").getDomainAxis());
        assertInstanceOf(XYBlockRenderer.class, byName.get("sigma").getRenderer());
        assertInstanceOf(NumberAxis.class, byName.get("variance").getRangeAxis(), "mostly negative: linear");
        assertInstanceOf(LogAxis.class, byName.get("correlator").getRangeAxis());
        assertNull(byName.get("correlator").getDomainAxis() instanceof LogAxis ? "log x" : null);
        assertEquals(spectrumTable().toCsv(), plots.get(names.indexOf("spectrum")).csv());
    }

    @Test
    void newChartsExportAsPngSvgAndCsv() throws IOException {
        Map<String, Result> all = plateau(true);
        Plot p = ChartRegistry.standard().plots(all).get(0);
        assertEquals("fitPlateau", p.name());
        File png = dir.resolve("p.png").toFile();
        ChartExport.png(p.chart(), png, ChartExport.WIDTH, ChartExport.HEIGHT);
        byte[] b = Files.readAllBytes(png.toPath());
        assertTrue(b.length > 1000);
        assertEquals('P', b[1]);
        for (JFreeChart chart : List.of(p.chart(),
                new ProbabilityBarsChartFactory().create("probabilities", probabilities(6, 14), Map.of()),
                new ScalingChartFactory().create("blockVarianceScaling", scaling(true).get("blockVarianceScaling"), scaling(true)),
                new SpectrumChartFactory().create("spectrum", spectrumTable(), Map.of()))) {
            String svg = ChartExport.svg(chart, 600, 400);
            assertTrue(svg.startsWith("<?xml") && svg.contains("</svg>"));
            try {
                var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                        svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                assertEquals("svg", doc.getDocumentElement().getLocalName());
            } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
                throw new AssertionError("not well-formed: " + e.getMessage(), e);
            }
        }
        File csv = dir.resolve("p.csv").toFile();
        ChartExport.csv(p.csv(), csv);
        assertEquals(p.csv(), Files.readString(csv.toPath()));
        assertTrue(p.csv().startsWith("tau,E_eff,error,fit,fitError\n"));
    }
}
