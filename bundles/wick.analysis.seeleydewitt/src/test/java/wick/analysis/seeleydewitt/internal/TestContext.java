package wick.analysis.seeleydewitt.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.task.TaskContext;

/** A task context for tests: a seeded stream, a run directory, a monitor recording reports with a cancel switch. */
final class TestContext implements TaskContext {
    final RandomStream random;
    final Path directory;
    final Monitor monitor = new Monitor();

    TestContext(long seed, Path directory) {
        this.random = RandomStream.of(seed);
        this.directory = directory;
    }

    @Override
    public ProgressMonitor progress() {
        return monitor;
    }

    @Override
    public RandomStream random() {
        return random;
    }

    @Override
    public Path runDirectory() {
        return directory;
    }

    /** Records every report; cancelled once {@link #cancel()} was called (and remembers when). */
    static final class Monitor implements ProgressMonitor {
        final List<Double> fractions = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile long cancelledAt;

        void cancel() {
            cancelledAt = System.nanoTime();
        }

        @Override
        public void report(double fractionDone, String message) {
            fractions.add(fractionDone);
        }

        @Override
        public boolean isCancelled() {
            return cancelledAt != 0;
        }

        /** Milliseconds since {@link #cancel()}. */
        double millisSinceCancel() {
            return (System.nanoTime() - cancelledAt) / 1e6;
        }
    }
}
