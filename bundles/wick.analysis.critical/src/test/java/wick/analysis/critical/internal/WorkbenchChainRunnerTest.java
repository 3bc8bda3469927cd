package wick.analysis.critical.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.progress.CancelledException;
import wick.api.result.ScalarResult;

/** Chains through the workbench: directories, progress, cancellation, failure, and reuse on resume. */
class WorkbenchChainRunnerTest {
    @TempDir
    Path runDirectory;

    private static ChainRequest request(String name) {
        return ChainRequest.phi4(name, 8, 1, -0.6, 2.4, new ChainRequest.Schedule(100, 10, 1), "cluster", 42);
    }

    @Test
    void startsTheChainInItsSubDirectoryAndForwardsProgress() {
        FakeWorkbench w = new FakeWorkbench();
        w.results = p -> Map.of("binder", new ScalarResult(0.5, 0.01));
        TestContext.Monitor monitor = new TestContext.Monitor();
        ChainOutcome o = new WorkbenchChainRunner(w, runDirectory).run(request("L8/point0"), monitor);
        assertEquals(new ScalarResult(0.5, 0.01), o.scalar("binder"));
        assertEquals(1, w.started.size());
        assertEquals(runDirectory.resolve("L8/point0").toAbsolutePath().normalize(), w.started.get(0).outputDirectory());
        assertEquals(42L, w.started.get(0).seed());
        assertEquals("cluster", w.started.get(0).sampler());
        assertEquals("8x8", w.parameters.get(0).get("lattice"));
        assertEquals("-0.6", w.parameters.get(0).get("m2"));
        assertTrue(monitor.fractions.size() >= 2, "progress reports: " + monitor.fractions);
        assertThrows(IllegalStateException.class, () -> o.series("correlator"));
    }

    @Test
    void cancellingTheMonitorCancelsTheChainWithinHalfASecond() throws Exception {
        FakeWorkbench w = new FakeWorkbench();
        w.sweeps = 1_000_000;
        TestContext.Monitor monitor = new TestContext.Monitor();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                return;
            }
            monitor.cancel();
        });
        canceller.start();
        assertThrows(CancelledException.class, () -> new WorkbenchChainRunner(w, runDirectory).run(request("c"), monitor));
        double millis = monitor.millisSinceCancel();
        assertTrue(millis < Tolerance.CANCEL_MILLIS, "stopped " + millis + " ms after the cancel");
        assertTrue(w.runs.get(0).cancelRequested, "the chain itself was cancelled");
        w.runs.get(0).await();
        assertEquals(wick.api.run.RunStatus.CANCELLED, w.runs.get(0).status());
    }

    @Test
    void aFailedChainIsAnErrorNamingIt() {
        FakeWorkbench w = new FakeWorkbench();
        w.results = p -> {
            throw new IllegalStateException("sampler exploded");
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new WorkbenchChainRunner(w, runDirectory).run(request("L8/point3"), new TestContext.Monitor()));
        assertTrue(e.getMessage().contains("L8/point3") && e.getMessage().contains("sampler exploded"), e.getMessage());
    }

    @Test
    void aCompletedChainIsReadBackInsteadOfRunAgain() throws Exception {
        Path dir = runDirectory.resolve("L8/point0");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("run.json"), "{\"task\":\"phi4.sample\",\"parameters\":{\"lattice\":\"8x8\",\"spacing\":\"1.0\","
                + "\"m2\":\"-0.6\",\"lambda\":\"2.4\",\"samples\":\"100\",\"thermalization\":\"10\",\"interval\":\"1\",\"J\":\"0.0\"},\"status\":\"completed\"}",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("results.json"), "{\"task\":\"phi4.sample\",\"status\":\"completed\",\"results\":{"
                + "\"binder\":{\"kind\":\"scalar\",\"value\":0.25,\"error\":0.5},"
                + "\"correlator\":{\"kind\":\"series\",\"x\":[0,1],\"y\":[2.0,1.0],\"error\":[0.1,\"NaN\"],\"xLabel\":\"tau\",\"yLabel\":\"C\"}}}",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("measurements.csv"), "sweep,sampler,acceptance,M,M2\n11,cluster,0.5,0.1,0.01\n12,cluster,0.4,-0.2,0.04\n",
                StandardCharsets.UTF_8);
        FakeWorkbench w = new FakeWorkbench();
        ChainOutcome o = new WorkbenchChainRunner(w, runDirectory).run(request("L8/point0"), new TestContext.Monitor());
        assertEquals(0, w.started.size() + w.resumed.size());
        assertEquals(new ScalarResult(0.25, 0.5), o.scalar("binder"));
        assertEquals(2, o.series("correlator").size());
        assertArrayEquals(new double[] {0.01, 0.04}, o.column("M2").orElseThrow());
        assertArrayEquals(new double[] {11, 12}, o.column("sweep").orElseThrow());
        assertTrue(o.column("M4").isEmpty());
    }

    @Test
    void aStoppedChainIsResumedAndOneWithOtherParametersRefused() throws Exception {
        Path dir = runDirectory.resolve("c");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("run.json"), "{\"task\":\"phi4.sample\",\"parameters\":{\"lattice\":\"8x8\",\"spacing\":\"1\","
                + "\"m2\":\"-0.6\",\"lambda\":\"2.4\",\"samples\":\"100\",\"thermalization\":\"10\",\"interval\":\"1\"},\"status\":\"cancelled\"}",
                StandardCharsets.UTF_8);
        FakeWorkbench w = new FakeWorkbench();
        w.results = p -> Map.of("binder", new ScalarResult(0.5, 0.01));
        new WorkbenchChainRunner(w, runDirectory).run(request("c"), new TestContext.Monitor());
        assertEquals(1, w.resumed.size());
        assertEquals(0, w.started.size());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new WorkbenchChainRunner(w, runDirectory)
                .run(ChainRequest.phi4("c", 8, 1, -0.7, 2.4, new ChainRequest.Schedule(100, 10, 1), "cluster", 42), new TestContext.Monitor()));
        assertTrue(e.getMessage().contains("m2"), e.getMessage());
    }
}
