package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faulty plugins (the fixture bundle's {@code fixture-throws}, {@code fixture-hangs},
 * {@code fixture-activation-fails}, the model {@code fixture.nan-model}, and the bundle removed while its
 * sampler runs) end, stall or pause their own run only, with a message naming the bundle; everything
 * measured stays on disk and the other runs complete.
 */
class FaultIsolationIT {
    private static final String BUNDLE = "wick.fixture.sampler";
    private static final String FREE = "free.sample --set lattice=8x6 --set spacing=0.9,1.1 --set m2=0.6";
    @TempDir
    static Path tmp;
    private static Launcher launcher;
    private static Gogo shell;

    @BeforeAll
    static void start() throws Exception {
        launcher = new Launcher(Distribution.HOME, List.of("all"), tmp.resolve("plugins"),
                Map.of("wick.checkpoint.millis", "100", "wick.hang.millis", "1000"));
        launcher.start();
        assertNotNull(launcher.awaitService("(objectClass=wick.api.run.Workbench)", 10_000), "Workbench service");
        assertNotNull(launcher.awaitService("(osgi.command.scope=wick)", 10_000), "wick shell commands");
        shell = new Gogo(launcher.context());
        Files.copy(Distribution.FIXTURES.resolve(BUNDLE + ".jar"), launcher.plugins().resolve(BUNDLE + ".jar"));
        await(() -> exec("wick:list").contains("fixture-hangs") && exec("wick:list").contains("fixture-throws"),
                "the fixture samplers in wick:list");
    }

    @AfterAll
    static void stop() throws Exception {
        launcher.stop();
    }

    @Test
    void throwingSamplerFailsItsRunNamingTheBundleWhileAnotherRunCompletes() throws Exception {
        Path bad = tmp.resolve("throws");
        String normal = exec("wick:start " + FREE + " --set samples=20000 --sampler heatbath --seed 5 --out "
                + tmp.resolve("normal1")).trim();
        String id = exec("wick:start " + FREE + " --set samples=2000 --sampler fixture-throws --seed 6 --out " + bad).trim();
        Map<String, Object> summary = Distribution.json(exec("wick:wait " + id));
        assertEquals("failed", summary.get("status"), String.valueOf(summary));
        Map<String, Object> record = Distribution.json(Files.readString(bad.resolve("run.json")));
        String message = String.valueOf(record.get("message"));
        assertTrue(message.startsWith("sampler 'fixture-throws' (bundle " + BUNDLE + " ")
                && message.endsWith(" failed at sweep 300: fixture fault in sweep 300"), message);
        assertEquals("failed", record.get("status"));
        List<String> rows = Files.readAllLines(bad.resolve("measurements.csv"));
        assertEquals(199, rows.size() - 1, "measurements after sweeps 101..299 (thermalization 100)");
        assertTrue(rows.get(rows.size() - 1).startsWith("299,fixture-throws,"), rows.get(rows.size() - 1));
        assertTrue(Files.exists(bad.resolve("checkpoint.bin")));

        assertEquals("completed", Distribution.json(exec("wick:wait " + normal)).get("status"));
    }

    @Test
    void hungSamplerIsReportedAndItsRunCancelledAtOnceWhileAnotherRunCompletes() throws Exception {
        Path bad = tmp.resolve("hangs");
        String normal = exec("wick:start " + FREE + " --set samples=20000 --sampler heatbath --seed 7 --out "
                + tmp.resolve("normal2")).trim();
        String id = exec("wick:start " + FREE + " --set samples=2000 --sampler fixture-hangs --seed 8 --out " + bad).trim();
        long t0 = System.currentTimeMillis();
        await(() -> exec("wick:status " + id).contains("seems hung"), "the hang to be reported");
        String status = exec("wick:status " + id);
        System.out.println("FaultIsolationIT: hang reported " + (System.currentTimeMillis() - t0)
                + " ms after the run started (wick.hang.millis = 1000): " + status);
        assertTrue(status.contains("status=running"), status);
        assertTrue(status.contains("sampler 'fixture-hangs' (bundle " + BUNDLE + " "), status);
        assertTrue(status.contains("cancel the run (wick:cancel " + id + ")"), status);

        long c0 = System.nanoTime();
        exec("wick:cancel " + id);
        await(() -> exec("wick:status " + id).contains("status=cancelled"), "the run to be cancelled");
        long latency = (System.nanoTime() - c0) / 1_000_000;
        System.out.println("FaultIsolationIT: cancel of the hung run took " + latency + " ms");
        assertTrue(latency < 500, "cancel took " + latency + " ms");
        assertEquals("cancelled", Distribution.json(exec("wick:wait " + id)).get("status")); // run.json written
        Map<String, Object> record = Distribution.json(Files.readString(bad.resolve("run.json")));
        assertEquals("cancelled", record.get("status"));
        assertTrue(String.valueOf(record.get("message")).contains("(bundle " + BUNDLE + " "), String.valueOf(record));
        List<String> rows = Files.readAllLines(bad.resolve("measurements.csv"));
        assertEquals(199, rows.size() - 1, "measurements after sweeps 101..299 (thermalization 100)");

        assertEquals("completed", Distribution.json(exec("wick:wait " + normal)).get("status"));
    }

    @Test
    void componentFailingToActivateIsNotOfferedAndTheWorkbenchGoesOn() throws Exception {
        String list = exec("wick:list");
        assertTrue(list.contains("fixture-reverse-heatbath"), list);
        assertFalse(list.contains("fixture-activation-fails"), list);
        // the workbench asked for every sampler service, so SCR has tried and recorded the failure
        String problems = exec("wick:problems");
        assertTrue(problems.contains("wick.fixture.sampler.FailingActivation (bundle " + BUNDLE)
                && problems.contains("failed to activate: ") && problems.contains("fixture: this component fails to activate"), problems);
        System.out.println("FaultIsolationIT: wick:problems says " + problems.trim());
        String id = exec("wick:start " + FREE + " --set samples=500 --sampler fixture-reverse-heatbath --seed 9 --out "
                + tmp.resolve("normal3")).trim();
        assertEquals("completed", Distribution.json(exec("wick:wait " + id)).get("status"));
    }

    @Test
    void modelTurningNanFailsItsRunNamingTheBundleWhileAnotherRunCompletes() throws Exception {
        Path bad = tmp.resolve("nan");
        String normal = exec("wick:start " + FREE + " --set samples=20000 --sampler heatbath --seed 10 --out "
                + tmp.resolve("normal4")).trim();
        String id = exec("wick:start fixture.nan-model --set lattice=8x8 --set samples=2000 --set thermalization=100"
                + " --sampler heatbath --seed 11 --out " + bad).trim();
        Map<String, Object> summary = Distribution.json(exec("wick:wait " + id));
        assertEquals("failed", summary.get("status"), String.valueOf(summary));
        Map<String, Object> record = Distribution.json(Files.readString(bad.resolve("run.json")));
        String message = String.valueOf(record.get("message"));
        assertTrue(message.contains("NaN") && message.contains("sweep 300")
                && message.contains("task 'fixture.nan-model' (bundle " + BUNDLE + " "), message);
        List<String> rows = Files.readAllLines(bad.resolve("measurements.csv"));
        assertEquals(199, rows.size() - 1, "measurements after sweeps 101..299 (thermalization 100), none after the fault");
        for (String row : rows.subList(1, rows.size())) {
            double phi2 = Double.parseDouble(row.substring(row.lastIndexOf(',') + 1));
            assertTrue(Double.isFinite(phi2) && phi2 > 0, row);
        }
        assertTrue(Files.exists(bad.resolve("checkpoint.bin")));

        assertEquals("completed", Distribution.json(exec("wick:wait " + normal)).get("status"));
    }

    @Test
    void samplerBundleRemovedWhileUsedPausesItsRunNamingTheBundleWhileAnotherRunCompletes() throws Exception {
        Path used = tmp.resolve("removed");
        Path jar = launcher.plugins().resolve(BUNDLE + ".jar");
        String normal = exec("wick:start " + FREE + " --set samples=20000 --sampler heatbath --seed 12 --out "
                + tmp.resolve("normal5")).trim();
        String id = exec("wick:start " + FREE + " --set samples=200000 --sampler fixture-reverse-heatbath --seed 13 --out "
                + used).trim();
        try {
            await(() -> exec("wick:status " + id).contains("measurement"), "measurements to start");
            Files.delete(jar);
            await(() -> exec("wick:status " + id).contains("status=paused"), "the run to pause");
            String status = exec("wick:status " + id);
            assertTrue(status.contains("sampler 'fixture-reverse-heatbath' went away (its bundle " + BUNDLE + " "), status);
            long rows = Files.readAllLines(used.resolve("measurements.csv")).size() - 1;
            assertTrue(rows > 0, "measurements kept on disk while paused");
            assertTrue(Files.exists(used.resolve("checkpoint.bin")));
            assertEquals("completed", Distribution.json(exec("wick:wait " + normal)).get("status"), "the other run");

            exec("wick:swap " + id + " heatbath");
            await(() -> exec("wick:status " + id).contains("status=running"), "the run to continue with another sampler");
            exec("wick:cancel " + id);
            assertEquals("cancelled", Distribution.json(exec("wick:wait " + id)).get("status"));
            List<String> after = Files.readAllLines(used.resolve("measurements.csv"));
            assertTrue(after.size() - 1 >= rows, "nothing measured was lost");
            assertTrue(after.get((int) rows).contains(",fixture-reverse-heatbath,"), after.get((int) rows));
        } finally {
            if (!Files.exists(jar)) {
                Files.copy(Distribution.FIXTURES.resolve(BUNDLE + ".jar"), jar);
            }
            await(() -> exec("wick:list").contains("fixture-reverse-heatbath"), "the fixture back for the other tests");
        }
    }

    private static String exec(String command) {
        try {
            return shell.execute(command);
        } catch (Exception e) {
            throw new AssertionError(command + ": " + e, e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}
