package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.lattice.Lattice;
import wick.api.progress.CancelledException;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.run.RunStatus;
import wick.lattice.FreeField;

/**
 * With {@code run = none} the task starts {@code free.sample} / {@code phi4.sample} through the
 * Workbench with its own seed in {@code <run directory>/source-run}, shows the chain's progress,
 * cancels the chain when cancelled, and analyses the chain's directory; a resumed fit reuses or
 * resumes the chain of its first attempt.
 */
class SourceRunTest {
    @TempDir
    Path tmp;

    private final FakeWorkbench workbench = new FakeWorkbench();
    private final CorrelatorFitTask task = new CorrelatorFitTask();

    SourceRunTest() {
        task.setWorkbench(workbench);
    }

    @Test
    void producesAFreeRunAndAnalysesIt() {
        List<Double> reported = new CopyOnWriteArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void report(double fractionDone, String message) {
                reported.add(fractionDone);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        Map<String, Result> r = task.compute(Tasks.parameters(Map.of("samples", 1000)), Tasks.context(tmp, monitor, 4242));
        assertEquals(1, workbench.starts.size());
        FakeWorkbench.Start s = workbench.starts.get(0);
        assertEquals("free.sample", s.taskId());
        assertEquals(Map.of("lattice", "16x4", "spacing", "1", "m2", "0.3", "samples", "1000", "thermalization", "200",
                "interval", "1"), s.raw());
        assertEquals(4242L, s.options().seed());
        assertNull(s.options().sampler());
        assertEquals(tmp.resolve("source-run"), s.options().outputDirectory());
        assertEquals(new FreeField(Lattice.of(16, 4), 0.3).energy(), Tasks.scalar(r, "exactEnergy").value());
        assertTrue(Double.isFinite(Tasks.scalar(r, "energy").value()));
        assertTrue(reported.stream().anyMatch(x -> x > 0.1 && x < 0.6), "the chain's progress shows: " + reported);
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) >= reported.get(i - 1) - 1e-12, "progress never goes back: " + reported);
        }
        assertEquals(1.0, reported.get(reported.size() - 1), 1e-12);
    }

    @Test
    void phi4ModelPassesItsParametersAndTheSampler() {
        Map<String, Result> r = task.compute(Tasks.parameters(Map.of("model", "phi4", "lambda", 0.0, "sampler", "heatbath",
                "samples", 600, "tauMin", 2)), Tasks.context(tmp, ProgressMonitor.NONE, 7));
        FakeWorkbench.Start s = workbench.starts.get(0);
        assertEquals("phi4.sample", s.taskId());
        assertEquals("0.0", s.raw().get("lambda"));
        assertEquals("0.0", s.raw().get("J"));
        assertEquals("-1", s.raw().get("sourceSite"));
        assertEquals("heatbath", s.options().sampler());
        assertTrue(r.containsKey("exactEnergy"), "phi4 at lambda = 0, J = 0 is the free field");
    }

    @Test
    void cancellingTheAnalysisCancelsTheChain() {
        workbench.steps = 1000;
        long[] cancelAt = {0};
        ProgressMonitor monitor = new ProgressMonitor() {
            private final long start = System.nanoTime();

            @Override
            public void report(double fractionDone, String message) {
            }

            @Override
            public boolean isCancelled() {
                boolean c = System.nanoTime() - start > 150_000_000L;
                if (c && cancelAt[0] == 0) {
                    cancelAt[0] = System.nanoTime();
                }
                return c;
            }
        };
        assertThrows(CancelledException.class, () -> task.compute(Tasks.parameters(Map.of()), Tasks.context(tmp, monitor, 1)));
        assertEquals(RunStatus.CANCELLED, workbench.handles.get(0).status(), "the chain was cancelled and awaited");
        assertTrue(System.nanoTime() - cancelAt[0] < 500_000_000L);
    }

    @Test
    void aResumedFitReusesACompletedChainAndResumesAnUnfinishedOne() throws Exception {
        FreeFieldRuns.run(tmp.resolve("source-run"), Lattice.of(16, 4), 0.3, 1000, 3);
        task.compute(Tasks.parameters(Map.of()), Tasks.context(tmp, ProgressMonitor.NONE, 1));
        assertTrue(workbench.starts.isEmpty() && workbench.resumed.isEmpty(), "the completed chain is analysed as it is");
        Path json = tmp.resolve("source-run").resolve("run.json");
        Files.writeString(json, Files.readString(json).replace("\"completed\"", "\"cancelled\""));
        task.compute(Tasks.parameters(Map.of()), Tasks.context(tmp, ProgressMonitor.NONE, 1));
        assertEquals(List.of(tmp.resolve("source-run")), workbench.resumed);
        assertTrue(workbench.starts.isEmpty());
    }

    @Test
    void aFailedChainIsReportedWithItsMessage() {
        workbench.failWith = "sampler bundle gone";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> task.compute(Tasks.parameters(Map.of()), Tasks.context(tmp, ProgressMonitor.NONE, 1)));
        assertTrue(e.getMessage().contains("sampler bundle gone") && e.getMessage().contains("free.sample"), e.getMessage());
    }
}
