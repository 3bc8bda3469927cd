package wick.model.gravity.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.task.TaskContext;

/** A task context for tests: records progress, cancels after {@code cancelAfter} reports (−1: never). */
final class TestContext implements TaskContext {
    final List<Double> reports = new ArrayList<>();
    private final RandomStream random;
    private final Path directory;
    private final int cancelAfter;

    TestContext(long seed, Path directory, int cancelAfter) {
        this.random = RandomStream.of(seed);
        this.directory = directory;
        this.cancelAfter = cancelAfter;
    }

    @Override
    public ProgressMonitor progress() {
        return new ProgressMonitor() {
            @Override
            public void report(double fractionDone, String message) {
                reports.add(fractionDone);
            }

            @Override
            public boolean isCancelled() {
                return cancelAfter >= 0 && reports.size() >= cancelAfter;
            }
        };
    }

    @Override
    public RandomStream random() {
        return random;
    }

    @Override
    public Path runDirectory() {
        return directory;
    }

    /** Parameters from key–value pairs over defaults. */
    static Parameters parameters(Map<String, Object> defaults, Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>(defaults);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return Parameters.of(m);
    }
}
