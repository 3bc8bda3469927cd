package wick.api.run;

import java.nio.file.Path;

/**
 * How to start a run.
 *
 * @param seed            the seed of the run's random stream, or {@code null} for a fresh one
 * @param sampler         a sampler id for chain tasks, or {@code null} for the task's default
 * @param outputDirectory the run directory, or {@code null} for {@code runs/TASK-TIME-SEED}
 * @param schedule        a cyclic sampler schedule for chain tasks (overrides {@code sampler}), or {@code null}
 */
public record RunOptions(Long seed, String sampler, Path outputDirectory, SamplerSchedule schedule) {

    /** Options without a schedule. */
    public RunOptions(Long seed, String sampler, Path outputDirectory) {
        this(seed, sampler, outputDirectory, null);
    }

    /** All defaults. */
    public static RunOptions defaults() {
        return new RunOptions(null, null, null, null);
    }
}
