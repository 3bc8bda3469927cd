package wick.ui.internal.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;

import wick.api.result.Result;
import wick.api.run.RunOptions;
import wick.api.run.SamplerSchedule;

/**
 * A run directory as the Runs view reads it: {@code run.json} (task, parameters, seed, sampler
 * parameters, schedule and history, bundle versions, status) and, when present, the results in
 * {@code results.json}. Also what re-running it takes: the same task, parameters (the sampler
 * parameters as {@code SAMPLER.PARAMETER}), seed, first sampler or schedule.
 *
 * @param directory the run directory
 * @param record    the content of {@code run.json}
 */
public record RunRecord(Path directory, Map<String, Object> record) {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeSpecialFloatingPointValues().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * Reads {@code DIR/run.json}.
     *
     * @throws IllegalArgumentException when the directory holds no run
     */
    public static RunRecord read(Path directory) throws IOException {
        Path f = directory.resolve("run.json");
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(directory + " holds no run (no run.json)");
        }
        return new RunRecord(directory, parse(Files.readString(f, StandardCharsets.UTF_8)));
    }

    /** The JSON object in {@code text} as a plain model (numbers as Long or Double). */
    static Map<String, Object> parse(String text) {
        Map<String, Object> m = GSON.fromJson(text, new TypeToken<LinkedHashMap<String, Object>>() { }.getType());
        if (m == null) {
            throw new IllegalArgumentException("empty JSON document");
        }
        return m;
    }

    /** The results in {@code DIR/results.json} (empty when the run has none yet). */
    public static Map<String, Result> readResults(Path directory) throws IOException {
        Path f = directory.resolve("results.json");
        Map<String, Result> results = new LinkedHashMap<>();
        if (!Files.isRegularFile(f)) {
            return results;
        }
        if (parse(Files.readString(f, StandardCharsets.UTF_8)).get("results") instanceof Map<?, ?> rs) {
            rs.forEach((k, v) -> {
                if (v instanceof Map<?, ?> json) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> j = (Map<String, ?>) json;
                    results.put(String.valueOf(k), Result.fromJson(j));
                }
            });
        }
        return results;
    }

    public String task() {
        return String.valueOf(record.get("task"));
    }

    public String status() {
        return String.valueOf(record.getOrDefault("status", "unknown"));
    }

    public long seed() {
        Object s = record.get("seed");
        if (s instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalArgumentException(directory + "/run.json has no seed");
    }

    /** The task's parameters as given. */
    public Map<String, String> parameters() {
        return strings(record.get("parameters"));
    }

    /** Per sampler id, the values given for its parameters. */
    public Map<String, Map<String, String>> samplerParameters() {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        if (record.get("samplerParameters") instanceof Map<?, ?> sp) {
            sp.forEach((k, v) -> m.put(String.valueOf(k), strings(v)));
        }
        return m;
    }

    /** The sampler history entries ({@code sampler, fromSweep, bundle, version}). */
    public List<Map<String, Object>> samplerHistory() {
        if (record.get("samplerHistory") instanceof List<?> l) {
            return l.stream().filter(Map.class::isInstance).map(x -> {
                Map<String, Object> e = new LinkedHashMap<>();
                ((Map<?, ?>) x).forEach((k, v) -> e.put(String.valueOf(k), v));
                return e;
            }).toList();
        }
        return List.of();
    }

    /** The sampler schedule, or {@code null}. */
    public String schedule() {
        Object s = record.get("samplerSchedule");
        return s == null ? null : s.toString();
    }

    /** The raw parameters of a re-run: the task's, plus each sampler's as {@code SAMPLER.PARAMETER}. */
    public Map<String, String> rerunParameters() {
        Map<String, String> raw = new LinkedHashMap<>(parameters());
        samplerParameters().forEach((s, values) -> values.forEach((k, v) -> raw.put(s + "." + k, v)));
        return raw;
    }

    /** The options of a re-run into {@code directory}: the same seed, schedule or first sampler. */
    public RunOptions rerunOptions(Path newDirectory) {
        String schedule = schedule();
        if (schedule != null) {
            return new RunOptions(seed(), null, newDirectory, SamplerSchedule.parse(schedule));
        }
        List<Map<String, Object>> history = samplerHistory();
        String first = history.isEmpty() ? null : String.valueOf(history.get(0).get("sampler"));
        return new RunOptions(seed(), first, newDirectory, null);
    }

    /**
     * A fresh directory for a re-run beside this one, named as the engine names runs,
     * {@code TASK-yyyyMMdd-HHmmss-SEED}, with {@code -2}, {@code -3}, ... when taken.
     */
    public Path rerunDirectory(LocalDateTime now, Predicate<Path> exists) {
        Path parent = directory.toAbsolutePath().normalize().getParent();
        String stem = task() + "-" + now.format(STAMP) + "-" + seed();
        Path p = parent.resolve(stem);
        for (int i = 2; exists.test(p); i++) {
            p = parent.resolve(stem + "-" + i);
        }
        return p;
    }

    /** The manifest for people: task, status, seed, parameters, sampler settings and history, bundle versions. */
    public String manifest() {
        StringBuilder b = new StringBuilder();
        line(b, "task", task() + (record.get("kind") == null ? "" : " (" + record.get("kind") + ")"));
        Object progress = record.get("progress");
        line(b, "status", status() + (progress instanceof Number n ? String.format(" (%.0f%%)", 100 * n.doubleValue()) : ""));
        Object message = record.get("message");
        if (message != null && !message.toString().isBlank()) {
            line(b, "message", message.toString());
        }
        line(b, "seed", String.valueOf(record.get("seed")));
        line(b, "directory", directory.toAbsolutePath().normalize().toString());
        line(b, "created", String.valueOf(record.get("created")));
        line(b, "updated", String.valueOf(record.get("updated")));
        b.append("\nparameters\n");
        parameters().forEach((k, v) -> b.append("  ").append(k).append(" = ").append(v).append('\n'));
        Map<String, Map<String, String>> sp = samplerParameters();
        if (sp.values().stream().anyMatch(m -> !m.isEmpty())) {
            b.append("\nsampler parameters\n");
            sp.forEach((s, values) -> values.forEach((k, v) -> b.append("  ").append(s).append('.').append(k)
                    .append(" = ").append(v).append('\n')));
        }
        if (schedule() != null) {
            b.append("\nsampler schedule\n  ").append(schedule()).append('\n');
        }
        List<Map<String, Object>> history = samplerHistory();
        if (!history.isEmpty()) {
            b.append("\nsampler history\n");
            for (Map<String, Object> h : history) {
                b.append(String.format("  from sweep %-10s %-16s %s %s%n", h.get("fromSweep"), h.get("sampler"),
                        h.get("bundle"), h.get("version")));
            }
        }
        Map<String, String> bundles = strings(record.get("bundles"));
        if (!bundles.isEmpty()) {
            b.append("\nbundles\n");
            bundles.forEach((k, v) -> b.append(String.format("  %-40s %s%n", k, v)));
        }
        return b.toString();
    }

    /** {@code run.json} as indented JSON. */
    public String json() {
        return GSON.toJson(record);
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(String.format("%-10s %s%n", key, value));
    }

    private static Map<String, String> strings(Object o) {
        Map<String, String> m = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> m.put(String.valueOf(k), String.valueOf(v)));
        }
        return m;
    }
}
