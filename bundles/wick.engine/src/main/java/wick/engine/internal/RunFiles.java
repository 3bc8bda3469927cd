package wick.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import wick.api.result.Result;

/**
 * The files of a run directory: {@code run.json} (task, parameters, seed, sampler history, bundle
 * versions, the environment with jar hashes, status), {@code measurements.csv}, {@code checkpoint.bin}, {@code results.json} and one
 * CSV per result in {@code results/}. Every whole-file write is atomic.
 */
final class RunFiles {
    static final String RUN_JSON = "run.json";
    static final String RESULTS_JSON = "results.json";
    static final String MEASUREMENTS = "measurements.csv";
    static final String CHECKPOINT = "checkpoint.bin";

    private final Path directory;

    RunFiles(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    Path measurements() {
        return directory.resolve(MEASUREMENTS);
    }

    Path checkpoint() {
        return directory.resolve(CHECKPOINT);
    }

    /** Creates the directory; refuses one that already holds a run. */
    void create() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory " + directory + ": " + e.getMessage(), e);
        }
        if (Files.exists(directory.resolve(RUN_JSON))) {
            throw new IllegalArgumentException("run directory " + directory
                    + " already holds a run; use wick resume to continue it, or choose another --out");
        }
    }

    synchronized void writeRecord(Map<String, Object> record) {
        AtomicFiles.write(directory.resolve(RUN_JSON), Json.write(record));
    }

    Map<String, Object> readRecord() {
        Path f = directory.resolve(RUN_JSON);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(directory + " holds no run (no " + RUN_JSON + ")");
        }
        try {
            return Json.read(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code results.json} (the same object {@code wick run --json} prints) and {@code results/NAME.csv}. */
    void writeResults(Map<String, Object> summary, Map<String, Result> results) {
        AtomicFiles.write(directory.resolve(RESULTS_JSON), Json.write(summary));
        for (Map.Entry<String, Result> e : results.entrySet()) {
            AtomicFiles.write(directory.resolve("results").resolve(e.getKey() + ".csv"), e.getValue().toCsv());
        }
    }

    /** The JSON model of a set of results. */
    static Map<String, Object> resultsJson(Map<String, Result> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        results.forEach((k, v) -> m.put(k, v.toJson()));
        return m;
    }
}
