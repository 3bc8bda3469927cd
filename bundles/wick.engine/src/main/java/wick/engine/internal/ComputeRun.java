package wick.engine.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.run.SamplerSpan;
import wick.api.task.ComputeTask;
import wick.api.task.TaskContext;

/** A run of a {@link ComputeTask}: one call, with progress and cancel; resuming repeats it with the same seed. */
final class ComputeRun extends AbstractRun {
    private final ComputeTask task;

    ComputeRun(String id, ComputeTask task, long seed, Parameters parameters, RunFiles files, Map<String, String> bundles,
            String created) {
        super(id, task.id(), seed, parameters, files, bundles, created);
        this.task = task;
    }

    @Override
    protected Map<String, Result> execute() throws Exception {
        files.writeRecord(record());
        RandomStream random = RandomStream.of(seed());
        TaskContext context = new TaskContext() {
            @Override
            public wick.api.progress.ProgressMonitor progress() {
                return monitor();
            }

            @Override
            public RandomStream random() {
                return random;
            }

            @Override
            public Path runDirectory() {
                return files.directory();
            }
        };
        return task.compute(parameters(), context);
    }

    @Override
    public String currentSampler() {
        return null;
    }

    @Override
    public List<SamplerSpan> samplerHistory() {
        return List.of();
    }

    @Override
    public void replaceSampler(String samplerId) {
        throw new IllegalStateException("run " + id() + " (" + taskId() + ") is not a Markov chain: it has no sampler");
    }
}
