package wick.analysis.critical.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;

import wick.api.result.Result;

/**
 * A chain's run directory as the engine leaves it ({@code run.json}, {@code results.json},
 * {@code measurements.csv}; see the user guide): read back when the calling task is resumed.
 */
final class SubRunDirectory {
    static final String RUN_JSON = "run.json";
    static final String RESULTS_JSON = "results.json";
    static final String MEASUREMENTS = "measurements.csv";
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues()
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create();

    private final Path directory;

    SubRunDirectory(Path directory) {
        this.directory = directory;
    }

    /** Whether a run was started here. */
    boolean holdsRun() {
        return Files.isRegularFile(directory.resolve(RUN_JSON));
    }

    /** Whether the run here completed (its {@code results.json} says so). */
    boolean completed() {
        Path f = directory.resolve(RESULTS_JSON);
        return Files.isRegularFile(f) && "completed".equals(read(f).get("status"));
    }

    /**
     * Checks that the run here has the parameters asked for.
     *
     * @throws IllegalStateException naming the directory and the first parameter that differs
     */
    void checkParameters(ChainRequest request) {
        Map<String, Object> record = read(directory.resolve(RUN_JSON));
        Object task = record.get("task");
        if (!ChainRunner.PHI4_SAMPLE.equals(task)) {
            throw new IllegalStateException(directory + " holds a run of '" + task + "', not of " + ChainRunner.PHI4_SAMPLE
                    + "; remove it or choose another run directory");
        }
        Map<?, ?> given = record.get("parameters") instanceof Map<?, ?> m ? m : Map.of();
        for (Map.Entry<String, String> e : request.parameters().entrySet()) {
            Object v = given.get(e.getKey());
            if (v == null || !same(e.getValue(), v.toString())) {
                throw new IllegalStateException(directory + " holds a chain with " + e.getKey() + " = " + v + ", not "
                        + e.getValue() + "; remove it or choose another run directory");
            }
        }
    }

    private static boolean same(String a, String b) {
        if (a.trim().equals(b.trim())) {
            return true;
        }
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The completed run's results and measurements. */
    ChainOutcome outcome(String name) {
        Map<String, Object> summary = read(directory.resolve(RESULTS_JSON));
        Map<String, Result> results = new LinkedHashMap<>();
        if (summary.get("results") instanceof Map<?, ?> r) {
            for (Map.Entry<?, ?> e : r.entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, ?> json = (Map<String, ?>) e.getValue();
                results.put(String.valueOf(e.getKey()), Result.fromJson(json));
            }
        }
        Path csv = directory.resolve(MEASUREMENTS);
        return new ChainOutcome(name, results, Files.isRegularFile(csv) ? MeasurementsCsv.lazy(csv) : null, directory);
    }

    private static Map<String, Object> read(Path f) {
        try {
            Map<String, Object> m = GSON.fromJson(Files.readString(f, StandardCharsets.UTF_8),
                    new TypeToken<LinkedHashMap<String, Object>>() { }.getType());
            return m == null ? Map.of() : m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
