package wick.analysis.correlator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import wick.api.param.Parameters;
import wick.api.progress.CancelledException;
import wick.api.progress.ProgressMonitor;
import wick.api.run.RunHandle;
import wick.api.run.RunOptions;
import wick.api.run.RunStatus;
import wick.api.run.Workbench;
import wick.api.task.ChainTask;

/**
 * Produces the measurements to analyse when no run directory is given: starts {@code free.sample}
 * or {@code phi4.sample} through the {@link Workbench} in {@code <run directory>/source-run}, shows
 * its progress, cancels it when the analysis is cancelled, and waits for it. When that directory
 * already holds the chain (a resumed {@code correlator.fit}: the engine repeats a compute task),
 * a completed chain is analysed as it is and an unfinished one is resumed.
 */
final class SourceRun {
    /** Subdirectory of the task's run directory that receives the produced run. */
    static final String DIRECTORY = "source-run";
    /** How often the run's status is polled, in milliseconds. */
    static final long POLL_MILLIS = 50;

    private static final List<String> FREE = List.of("lattice", "spacing", "m2", ChainTask.SAMPLES,
            ChainTask.THERMALIZATION, ChainTask.INTERVAL);
    private static final List<String> PHI4 = List.of("lattice", "spacing", "m2", "lambda", "J", "sourceSite",
            ChainTask.SAMPLES, ChainTask.THERMALIZATION, ChainTask.INTERVAL);

    private SourceRun() {
    }

    /** The chain task for a {@code model} value: {@code free.sample} or {@code phi4.sample}. */
    static String task(String model) {
        return "phi4".equals(model) ? "phi4.sample" : "free.sample";
    }

    /** The raw parameters handed to the chain task: those of this task that it takes. */
    static Map<String, String> chainParameters(Parameters p) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String key : "phi4".equals(p.string("model")) ? PHI4 : FREE) {
            raw.put(key, p.strings().get(key));
        }
        return raw;
    }

    /**
     * Runs the chain and returns its directory once it completed.
     *
     * @param seed     the chain's seed
     * @param sampler  a sampler id, or {@code null} for the task's default
     * @param target   the directory of the new run
     * @throws CancelledException    when {@code progress} is cancelled (the chain is cancelled too)
     *                               or the chain was cancelled by someone else
     * @throws IllegalStateException when the chain failed (with its message)
     * @throws IllegalArgumentException from the Workbench for an unknown task or sampler
     */
    static Path produce(Workbench workbench, Parameters p, long seed, String sampler, Path target,
            ProgressMonitor progress) {
        String task = task(p.string("model"));
        RunHandle run;
        String earlier = status(target);
        if ("completed".equals(earlier)) {
            progress.report(1, task + " in " + target + " completed earlier");
            return target;
        } else if (earlier != null) {
            run = workbench.resume(target);
        } else {
            run = workbench.start(task, chainParameters(p), new RunOptions(seed, sampler, target));
        }
        try {
            while (!run.status().isTerminal()) {
                if (progress.isCancelled()) {
                    run.cancel();
                    run.await();
                    throw new CancelledException();
                }
                String message = run.message();
                progress.report(run.progress(), task + " " + run.id() + (message == null ? "" : ": " + message));
                Thread.sleep(POLL_MILLIS);
            }
            RunStatus status = run.await();
            switch (status) {
                case COMPLETED:
                    progress.report(1, task + " " + run.id() + " completed");
                    return run.directory();
                case CANCELLED:
                    throw new CancelledException();
                default:
                    throw new IllegalStateException("the source run " + run.id() + " (" + task + " in " + run.directory()
                            + ") ended " + status.name().toLowerCase() + ": " + run.message());
            }
        } catch (InterruptedException e) {
            run.cancel();
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /**
     * The status recorded in {@code target/run.json} ({@code "completed"}, {@code "cancelled"}, …),
     * {@code "unknown"} when unreadable, or {@code null} when there is no run there yet.
     */
    private static String status(Path target) {
        Path record = target.resolve("run.json");
        if (!Files.isRegularFile(record)) {
            return null;
        }
        try {
            JsonElement e = JsonParser.parseString(Files.readString(record, StandardCharsets.UTF_8));
            JsonElement s = e.isJsonObject() ? e.getAsJsonObject().get("status") : null;
            return s != null && s.isJsonPrimitive() ? s.getAsString() : "unknown";
        } catch (IOException | JsonParseException e) {
            return "unknown";
        }
    }
}
