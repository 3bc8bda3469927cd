package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chain killed with SIGKILL and resumed continues bit-identically. */
class ResumeIT {
    @TempDir
    Path dir;

    private static final String[] RUN = {"run", "free.sample", "--set", "lattice=48x48", "--set", "samples=6000",
        "--set", "interval=4", "--set", "thermalization=50", "--sampler", "heatbath", "--seed", "2024"};

    @Test
    @SuppressWarnings("unchecked")
    void killedRunResumesBitIdentically() throws Exception {
        Path whole = dir.resolve("whole");
        Distribution.Outcome reference = Distribution.run(dir, concat(RUN, "--out", whole.toString()));
        assertEquals(0, reference.exitCode(), reference.stderr());

        Path cut = dir.resolve("cut");
        Process p = Distribution.start(dir, List.of("-Dwick.checkpoint.millis=100"), concat(RUN, "--out", cut.toString()));
        long deadline = System.currentTimeMillis() + 120_000;
        while (progress(cut) < 0.25) {
            assertTrue(p.isAlive(), "the run ended before it could be killed");
            assertTrue(System.currentTimeMillis() < deadline, "no progress");
            Thread.sleep(20);
        }
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no final checkpoint
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        Map<String, Object> record = Distribution.json(Files.readString(cut.resolve("run.json")));
        assertEquals("running", record.get("status"), "a killed run is left as running");
        assertTrue(Files.exists(cut.resolve("checkpoint.bin")));

        Distribution.Outcome resumed = Distribution.run(dir, "resume", cut.toString(), "--json");
        assertEquals(0, resumed.exitCode(), resumed.stderr());
        assertArrayEquals(Files.readAllBytes(whole.resolve("measurements.csv")), Files.readAllBytes(cut.resolve("measurements.csv")),
                "measurements of the resumed chain equal the uninterrupted chain's, byte for byte");
        Map<String, Object> a = Distribution.json(Files.readString(whole.resolve("results.json")));
        Map<String, Object> b = Distribution.json(resumed.stdout());
        assertEquals(a.get("results"), b.get("results"));
        assertEquals(a.get("parameters"), b.get("parameters"));
    }

    private static double progress(Path run) {
        try {
            Path f = run.resolve("run.json");
            if (!Files.exists(f)) {
                return 0;
            }
            Object p = Distribution.json(Files.readString(f)).get("progress");
            return p == null ? 0 : ((Number) p).doubleValue();
        } catch (Exception e) {
            return 0; // read while being replaced: try again
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
