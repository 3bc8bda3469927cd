package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.progress.ProgressMonitor;

/** Reading run directories in the engine's format. */
class RunDataTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheCorrelatorColumnsAndTheRecord() throws Exception {
        Lattice lattice = Lattice.parse("8x3", "0.5,1");
        double[][] c = FreeFieldRuns.measure(lattice, 0.4, 10, 3);
        Path dir = FreeFieldRuns.write(tmp.resolve("r"), lattice, 0.4, c, 3);
        RunData d = RunData.read(dir, ProgressMonitor.NONE);
        assertEquals("free.sample", d.task());
        assertEquals("8x3", d.parameters().get("lattice"));
        assertEquals(8, d.nt());
        for (int t = 0; t < 8; t++) {
            assertArrayEquals(c[t], d.columns()[t], "shortest round-trip doubles are read back exactly");
        }
        assertEquals(0.5, FitResults.timeSpacing(d));
        assertEquals(new wick.lattice.FreeField(lattice, 0.4).energy(), FitResults.exactFreeField(d).energy());
        assertEquals(8, RunData.timeExtent(dir));
    }

    @Test
    void tornLastLineOfAKilledRunIsIgnoredButAMalformedLineElsewhereIsNot() throws Exception {
        Lattice lattice = Lattice.of(6, 2);
        Path dir = FreeFieldRuns.run(tmp.resolve("r"), lattice, 0.5, 10, 4);
        Files.writeString(dir.resolve("measurements.csv"), "11,exact-fft,1.0,0.3,0.25,0.1", StandardOpenOption.APPEND);
        assertEquals(10, RunData.read(dir, ProgressMonitor.NONE).columns()[0].length);
        Files.writeString(dir.resolve("measurements.csv"), "\n12,exact-fft,1.0,0.3,0.3,0.2,0.1,0.1,0.1,0.2\n",
                StandardOpenOption.APPEND);
        ParameterException e = assertThrows(ParameterException.class, () -> RunData.read(dir, ProgressMonitor.NONE));
        assertEquals("run", e.parameter());
        assertTrue(e.getMessage().contains("line 12"), e.getMessage());
    }

    @Test
    void tooFewMeasurementsNameRun() throws Exception {
        Path dir = FreeFieldRuns.run(tmp.resolve("r"), Lattice.of(6, 2), 0.5, 3, 4);
        ParameterException e = assertThrows(ParameterException.class, () -> RunData.read(dir, ProgressMonitor.NONE));
        assertEquals("run", e.parameter());
        assertTrue(e.getMessage().contains("3 measurements"), e.getMessage());
    }

    @Test
    void phi4WithCouplingHasNoExactEnergy() throws Exception {
        Path dir = FreeFieldRuns.run(tmp.resolve("r"), Lattice.of(6, 2), 0.5, 10, 4);
        Path json = dir.resolve("run.json");
        Files.writeString(json, Files.readString(json).replace("free.sample", "phi4.sample").replace("\"interval\"",
                "\"lambda\": \"2.4\",\n    \"interval\""));
        assertNull(FitResults.exactFreeField(RunData.read(dir, ProgressMonitor.NONE)));
    }
}
