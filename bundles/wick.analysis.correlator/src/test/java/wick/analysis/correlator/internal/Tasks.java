package wick.analysis.correlator.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.task.TaskContext;

/** Running {@code correlator.fit} outside OSGi: parameters with the OCD's defaults, a plain context. */
final class Tasks {
    private Tasks() {
    }

    /** The OCD defaults, overridden by {@code overrides} (typed values). */
    static Parameters parameters(Map<String, ?> overrides) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("run", CorrelatorFitTask.NO_RUN);
        p.put("tauMin", -1);
        p.put("tauMax", -1);
        p.put("binSize", 0);
        p.put("svdCut", 1e-8);
        p.put("shrinkage", 0.0);
        p.put("constant", false);
        p.put("states", 1);
        p.put("model", "free");
        p.put("sampler", CorrelatorFitTask.DEFAULT_SAMPLER);
        p.put("lattice", "16x4");
        p.put("spacing", "1");
        p.put("m2", 0.3);
        p.put("lambda", 1.0);
        p.put("J", 0.0);
        p.put("sourceSite", -1);
        p.put("samples", 2000);
        p.put("thermalization", 200);
        p.put("interval", 1);
        p.putAll(overrides);
        return Parameters.of(p);
    }

    static TaskContext context(Path runDirectory, ProgressMonitor progress, long seed) {
        RandomStream random = RandomStream.of(seed);
        return new TaskContext() {
            @Override
            public ProgressMonitor progress() {
                return progress;
            }

            @Override
            public RandomStream random() {
                return random;
            }

            @Override
            public Path runDirectory() {
                return runDirectory;
            }
        };
    }

    /** Runs the task on a run directory. */
    static Map<String, Result> fit(Path run, Map<String, ?> overrides) {
        Map<String, Object> o = new LinkedHashMap<>(overrides);
        o.put("run", run.toString());
        return new CorrelatorFitTask().compute(parameters(o), context(run.resolveSibling("fit"), ProgressMonitor.NONE, 1));
    }

    static ScalarResult scalar(Map<String, Result> r, String name) {
        return (ScalarResult) r.get(name);
    }
}
