package wick.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.run.RunStatus;
import wick.api.run.SamplerSchedule;
import wick.api.run.SamplerSpan;

class ChainRunTest {
    @TempDir
    Path tmp;

    private final ToyChain.Catalog catalog = new ToyChain.Catalog().add(ToyChain.ar1("iid", 0)).add(ToyChain.ar1("ar1", 0.7));

    private ChainRun newRun(Path dir, String sampler, int samples, long checkpointMillis) {
        return newRun(dir, sampler, null, samples, checkpointMillis);
    }

    private ChainRun newRun(Path dir, String sampler, SamplerSchedule schedule, int samples, long checkpointMillis) {
        RunFiles files = new RunFiles(dir);
        files.create();
        ToyChain.Task task = new ToyChain.Task();
        return new ChainRun("r1", task, task.target(null), sampler, schedule, Map.of(), 42L, ToyChain.schedule(samples), files,
                Map.of("test.bundle", "1.0.0"), null, catalog, List.of(), null, checkpointMillis, "test.bundle 1.0.0");
    }

    private ChainRun resumed(Path dir, SamplerSchedule schedule) {
        RunFiles files = new RunFiles(dir);
        ToyChain.Task task = new ToyChain.Task();
        Checkpoint c = Checkpoint.read(files.checkpoint());
        return new ChainRun("r2", task, task.target(null), c.samplerId(), schedule, Map.of(), 42L, ToyChain.schedule(20000), files,
                Map.of(), null, catalog, List.of(), c, 0, "test.bundle 1.0.0");
    }

    @Test
    void completedRunWritesMeasurementsResultsAndRecord() throws Exception {
        ChainRun run = newRun(tmp.resolve("a"), "iid", 500, 2000);
        run.run();
        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        List<String> lines = Files.readAllLines(tmp.resolve("a/measurements.csv"));
        assertEquals("sweep,sampler,acceptance,x0,x2", lines.get(0));
        assertEquals(501, lines.size());
        assertTrue(lines.get(1).startsWith("7,iid,1.0,"), lines.get(1)); // thermalization 5, interval 2
        String results = Files.readString(tmp.resolve("a/results.json"));
        assertTrue(results.contains("\"status\": \"completed\""), results);
        String record = Files.readString(tmp.resolve("a/run.json"));
        assertTrue(record.contains("\"samplerHistory\""), record);
        assertTrue(Files.exists(tmp.resolve("a/results/x2.csv")));
    }

    @Test
    void cancelledRunResumesBitIdentically() throws Exception {
        cancelAndResume(null);
    }

    @Test
    void cancelledScheduledRunResumesBitIdentically() throws Exception {
        cancelAndResume(SamplerSchedule.parse("ar1:7,iid:3"));
    }

    private void cancelAndResume(SamplerSchedule schedule) throws Exception {
        ChainRun whole = newRun(tmp.resolve("whole"), "ar1", schedule, 20000, 1_000_000);
        whole.run();
        assertEquals(RunStatus.COMPLETED, whole.status(), whole.message());

        ChainRun first = newRun(tmp.resolve("cut"), "ar1", schedule, 20000, 1);
        Thread t = new Thread(first);
        t.start();
        while (first.progress() < 0.2) {
            Thread.sleep(1);
        }
        first.cancel();
        t.join();
        assertEquals(RunStatus.CANCELLED, first.status());
        long rows = Files.readAllLines(tmp.resolve("cut/measurements.csv")).size() - 1;
        assertTrue(rows > 0 && rows < 20000, "cancelled part-way, rows " + rows);

        ChainRun second = resumed(tmp.resolve("cut"), schedule);
        second.run();
        assertEquals(RunStatus.COMPLETED, second.status(), second.message());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("whole/measurements.csv")),
                Files.readAllBytes(tmp.resolve("cut/measurements.csv")));
    }

    @Test
    void samplerIsReplacedBetweenSweepsAndRecorded() throws Exception {
        ChainRun run = newRun(tmp.resolve("swap"), "ar1", 40000, 2000);
        Thread t = new Thread(run);
        t.start();
        while (run.progress() < 0.3) {
            Thread.sleep(1);
        }
        run.replaceSampler("iid");
        t.join();
        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        List<SamplerSpan> h = run.samplerHistory();
        assertEquals(2, h.size());
        assertEquals("ar1", h.get(0).samplerId());
        assertEquals("iid", h.get(1).samplerId());
        assertTrue(h.get(1).fromSweep() > 0);
        List<String> lines = Files.readAllLines(tmp.resolve("swap/measurements.csv"));
        assertTrue(lines.get(1).contains(",ar1,"));
        assertTrue(lines.get(lines.size() - 1).contains(",iid,"));
    }

    @Test
    void scheduleCyclesThroughItsSamplersAndRecordsEachSpan() throws Exception {
        ChainRun run = newRun(tmp.resolve("schedule"), "ignored", SamplerSchedule.parse("ar1:4,iid:6"), 100, 2000);
        run.run();
        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        List<SamplerSpan> h = run.samplerHistory();
        assertEquals("ar1", h.get(0).samplerId());
        for (int i = 0; i < h.size(); i++) {
            assertEquals(i % 2 == 0 ? "ar1" : "iid", h.get(i).samplerId());
            assertEquals(i / 2 * 10 + (i % 2 == 0 ? 0 : 4), h.get(i).fromSweep(), "span " + i);
        }
        List<String> lines = Files.readAllLines(tmp.resolve("schedule/measurements.csv"));
        for (String row : lines.subList(1, lines.size())) {
            long sweep = Long.parseLong(row.split(",")[0]);
            String expected = (sweep - 1) % 10 < 4 ? "ar1" : "iid";
            assertEquals(expected, row.split(",")[1], "sampler of the measurement after sweep " + sweep);
        }
        assertTrue(Files.readString(tmp.resolve("schedule/run.json")).contains("\"samplerSchedule\": \"ar1:4,iid:6\""));
    }

    @Test
    void scheduleParsingNamesTheOption() {
        for (String bad : new String[] {"", "metropolis", "metropolis:0", "metropolis:x", ":5", "a:1,,b:2"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SamplerSchedule.parse(bad));
            assertTrue(e.getMessage().startsWith("--sampler-schedule"), e.getMessage());
        }
        assertEquals("a:1,b:2", SamplerSchedule.parse(" a:1, b:2 ").toString());
    }

    @Test
    void samplerThatDoesNotFitIsRefused() {
        catalog.add(otherSampler());
        ChainRun run = newRun(tmp.resolve("refuse"), "iid", 10, 2000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run.replaceSampler("other"));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run.replaceSampler("missing"));
    }

    private static wick.api.sampler.Sampler otherSampler() {
        wick.api.sampler.Sampler base = ToyChain.ar1("other", 0);
        return new wick.api.sampler.Sampler() {
            @Override
            public String id() {
                return "other";
            }

            @Override
            public String description() {
                return "needs another capability";
            }

            @Override
            public List<Class<? extends wick.api.model.Target>> requires() {
                return List.of(wick.api.model.GaussianSymbolTarget.class);
            }

            @Override
            public wick.api.sampler.Move bind(wick.api.model.Target target, wick.api.param.Parameters parameters) {
                return base.bind(target, parameters);
            }
        };
    }

    @Test
    void removedSamplerInstalledAgainContinuesTheRun() throws Exception {
        ChainRun run = newRun(tmp.resolve("reinstall"), "ar1", 40000, 2000);
        Thread t = new Thread(run);
        t.start();
        while (run.progress() < 0.1) {
            Thread.sleep(1);
        }
        var ar1 = catalog.samplers.remove("ar1");
        run.samplerRemoved("ar1");
        long deadline = System.currentTimeMillis() + 5000;
        while (run.status() != RunStatus.PAUSED && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(RunStatus.PAUSED, run.status());
        catalog.samplers.put("ar1", ar1);
        t.join();
        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        List<SamplerSpan> h = run.samplerHistory();
        assertEquals(List.of("ar1", "ar1"), h.stream().map(SamplerSpan::samplerId).toList(), "bound afresh after reinstall");
    }

    @Test
    void removedSamplerPausesTheRunUntilAnotherIsPicked() throws Exception {
        ChainRun run = newRun(tmp.resolve("pause"), "ar1", 40000, 2000);
        Thread t = new Thread(run);
        t.start();
        while (run.progress() < 0.1) {
            Thread.sleep(1);
        }
        catalog.samplers.remove("ar1");
        run.samplerRemoved("ar1");
        long deadline = System.currentTimeMillis() + 5000;
        while (run.status() != RunStatus.PAUSED && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(RunStatus.PAUSED, run.status());
        assertTrue(run.message().contains("ar1"), run.message());
        assertTrue(run.message().contains("bundle test.bundle 1.0.0"), run.message());
        long rows = Files.readAllLines(tmp.resolve("pause/measurements.csv")).size() - 1;
        assertTrue(rows > 0, "measurements on disk while paused");
        run.replaceSampler("iid");
        t.join();
        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
    }
}
