package wick.ui.internal.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.result.SeriesResult;
import wick.ui.internal.Samples;

class ChartExportTest {
    @TempDir
    Path dir;

    private static JFreeChart chart() {
        SeriesResult c = Samples.correlator(8);
        return new CorrelatorChartFactory().create("correlator", c, Map.of());
    }

    @Test
    void svgIsAnSvgDocument() throws IOException {
        File f = dir.resolve("c.svg").toFile();
        ChartExport.svg(chart(), f, 600, 400);
        String text = Files.readString(f.toPath(), StandardCharsets.UTF_8).stripLeading();
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, Math.min(80, text.length())));
        assertTrue(text.contains("</svg>"));
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var doc = factory.newDocumentBuilder().parse(f);
            assertEquals("svg", doc.getDocumentElement().getLocalName(), "well-formed XML with an svg root");
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    @Test
    void pngIsAPng() throws IOException {
        File f = dir.resolve("c.png").toFile();
        ChartExport.png(chart(), f, 600, 400);
        byte[] b = Files.readAllBytes(f.toPath());
        assertEquals((byte) 0x89, b[0]);
        assertEquals('P', b[1]);
        assertEquals('N', b[2]);
        assertEquals('G', b[3]);
    }

    @Test
    void csvIsTheResultsCsv() throws IOException {
        for (var e : Samples.freeSample().entrySet()) {
            File f = dir.resolve(e.getKey() + ".csv").toFile();
            ChartExport.csv(e.getValue().toCsv(), f);
            assertEquals(e.getValue().toCsv(), Files.readString(f.toPath(), StandardCharsets.UTF_8), e.getKey());
        }
    }
}
