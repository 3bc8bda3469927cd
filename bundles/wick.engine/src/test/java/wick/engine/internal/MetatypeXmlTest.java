package wick.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import wick.api.param.ParameterException;
import wick.api.param.ParameterSchema;
import wick.api.param.ParameterType;
import wick.api.param.Parameters;

class MetatypeXmlTest {
    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <metatype:MetaData xmlns:metatype="http://www.osgi.org/xmlns/metatype/v1.4.0" localization="OSGI-INF/l10n/x">
              <OCD id="free.sample" name="Free field: sample" description="d">
                <AD id="lattice" type="String" default="4x4" name="Lattice" description="extents"/>
                <AD id="samples" type="Integer" default="1000" min="1" name="Samples"/>
                <AD id="m2" type="Double" default="1.0" name="m2"/>
                <AD id="sizes" type="String" default="8\\,16\\,32" name="Sizes"/>
                <AD id="stress" type="String" default="symmetric">
                  <Option label="Symmetric" value="symmetric"/>
                  <Option label="Forward" value="forward"/>
                </AD>
              </OCD>
              <Designate pid="free.sample"><Object ocdref="free.sample"/></Designate>
            </metatype:MetaData>
            """;

    private ParameterSchema schema() throws Exception {
        return MetatypeXml.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)), "free.sample").orElseThrow();
    }

    @Test
    void readsTypesDefaultsBoundsAndOptions() throws Exception {
        ParameterSchema s = schema();
        assertEquals(5, s.parameters().size());
        assertEquals("8,16,32", s.parameter("sizes").orElseThrow().defaultValue(), "bnd's escaped commas are unescaped");
        assertEquals(ParameterType.INTEGER, s.parameter("samples").orElseThrow().type());
        assertEquals("1", s.parameter("samples").orElseThrow().min());
        assertEquals(2, s.parameter("stress").orElseThrow().options().size());
        Parameters p = s.parse(Map.of("m2", "0.5"));
        assertEquals(0.5, p.real("m2"));
        assertEquals(1000, p.integer("samples"));
        assertEquals("4x4", p.string("lattice"));
    }

    @Test
    void badValuesNameTheParameterAndTheRange() throws Exception {
        ParameterSchema s = schema();
        ParameterException e = assertThrows(ParameterException.class, () -> s.parse(Map.of("samples", "0")));
        assertEquals("parameter 'samples' = '0': allowed an integer ≥ 1", e.getMessage());
        e = assertThrows(ParameterException.class, () -> s.parse(Map.of("m2", "abc")));
        assertTrue(e.getMessage().contains("'m2'") && e.getMessage().contains("a number"), e.getMessage());
        e = assertThrows(ParameterException.class, () -> s.parse(Map.of("stress", "sideways")));
        assertTrue(e.getMessage().contains("one of: symmetric, forward"), e.getMessage());
        e = assertThrows(ParameterException.class, () -> s.parse(Map.of("m3", "1")));
        assertTrue(e.getMessage().contains("no such parameter"), e.getMessage());
        e = assertThrows(ParameterException.class, () -> s.parse(Map.of("m2", "")));
        assertTrue(e.getMessage().contains("has no value"), e.getMessage());
    }

    @Test
    void otherOcdIsAbsent() throws Exception {
        assertTrue(MetatypeXml.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)), "x").isEmpty());
    }
}
