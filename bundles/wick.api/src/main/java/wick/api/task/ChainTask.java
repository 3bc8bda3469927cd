package wick.api.task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;

/**
 * A task that runs a Markov chain on a target: the engine owns the chain (state, random stream,
 * current sampler, schedule, checkpoints, the measurements on disk); the task says what to sample,
 * what to measure and how to turn the measurements into results.
 *
 * <p>The schedule comes from the standard parameters {@code samples}, {@code thermalization} and
 * {@code interval}, which a chain task's OCD must declare.
 */
@ConsumerType
public interface ChainTask extends Task {
    /** Parameter holding the number of measurements. */
    String SAMPLES = "samples";
    /** Parameter holding the number of sweeps discarded before measuring. */
    String THERMALIZATION = "thermalization";
    /** Parameter holding the number of sweeps between two measurements. */
    String INTERVAL = "interval";

    /**
     * The target to sample.
     *
     * @throws wick.api.param.ParameterException naming the parameter when the model is ill-defined
     */
    Target target(Parameters parameters);

    /** The id of the sampler used when the user names none. */
    String defaultSampler();

    /** What each measurement records. */
    Observables observables(Target target, Parameters parameters);

    /**
     * The results of a run from all its measurements (with errors from the Γ-method or jackknife).
     *
     * @param measurements every measurement, in chain order
     */
    Map<String, Result> analyse(Measurements measurements, Target target, Parameters parameters,
            ProgressMonitor progress);

    /**
     * Writes files of the task's own into the run directory once the chain has ended and
     * {@link #analyse} has returned (e.g. the last latent field of Model 3, for analyses that read it).
     * Files must be written atomically (a temporary file, then a move). Does nothing by default.
     *
     * @param target       the target the chain ran on, in its final state
     * @param runDirectory the run directory
     * @throws IOException when a file cannot be written (the run then fails with this message)
     * @since 1.1
     */
    default void writeRunFiles(Target target, Path runDirectory) throws IOException {
    }
}
