package wick.api.task;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

import wick.api.param.Parameters;
import wick.api.result.Result;

/** A task that computes its results directly (no Markov chain): a spectrum, an exact value, a fit. */
@ConsumerType
public interface ComputeTask extends Task {
    /**
     * Computes the results.
     *
     * @param parameters validated against the task's OCD; the task checks cross-parameter constraints
     *                   and throws {@link wick.api.param.ParameterException} naming the parameter
     * @param context    progress, cancellation, a random stream and the run directory
     * @return results by name, in display order
     */
    Map<String, Result> compute(Parameters parameters, TaskContext context) throws Exception;
}
