package wick.api.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import wick.api.param.Parameters;
import wick.api.result.Result;

/** A run in progress or finished, as the engine reports it. Thread-safe. */
@ProviderType
public interface RunHandle {
    /** Short id, unique in this workbench (e.g. {@code "r3"}). */
    String id();

    /** The task id. */
    String taskId();

    /** The run directory. */
    Path directory();

    /** The seed of the run's random stream. */
    long seed();

    /** The validated parameters. */
    Parameters parameters();

    /** Current status. */
    RunStatus status();

    /** Fraction done, in [0, 1]. */
    double progress();

    /** Last progress message, or the reason for {@link RunStatus#FAILED} / {@link RunStatus#PAUSED}. */
    String message();

    /** The sampler id in use (chain tasks), or {@code null}. */
    String currentSampler();

    /** The sampler history so far (chain tasks). */
    List<SamplerSpan> samplerHistory();

    /**
     * Replaces the sampler of a running chain: the switch happens between two sweeps, and the chain
     * continues from the same state with the same random stream. Resumes a paused run.
     *
     * @throws IllegalArgumentException when the sampler is unknown or does not fit the target
     * @throws IllegalStateException    when the run is not a chain or has ended
     */
    void replaceSampler(String samplerId);

    /** Asks the run to stop; it ends within one sweep (or one progress poll) as {@link RunStatus#CANCELLED}. */
    void cancel();

    /** Waits for the end of the run and returns its final status. */
    RunStatus await() throws InterruptedException;

    /** The results once completed (empty before). */
    Map<String, Result> results();

    /**
     * A snapshot of the measurements so far (chain tasks; empty for compute tasks), for live
     * plots: each observable's series, and the sampler that made each measurement.
     */
    default java.util.Optional<wick.api.task.Measurements> measurements() {
        return java.util.Optional.empty();
    }
}
