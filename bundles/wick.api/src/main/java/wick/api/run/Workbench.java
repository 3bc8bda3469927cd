package wick.api.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import wick.api.param.ParameterSchema;

/**
 * The one service through which the UI, the shell and the batch runner use Wick: what is installed,
 * and runs started, resumed, swapped and cancelled.
 */
@ProviderType
public interface Workbench {
    /** Installed tasks, sorted by id. */
    List<TaskInfo> tasks();

    /** Installed samplers, sorted by id. */
    List<SamplerInfo> samplers();

    /**
     * The samplers that fit a chain task's target at these parameters.
     *
     * @throws wick.api.param.ParameterException for bad parameters
     * @throws IllegalArgumentException          for an unknown or non-chain task
     */
    List<SamplerInfo> samplersFor(String taskId, Map<String, String> rawParameters);

    /**
     * The parameters of a task (from its Metatype OCD).
     *
     * @throws IllegalArgumentException for an unknown task, with the installed ones listed
     */
    ParameterSchema parameters(String taskId);

    /**
     * The parameters of a sampler (from its Metatype OCD). In {@link #start} they are given as
     * {@code SAMPLER.PARAMETER}, e.g. {@code hmc.steps=20}.
     *
     * @throws IllegalArgumentException for an unknown sampler
     */
    ParameterSchema samplerParameters(String samplerId);

    /**
     * Validates the parameters and starts a run in the background. Keys of the form
     * {@code SAMPLER.PARAMETER} set a sampler's own parameters (used whenever that sampler is bound).
     *
     * @throws IllegalArgumentException             for an unknown task or sampler
     * @throws wick.api.param.ParameterException    for a bad parameter (before anything is written)
     */
    RunHandle start(String taskId, Map<String, String> rawParameters, RunOptions options);

    /**
     * Continues a run from the checkpoint in its directory; the chain continues bit-identically.
     *
     * @throws IllegalArgumentException when the directory holds no resumable run
     */
    RunHandle resume(Path runDirectory);

    /**
     * The installed bundles with their versions and the SHA-256 of their jars, sorted by symbolic name:
     * the environment every run records in its {@code run.json}.
     */
    List<BundleInfo> environment();

    /** Runs started in this workbench, oldest first. */
    List<RunHandle> runs();

    /** A run by id. */
    Optional<RunHandle> run(String id);
}
