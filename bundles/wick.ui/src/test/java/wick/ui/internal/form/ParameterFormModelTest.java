package wick.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.param.ParameterException;
import wick.api.param.ParameterOption;
import wick.api.param.ParameterSchema;
import wick.api.param.ParameterSpec;
import wick.api.param.ParameterType;

class ParameterFormModelTest {
    @TempDir
    Path dir;

    static ParameterSchema schema() {
        return new ParameterSchema("free.sample", "Free field, sampled", "", List.of(
                new ParameterSpec("lattice", "Lattice", ParameterType.STRING, "4x4", null, null, List.of(), "extents"),
                new ParameterSpec("m2", "Mass squared", ParameterType.DOUBLE, "1", "1e-9", null, List.of(), "m²"),
                new ParameterSpec("samples", "Samples", ParameterType.INTEGER, "1000", "1", null, List.of(), ""),
                new ParameterSpec("adapt", "Adapt", ParameterType.BOOLEAN, "true", null, null, List.of(), ""),
                new ParameterSpec("order", "Order", ParameterType.INTEGER, "2", null, null,
                        List.of(new ParameterOption("zero", "0"), new ParameterOption("one", "1"), new ParameterOption("two", "2")), ""),
                new ParameterSpec("label", "Label", ParameterType.STRING, null, null, null, List.of(), "required")));
    }

    @Test
    void startsAtTheDefaultsWithTheRequiredOneMissing() {
        ParameterFormModel m = new ParameterFormModel(schema());
        assertEquals("4x4", m.value("lattice"));
        assertEquals("1000", m.value("samples"));
        assertEquals("", m.value("label"));
        assertFalse(m.valid());
        assertEquals("label", m.firstError().orElseThrow().parameter());
        assertTrue(m.set("label", "x").isEmpty());
        assertTrue(m.valid());
    }

    @Test
    void aBadValueGivesAMessageNamingTheParameter() {
        ParameterFormModel m = new ParameterFormModel(schema());
        m.set("label", "x");
        ParameterException e = m.set("m2", "-1").orElseThrow();
        assertEquals("m2", e.parameter());
        assertTrue(e.getMessage().contains("'m2'"), e.getMessage());
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertEquals(e, m.firstError().orElseThrow());
        assertFalse(m.valid());
        m.set("samples", "many");
        assertEquals("m2", m.firstError().orElseThrow().parameter(), "the first bad field in form order");
        m.set("m2", "0.5");
        assertEquals("samples", m.firstError().orElseThrow().parameter());
        assertTrue(m.firstError().orElseThrow().getMessage().contains("'samples'"));
        m.set("samples", "10");
        assertTrue(m.valid());
        assertTrue(m.firstError().isEmpty());
    }

    @Test
    void optionsAndBooleansAreChecked() {
        ParameterFormModel m = new ParameterFormModel(schema());
        assertTrue(m.set("order", "3").isPresent());
        assertTrue(m.set("order", "1").isEmpty());
        assertTrue(m.set("adapt", "maybe").isPresent());
        assertTrue(m.set("adapt", "false").isEmpty());
    }

    @Test
    void resetRestoresTheDefaults() {
        ParameterFormModel m = new ParameterFormModel(schema());
        m.set("lattice", "8x8");
        m.set("m2", "oops");
        m.set("label", "x");
        m.resetDefaults();
        assertEquals("4x4", m.value("lattice"));
        assertEquals("1", m.value("m2"));
        assertTrue(m.error("m2").isEmpty());
        assertEquals("", m.value("label"));
    }

    @Test
    void unknownParameterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ParameterFormModel(schema()).set("nope", "1"));
    }

    @Test
    void samplerValuesArePrefixed() {
        ParameterSchema hmc = new ParameterSchema("hmc", "HMC", "", List.of(
                new ParameterSpec("steps", "Steps", ParameterType.INTEGER, "10", "1", null, List.of(), "")));
        ParameterFormModel m = new ParameterFormModel(hmc);
        m.restore(Map.of("hmc.steps", "20", "steps", "99", "metropolis.step", "1"), "hmc.");
        assertEquals(Map.of("hmc.steps", "20"), m.values("hmc."));
    }

    @Test
    void rememberedValuesRoundTrip() throws IOException {
        FormMemory memory = new FormMemory(dir.resolve("sub").resolve("ui.properties"));
        assertEquals(Map.of(), memory.load("free.sample"));
        ParameterFormModel m = new ParameterFormModel(schema());
        m.set("lattice", "16x8");
        m.set("m2", "0.25");
        m.set("label", "a=b: c, d");
        Map<String, String> saved = new LinkedHashMap<>(m.values());
        saved.put(FormMemory.SAMPLER, "hmc");
        saved.put("hmc.steps", "20");
        memory.save("free.sample", saved);
        memory.save("phi4.sample", Map.of("lambda", "2.4"));

        FormMemory again = new FormMemory(dir.resolve("sub").resolve("ui.properties"));
        Map<String, String> loaded = again.load("free.sample");
        assertEquals(saved, loaded);
        assertEquals(Map.of("lambda", "2.4"), again.load("phi4.sample"));
        ParameterFormModel restored = new ParameterFormModel(schema());
        restored.restore(loaded, "");
        assertEquals(m.values(), restored.values());
        assertTrue(restored.valid());

        again.save("free.sample", Map.of("m2", "2"));
        assertEquals(Map.of("m2", "2"), again.load("free.sample"), "a save replaces the task's values");
        assertEquals(Map.of("lambda", "2.4"), again.load("phi4.sample"), "and leaves other tasks alone");
    }

    @Test
    void anUnreadableFileCountsAsEmpty() throws IOException {
        Path f = dir.resolve("ui.properties");
        Files.write(f, new byte[] {'a', '=', '\\', 'u', 'z', 'z'});
        assertEquals(Map.of(), new FormMemory(f).load("free.sample"));
    }
}
