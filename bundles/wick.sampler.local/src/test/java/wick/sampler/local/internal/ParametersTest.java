package wick.sampler.local.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.model.ebm.Phi4Target;

/** Parameter validation, defaults, and the generated Metatype OCDs the engine parses. */
class ParametersTest {
    private static final Phi4Target TARGET = new Phi4Target(Lattice.of(4, 4), 0.3, 1.0, null);

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({"metropolis, step, 0", "metropolis, step, -1.5", "metropolis, step, NaN", "metropolis, step, Infinity",
            "metropolis, targetAcceptance, 0", "metropolis, targetAcceptance, 1", "metropolis, hits, 0",
            "overrelaxation, step, 0", "overrelaxation, targetAcceptance, 1.5", "overrelaxation, reflections, 0",
            "overrelaxation, metropolisSweeps, 0"})
    void outOfRangeValuesAreRejectedNamingTheParameter(String id, String parameter, String value) {
        Parameters p = new Parameters(Map.of(parameter, value), Map.of(parameter, value));
        ParameterException e = assertThrows(ParameterException.class, () -> sampler(id).bind(TARGET, p));
        assertEquals(parameter, e.parameter());
        assertTrue(e.getMessage().contains("'" + parameter + "'") && e.getMessage().contains(value), e.getMessage());
    }

    @Test
    void stepMustBePositive() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> new MetropolisSampler().bind(TARGET, Parameters.of(Map.of("step", 0.0))));
        assertEquals("step", e.parameter());
        assertTrue(e.getMessage().contains("step") && e.getMessage().contains("> 0"), e.getMessage());
    }

    /** The OCD bnd generated has the sampler's id and the defaults the code falls back to; the DS component publishes the id. */
    @ParameterizedTest
    @CsvSource({"metropolis", "overrelaxation"})
    void ocdDefaultsAreTheCodeDefaults(String id) throws Exception {
        Map<String, String> defaults = ocdDefaults(id);
        assertEquals(String.valueOf(MetropolisSettings.DEFAULT_STEP), defaults.get("step"));
        assertEquals(String.valueOf(MetropolisSettings.DEFAULT_TARGET_ACCEPTANCE), defaults.get("targetAcceptance"));
        if (id.equals(MetropolisSampler.ID)) {
            assertEquals(Map.of("step", "1.0", "targetAcceptance", "0.5", "hits", "1"), defaults);
        } else {
            assertEquals(Map.of("step", "1.0", "targetAcceptance", "0.5", "reflections", "3", "metropolisSweeps", "1"),
                    defaults);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/" + id + ".xml")) {
            assertTrue(in != null, "no DS descriptor for " + id);
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xml.contains("name=\"" + Sampler.ID + "\"") && xml.contains("value=\"" + id + "\""), xml);
        }
        // binding with every OCD default spelled out gives the same chain as binding with none
        Move explicit = sampler(id).bind(TARGET, new Parameters(new LinkedHashMap<>(defaults), defaults));
        Move implicit = sampler(id).bind(TARGET, Parameters.empty());
        double[] a = new double[16];
        double[] b = new double[16];
        RandomStream ra = RandomStream.of(3);
        RandomStream rb = RandomStream.of(3);
        for (int s = 0; s < 50; s++) {
            explicit.sweep(a, ra);
            implicit.sweep(b, rb);
        }
        assertArrayEquals(a, b);
        assertArrayEquals(explicit.saveState(), implicit.saveState());
    }

    private static Map<String, String> ocdDefaults(String id) throws Exception {
        try (InputStream in = ParametersTest.class.getClassLoader().getResourceAsStream("OSGI-INF/metatype/" + id + ".xml")) {
            assertTrue(in != null, "no Metatype resource for " + id + " (bnd generates it in process-classes)");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(in);
            NodeList ocds = doc.getElementsByTagName("OCD");
            assertEquals(1, ocds.getLength());
            Element ocd = (Element) ocds.item(0);
            assertEquals(id, ocd.getAttribute("id"));
            Map<String, String> defaults = new LinkedHashMap<>();
            NodeList ads = ocd.getElementsByTagName("AD");
            for (int i = 0; i < ads.getLength(); i++) {
                Element ad = (Element) ads.item(i);
                assertTrue(!ad.getAttribute("name").isEmpty() && !ad.getAttribute("description").isEmpty(), ad.getAttribute("id"));
                defaults.put(ad.getAttribute("id"), ad.getAttribute("default"));
            }
            return defaults;
        }
    }

    private static Sampler sampler(String id) {
        return id.equals(MetropolisSampler.ID) ? new MetropolisSampler() : new OverrelaxationSampler();
    }
}
