package wick.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.run.RunStatus;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/** A faulty sampler or model ends (or stalls) its own run only, with a message naming the bundle; nothing measured is lost. */
class ChainFaultTest {
    @TempDir
    Path tmp;

    private final ToyChain.Catalog catalog = new ToyChain.Catalog().add(ToyChain.ar1("iid", 0));

    /** An i.i.d. sampler that calls {@code fault} (with the field) at its {@code atSweep}-th sweep. */
    private static Sampler faulty(String id, int atSweep, BiConsumer<double[], Integer> fault) {
        Sampler iid = ToyChain.ar1(id, 0);
        return new Sampler() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "faulty";
            }

            @Override
            public List<Class<? extends Target>> requires() {
                return iid.requires();
            }

            @Override
            public Move bind(Target target, Parameters parameters) {
                Move m = iid.bind(target, parameters);
                return new Move() {
                    private int calls;

                    @Override
                    public void sweep(double[] field, RandomStream random) {
                        m.sweep(field, random);
                        if (++calls == atSweep) {
                            fault.accept(field, calls);
                        }
                    }

                    @Override
                    public double[] saveState() {
                        return m.saveState();
                    }

                    @Override
                    public void restoreState(double[] state) {
                        m.restoreState(state);
                    }
                };
            }
        };
    }

    private ChainRun newRun(String dir, String sampler, int samples) {
        RunFiles files = new RunFiles(tmp.resolve(dir));
        files.create();
        ToyChain.Task task = new ToyChain.Task();
        return new ChainRun(dir, task, task.target(null), sampler, null, Map.of(), 42L, ToyChain.schedule(samples), files,
                Map.of("test.bundle", "1.0.0"), null, catalog, List.of(), null, 0, "test.task.bundle 2.0.0");
    }

    private static Thread start(ChainRun run) {
        Thread t = new Thread(run, "test-" + run.id());
        t.setDaemon(true);
        t.start();
        return t;
    }

    private List<String> rows(String dir) throws Exception {
        List<String> lines = Files.readAllLines(tmp.resolve(dir).resolve(RunFiles.MEASUREMENTS));
        return lines.subList(1, lines.size());
    }

    /** Runs {@code faulty} next to a healthy run; checks the failure message and what is on disk. */
    private void assertFaultIsolated(String expectedMessageStart, long lastRowSweep) throws Exception {
        ChainRun healthy = newRun("healthy", "iid", 4000);
        ChainRun bad = newRun("bad", "bad", 4000);
        Thread h = start(healthy);
        Thread b = start(bad);
        b.join(10_000);
        assertEquals(RunStatus.FAILED, bad.status(), bad.message());
        assertTrue(bad.message().startsWith(expectedMessageStart), bad.message());
        List<String> rows = rows("bad");
        assertEquals((lastRowSweep - 5) / 2, rows.size(), "every measurement before the fault is on disk");
        assertTrue(rows.get(rows.size() - 1).startsWith(lastRowSweep + ",bad,"), rows.get(rows.size() - 1));
        Checkpoint c = Checkpoint.read(tmp.resolve("bad/checkpoint.bin"));
        assertEquals(lastRowSweep / 16 * 16, c.sweep(), "the last periodic checkpoint, not the faulty state");
        for (double x : c.field()) {
            assertTrue(Double.isFinite(x));
        }
        String record = Files.readString(tmp.resolve("bad/run.json"));
        assertTrue(record.contains("\"status\": \"failed\""), record);
        assertTrue(record.contains("test.bundle 1.0.0"), record);
        h.join(10_000);
        assertEquals(RunStatus.COMPLETED, healthy.status(), healthy.message());
        assertEquals(4000, rows("healthy").size());

        // the failed run resumes from its checkpoint once the sampler is fixed
        catalog.add(ToyChain.ar1("bad", 0));
        RunFiles files = new RunFiles(tmp.resolve("bad"));
        ToyChain.Task task = new ToyChain.Task();
        ChainRun resumed = new ChainRun("again", task, task.target(null), c.samplerId(), null, Map.of(), 42L,
                ToyChain.schedule(4000), files, Map.of(), null, catalog, List.of(), c, 0, "test.task.bundle 2.0.0");
        resumed.run();
        assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
        assertEquals(4000, rows("bad").size());
    }

    @Test
    void samplerThrowingMidRunFailsOnlyItsRunNamingTheBundle() throws Exception {
        catalog.add(faulty("bad", 1000, (f, n) -> {
            throw new IllegalStateException("boom in sweep " + n);
        }));
        assertFaultIsolated("sampler 'bad' (bundle test.bundle 1.0.0) failed at sweep 1000: boom in sweep 1000", 999);
    }

    @Test
    void samplerThrowingAnErrorFailsOnlyItsRun() throws Exception {
        catalog.add(faulty("bad", 1001, (f, n) -> {
            throw new StackOverflowError();
        }));
        assertFaultIsolated("sampler 'bad' (bundle test.bundle 1.0.0) failed at sweep 1001: StackOverflowError", 999);
    }

    @Test
    void nanFieldFailsTheRunNamingTaskAndSamplerBundles() throws Exception {
        catalog.add(faulty("bad", 1001, (f, n) -> java.util.Arrays.fill(f, Double.NaN)));
        assertFaultIsolated("observable x0 is NaN at sweep 1001: task 'toy.sample' (bundle test.task.bundle 2.0.0) with"
                + " sampler 'bad' (bundle test.bundle 1.0.0)", 999);
    }

    @Test
    void nanFieldBetweenMeasurementsIsNeverCheckpointed() throws Exception {
        catalog.add(faulty("bad", 992, (f, n) -> f[3] = Double.NaN)); // sweep 992: a checkpoint, no measurement
        assertFaultIsolated("the field is NaN at site 3 after sweep 992: task 'toy.sample' (bundle test.task.bundle 2.0.0)"
                + " with sampler 'bad' (bundle test.bundle 1.0.0)", 991);
    }

    @Test
    void hungSamplerIsDetectedAndCancelledAtOnce() throws Exception {
        hung(true);
    }

    @Test
    void cancelOfAStuckSweepTakesEffectBeforeTheHangIsDetected() throws Exception {
        hung(false);
    }

    /** A sweep that blocks (ignoring interrupts) until released; hang time 200 ms. */
    private void hung(boolean waitForDetection) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        long[] enteredNanos = new long[1];
        catalog.add(faulty("bad", 1000, (f, n) -> {
            enteredNanos[0] = System.nanoTime();
            boolean done = false;
            while (!done) {
                try {
                    done = release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    // a badly behaved plugin: ignores the interrupt and keeps waiting
                }
            }
        }));
        ChainRun healthy = newRun("healthy", "iid", 4000);
        ChainRun bad = newRun("bad", "bad", 4000);
        ScheduledFuture<?> watchdog = Watchdog.watch(200, () -> List.of(healthy, bad));
        try {
            Thread h = start(healthy);
            Thread b = start(bad);
            long deadline = System.currentTimeMillis() + 5000;
            while (enteredNanos[0] == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(1);
            }
            if (waitForDetection) {
                while (!bad.hung() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(1);
                }
                long detectedMillis = (System.nanoTime() - enteredNanos[0]) / 1_000_000;
                System.out.println("hang detected after " + detectedMillis + " ms (wick.hang.millis = 200)");
                assertTrue(bad.hung(), bad.message());
                assertTrue(detectedMillis >= 200 && detectedMillis < 1000, "detected after " + detectedMillis + " ms");
                assertEquals(RunStatus.RUNNING, bad.status());
                assertTrue(bad.message().matches("no progress for 0\\.[2-9] s: sampler 'bad' \\(bundle test.bundle 1.0.0\\)"
                        + " seems hung; cancel the run \\(wick:cancel bad\\)"), bad.message());
                long until = System.currentTimeMillis() + 2000; // run.json is written just after the flag is set
                while (!Files.readString(tmp.resolve("bad/run.json")).contains("\"hung\": true")
                        && System.currentTimeMillis() < until) {
                    Thread.sleep(5);
                }
                assertTrue(Files.readString(tmp.resolve("bad/run.json")).contains("\"hung\": true"));
            } else {
                Thread.sleep(20);
            }
            long t0 = System.nanoTime();
            bad.cancel();
            while (!bad.status().isTerminal() && System.nanoTime() - t0 < 2_000_000_000L) {
                Thread.sleep(1);
            }
            bad.await();
            long latencyMillis = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("cancel of a stuck sweep took " + latencyMillis + " ms (hang detected first: "
                    + waitForDetection + ")");
            assertEquals(RunStatus.CANCELLED, bad.status());
            assertTrue(latencyMillis < 500, "cancel took " + latencyMillis + " ms");
            assertTrue(bad.message().startsWith("cancelled while sampler 'bad' (bundle test.bundle 1.0.0) was stuck in sweep 1000"),
                    bad.message());
            assertTrue(b.isAlive(), "a Java thread cannot be killed: the stuck sweep is still inside the plugin");
            String record = Files.readString(tmp.resolve("bad/run.json"));
            assertTrue(record.contains("\"status\": \"cancelled\""), record);
            assertEquals(499 - 2, rows("bad").size(), "the measurements before the stuck sweep are on disk");
            byte[] csv = Files.readAllBytes(tmp.resolve("bad/measurements.csv"));
            byte[] checkpoint = Files.readAllBytes(tmp.resolve("bad/checkpoint.bin"));

            release.countDown(); // the plugin returns at last: its thread must end without writing
            b.join(5000);
            assertFalse(b.isAlive());
            assertEquals(RunStatus.CANCELLED, bad.status());
            assertEquals(record.replaceAll("\"updated\".*", ""),
                    Files.readString(tmp.resolve("bad/run.json")).replaceAll("\"updated\".*", ""));
            assertArrayEquals(csv, Files.readAllBytes(tmp.resolve("bad/measurements.csv")));
            assertArrayEquals(checkpoint, Files.readAllBytes(tmp.resolve("bad/checkpoint.bin")));

            h.join(10_000);
            assertEquals(RunStatus.COMPLETED, healthy.status(), healthy.message());
            assertFalse(healthy.hung());
        } finally {
            release.countDown();
            watchdog.cancel(false);
        }
    }
}
