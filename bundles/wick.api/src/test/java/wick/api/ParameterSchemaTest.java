package wick.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import wick.api.param.ParameterException;
import wick.api.param.ParameterOption;
import wick.api.param.ParameterSchema;
import wick.api.param.ParameterSpec;
import wick.api.param.ParameterType;
import wick.api.param.Parameters;

class ParameterSchemaTest {
    private final ParameterSchema schema = new ParameterSchema("t", "T", "", List.of(
            new ParameterSpec("samples", "Samples", ParameterType.INTEGER, "10", "1", "1000", List.of(), ""),
            new ParameterSpec("rate", "Rate", ParameterType.DOUBLE, "0.5", "0", "1", List.of(), ""),
            new ParameterSpec("seed", "Seed", ParameterType.LONG, null, null, null, List.of(), ""),
            new ParameterSpec("fast", "Fast", ParameterType.BOOLEAN, "false", null, null, List.of(), ""),
            new ParameterSpec("mode", "Mode", ParameterType.STRING, "a", null, null,
                    List.of(new ParameterOption("A", "a"), new ParameterOption("B", "b")), "")));

    @Test
    void defaultsAndTypes() {
        Parameters p = schema.parse(Map.of("seed", "12345678901"));
        assertEquals(10, p.integer("samples"));
        assertEquals(0.5, p.real("rate"));
        assertEquals(12345678901L, p.longValue("seed"));
        assertEquals(false, p.bool("fast"));
        assertEquals("a", p.string("mode"));
        assertEquals("12345678901", p.strings().get("seed"));
    }

    @Test
    void everyProblemNamesTheParameterAndTheRange() {
        assertEquals("parameter 'samples' = '0': allowed an integer between 1 and 1000",
                assertThrows(ParameterException.class, () -> schema.parse(Map.of("seed", "1", "samples", "0"))).getMessage());
        assertEquals("parameter 'rate' = '1.5': allowed a number between 0 and 1",
                assertThrows(ParameterException.class, () -> schema.parse(Map.of("seed", "1", "rate", "1.5"))).getMessage());
        assertEquals("parameter 'seed' has no value: allowed an integer",
                assertThrows(ParameterException.class, () -> schema.parse(Map.of())).getMessage());
        assertEquals("parameter 'fast' = 'yes': allowed true or false",
                assertThrows(ParameterException.class, () -> schema.parse(Map.of("seed", "1", "fast", "yes"))).getMessage());
        assertEquals("parameter 'mode' = 'c': allowed one of: a, b",
                assertThrows(ParameterException.class, () -> schema.parse(Map.of("seed", "1", "mode", "c"))).getMessage());
        assertEquals("parameter 'rate' = 'NaN': allowed a number between 0 and 1",
                assertThrows(ParameterException.class, () -> schema.parse(Map.of("seed", "1", "rate", "NaN"))).getMessage());
        assertEquals("samples", assertThrows(ParameterException.class,
                () -> schema.parse(Map.of("seed", "1", "samples", "2.5"))).parameter());
        ParameterException unknown = assertThrows(ParameterException.class, () -> schema.parse(Map.of("sample", "1")));
        assertEquals("sample", unknown.parameter());
    }
}
