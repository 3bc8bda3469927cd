package wick.analysis.critical.internal;

import java.util.List;
import java.util.function.Function;

import wick.api.param.ParameterException;
import wick.api.run.SamplerInfo;
import wick.api.run.TaskInfo;
import wick.api.run.Workbench;
import wick.api.task.TaskContext;

/** What both tasks need from the workbench: the chain runner, and a check of the sampler before a run. */
final class Phi4Sampling {
    private Phi4Sampling() {
    }

    /** The test's runner if one is set, otherwise chains through the workbench into the run directory. */
    static ChainRunner runner(Function<TaskContext, ChainRunner> runners, Workbench workbench, TaskContext context) {
        if (runners != null) {
            return runners.apply(context);
        }
        if (workbench == null) {
            throw new IllegalStateException("the Workbench service is not available (bundle wick.engine), so no "
                    + ChainRunner.PHI4_SAMPLE + " chain can be started");
        }
        return new WorkbenchChainRunner(workbench, context.runDirectory());
    }

    /**
     * Checks that {@value ChainRunner#PHI4_SAMPLE} is installed and the sampler fits its target.
     *
     * @throws ParameterException naming {@code sampler} when it is not installed or does not fit
     * @throws IllegalArgumentException when {@value ChainRunner#PHI4_SAMPLE} is not installed
     */
    static void checkSampler(Workbench workbench, ChainRequest probe) {
        if (workbench.tasks().stream().map(TaskInfo::id).noneMatch(ChainRunner.PHI4_SAMPLE::equals)) {
            throw new IllegalArgumentException("task " + ChainRunner.PHI4_SAMPLE
                    + " is not installed (bundle wick.model.ebm); it runs the chains");
        }
        List<String> fitting = workbench.samplersFor(ChainRunner.PHI4_SAMPLE, probe.parameters()).stream()
                .map(SamplerInfo::id).toList();
        if (!fitting.contains(probe.sampler())) {
            throw new ParameterException("sampler", probe.sampler(), "an installed sampler that fits phi^4: "
                    + (fitting.isEmpty() ? "none is installed" : String.join(", ", fitting)));
        }
    }
}
