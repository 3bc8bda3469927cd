package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.progress.ProgressMonitor;

/** Bad parameters are {@link ParameterException}s naming the parameter (and, for {@code run}, the path). */
class ParameterValidationTest {
    @TempDir
    Path tmp;

    private final CorrelatorFitTask task = new CorrelatorFitTask();

    private ParameterException rejected(Map<String, ?> overrides) {
        return assertThrows(ParameterException.class, () -> task.validate(Tasks.parameters(overrides)));
    }

    private Path goodRun() throws Exception {
        return FreeFieldRuns.run(tmp.resolve("good"), Lattice.of(16, 4), 0.3, 40, 5);
    }

    @Test
    void missingDirectoryNamesRunAndThePath() {
        Path missing = tmp.resolve("no-such-run");
        ParameterException e = rejected(Map.of("run", missing.toString()));
        assertEquals("run", e.parameter());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void directoryWithoutMeasurementsNamesRun() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(dir.resolve("run.json"), "{\"task\":\"free.sample\"}");
        ParameterException e = rejected(Map.of("run", dir.toString()));
        assertEquals("run", e.parameter());
        assertTrue(e.getMessage().contains("measurements.csv") && e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void measurementsWithoutCorrelatorColumnsNameRun() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("phi2-only"));
        Files.writeString(dir.resolve("run.json"), "{\"task\":\"free.sample\"}");
        Files.writeString(dir.resolve("measurements.csv"), "sweep,sampler,acceptance,phi2\n1,exact-fft,1.0,0.5\n");
        ParameterException e = rejected(Map.of("run", dir.toString()));
        assertEquals("run", e.parameter());
        assertTrue(e.getMessage().contains("C0"), e.getMessage());
    }

    @Test
    void fileInsteadOfDirectoryNamesRun() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertEquals("run", rejected(Map.of("run", file.toString())).parameter());
    }

    @Test
    void tauMinNotBelowTauMaxIsRejected() throws Exception {
        String run = goodRun().toString();
        ParameterException e = rejected(Map.of("run", run, "tauMin", 6, "tauMax", 6));
        assertEquals("tauMin", e.parameter());
        assertEquals("tauMin", rejected(Map.of("run", run, "tauMin", 7, "tauMax", 5)).parameter());
        assertEquals("tauMin", rejected(Map.of("run", run, "tauMin", 9)).parameter(), "τ_max defaults to N_t/2 = 8");
        assertEquals("tauMin", rejected(Map.of("run", run, "tauMin", 7)).parameter(), "[7, 8] has 2 points for 2 parameters");
        assertDoesNotThrow(() -> task.validate(Tasks.parameters(Map.of("run", run, "tauMin", 6))));
    }

    @Test
    void tauMaxBeyondTheLatticeIsRejected() throws Exception {
        String run = goodRun().toString();
        ParameterException e = rejected(Map.of("run", run, "tauMax", 16));
        assertEquals("tauMax", e.parameter());
        assertTrue(e.getMessage().contains("15"), e.getMessage());
        task.setWorkbench(new FakeWorkbench());
        assertEquals("tauMax", rejected(Map.of("lattice", "6x4", "tauMax", 6)).parameter(), "checked against the lattice too");
    }

    @Test
    void statesOtherThanOneOrTwoAreRejected() {
        for (int states : new int[] {0, 3}) {
            ParameterException e = rejected(Map.of("states", states));
            assertEquals("states", e.parameter());
            assertTrue(e.getMessage().contains("1 or 2"), e.getMessage());
        }
    }

    @Test
    void cutShrinkageAndBinSizeAreRangeChecked() throws Exception {
        assertEquals("svdCut", rejected(Map.of("svdCut", 1.0)).parameter());
        assertEquals("shrinkage", rejected(Map.of("shrinkage", 1.5)).parameter());
        assertEquals("binSize", rejected(Map.of("binSize", -1)).parameter());
        Map<String, Object> big = new HashMap<>(Map.of("run", goodRun().toString(), "binSize", 21));
        ParameterException e = assertThrows(ParameterException.class,
                () -> CorrelatorAnalysis.analyse(FreeFieldRuns.measure(Lattice.of(16, 4), 0.3, 40, 5),
                        FitSettings.of(Tasks.parameters(big)), ProgressMonitor.NONE));
        assertEquals("binSize", e.parameter());
    }

    @Test
    void producingARunNeedsTheWorkbenchAndAGoodModel() {
        ParameterException e = rejected(Map.of());
        assertEquals("run", e.parameter());
        assertTrue(e.getMessage().contains("Workbench"), e.getMessage());
        task.setWorkbench(new FakeWorkbench());
        assertEquals("m2", rejected(Map.of("m2", -0.5)).parameter(), "the free field needs m2 > 0");
        assertDoesNotThrow(() -> task.validate(Tasks.parameters(Map.of("model", "phi4", "m2", -0.5))));
        assertEquals("lattice", rejected(Map.of("lattice", "2x4")).parameter());
        assertEquals("tauMax", rejected(Map.of("lattice", "4x4", "states", 2)).parameter(),
                "the automatic scan needs τ_max ≥ P + 1 = 5, N_t/2 = 2");
    }

    @Test
    void latticeThatContradictsTheMeasurementsNamesRun() throws Exception {
        Path run = goodRun();
        Files.writeString(run.resolve("run.json"), Files.readString(run.resolve("run.json")).replace("16x4", "12x4"));
        ParameterException e = assertThrows(ParameterException.class, () -> Tasks.fit(run, Map.of("tauMin", 2)));
        assertEquals("run", e.parameter());
        assertTrue(e.getMessage().contains("12x4"), e.getMessage());
    }
}
