package wick.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InvocationTest {
    @Test
    void parsesTheRunContract() {
        Invocation i = Invocation.parse("run", "free.sample", "--set", "lattice=6x4", "--set", "spacing=0.5,1",
                "--sampler", "heatbath", "--seed", "42", "--out", "runs/x", "--json");
        assertEquals("run", i.command());
        assertEquals(List.of("free.sample"), i.arguments());
        assertEquals(Map.of("lattice", "6x4", "spacing", "0.5,1"), i.parameters());
        assertEquals("heatbath", i.sampler());
        assertEquals(42L, i.seed());
        assertEquals(Path.of("runs/x"), i.out());
        assertTrue(i.json());
    }

    @Test
    void samplerScheduleIsParsed() {
        Invocation i = Invocation.parse("run", "phi4.sample", "--sampler-schedule", "metropolis:2000,hmc:500,cluster:2000");
        assertEquals("metropolis:2000,hmc:500,cluster:2000", i.schedule().toString());
        assertEquals(3, i.schedule().entries().size());
        assertTrue(assertThrows(UsageException.class, () -> Invocation.parse("run", "t", "--sampler-schedule", "hmc"))
                .getMessage().startsWith("--sampler-schedule 'hmc': allowed ID:SWEEPS"));
        assertThrows(UsageException.class, () -> Invocation.parse("run", "t", "--sampler", "a", "--sampler-schedule", "b:1"));
    }

    @Test
    void valuesMayContainEqualsSigns() {
        assertEquals("a=b", Invocation.parse("run", "t", "--set", "k=a=b").parameters().get("k"));
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertEquals("--set needs key=value, got 'lattice'",
                assertThrows(UsageException.class, () -> Invocation.parse("run", "t", "--set", "lattice")).getMessage());
        assertEquals("--seed 'x': allowed an integer",
                assertThrows(UsageException.class, () -> Invocation.parse("run", "t", "--seed", "x")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> Invocation.parse("run", "t", "--colour")).getMessage()
                .startsWith("unknown option '--colour'"));
        assertEquals("parameter 'm2' is set twice", assertThrows(UsageException.class,
                () -> Invocation.parse("run", "t", "--set", "m2=1", "--set", "m2=2")).getMessage());
        assertEquals("--sampler needs a sampler id (see wick list)",
                assertThrows(UsageException.class, () -> Invocation.parse("run", "t", "--sampler")).getMessage());
        assertThrows(UsageException.class, Invocation::parse);
    }
}
