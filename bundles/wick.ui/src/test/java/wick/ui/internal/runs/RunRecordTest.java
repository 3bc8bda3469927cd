package wick.ui.internal.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.result.Result;
import wick.api.run.RunOptions;
import wick.ui.internal.Samples;

class RunRecordTest {
    @TempDir
    Path dir;

    /** A run.json as the engine writes it; the seed needs all 63 bits. */
    static final String RUN_JSON = """
            {
              "task": "phi4.sample",
              "kind": "chain",
              "parameters": {"lattice": "8x8", "m2": "-0.5", "lambda": "2.4", "samples": "2000"},
              "seed": 9007199254740993,
              "status": "cancelled",
              "message": "cancelled at sweep 1200",
              "progress": 0.42,
              "samplerHistory": [
                {"sampler": "metropolis", "fromSweep": 0, "bundle": "wick.sampler.local", "version": "0.1.0.SNAPSHOT"},
                {"sampler": "hmc", "fromSweep": 700, "bundle": "wick.sampler.hmc", "version": "0.1.0.SNAPSHOT"}
              ],
              "bundles": {"wick.api": "0.1.0.SNAPSHOT", "wick.engine": "0.1.0.SNAPSHOT"},
              "created": "2025-01-01T10:00:00Z",
              "updated": "2025-01-01T10:01:00Z",
              "samplerSchedule": null,
              "samplerParameters": {"hmc": {"steps": "20"}, "metropolis": {}}
            }
            """;

    private Path run(String json) throws IOException {
        Path d = dir.resolve("runs").resolve("phi4.sample-20250101-100000-9007199254740993");
        Files.createDirectories(d);
        Files.writeString(d.resolve("run.json"), json);
        return d;
    }

    @Test
    void readsWhatARerunNeeds() throws IOException {
        RunRecord r = RunRecord.read(run(RUN_JSON));
        assertEquals("phi4.sample", r.task());
        assertEquals(9007199254740993L, r.seed(), "the seed keeps every bit");
        assertEquals("cancelled", r.status());
        Map<String, String> raw = new LinkedHashMap<>(Map.of("lattice", "8x8", "m2", "-0.5", "lambda", "2.4", "samples", "2000"));
        raw.put("hmc.steps", "20");
        assertEquals(raw, r.rerunParameters());
        Path target = dir.resolve("new");
        RunOptions o = r.rerunOptions(target);
        assertEquals(9007199254740993L, o.seed());
        assertEquals("metropolis", o.sampler(), "the sampler the run started with");
        assertNull(o.schedule());
        assertEquals(target, o.outputDirectory());
    }

    @Test
    void aScheduleIsRunAgain() throws IOException {
        RunRecord r = RunRecord.read(run(RUN_JSON.replace("\"samplerSchedule\": null", "\"samplerSchedule\": \"metropolis:200,hmc:50\"")));
        RunOptions o = r.rerunOptions(null);
        assertEquals("metropolis:200,hmc:50", o.schedule().toString());
        assertNull(o.sampler());
    }

    @Test
    void manifestShowsParametersSeedHistoryAndBundles() throws IOException {
        String text = RunRecord.read(run(RUN_JSON)).manifest();
        for (String s : new String[] {"phi4.sample (chain)", "cancelled (42%)", "9007199254740993", "lattice = 8x8",
            "m2 = -0.5", "hmc.steps = 20", "from sweep 0", "metropolis", "from sweep 700", "wick.sampler.hmc",
            "wick.engine", "cancelled at sweep 1200"}) {
            assertTrue(text.contains(s), s + " in\n" + text);
        }
    }

    @Test
    void rerunDirectoryIsFreshAndBesideTheRun() throws IOException {
        RunRecord r = RunRecord.read(run(RUN_JSON));
        LocalDateTime now = LocalDateTime.of(2025, 2, 3, 4, 5, 6);
        Path first = r.rerunDirectory(now, p -> false);
        assertEquals(dir.resolve("runs").resolve("phi4.sample-20250203-040506-9007199254740993").toAbsolutePath(), first);
        Set<Path> taken = Set.of(first, first.resolveSibling(first.getFileName() + "-2"));
        assertEquals(first.resolveSibling(first.getFileName() + "-3"), r.rerunDirectory(now, taken::contains));
    }

    @Test
    void resultsAreReadFromResultsJson() throws IOException {
        Path d = run(RUN_JSON);
        assertEquals(Map.of(), RunRecord.readResults(d));
        Map<String, Result> results = Samples.freeSample();
        StringBuilder json = new StringBuilder("{\"task\":\"free.sample\",\"results\":");
        json.append(new com.google.gson.Gson().toJson(toJson(results))).append('}');
        Files.writeString(d.resolve("results.json"), json);
        assertEquals(results, RunRecord.readResults(d));
    }

    private static Map<String, Object> toJson(Map<String, Result> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        results.forEach((k, v) -> m.put(k, v.toJson()));
        return m;
    }

    @Test
    void aDirectoryWithoutRunJsonIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunRecord.read(dir));
        assertTrue(e.getMessage().contains("run.json"));
    }
}
