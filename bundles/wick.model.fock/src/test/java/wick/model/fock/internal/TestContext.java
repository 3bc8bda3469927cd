package wick.model.fock.internal;

import java.nio.file.Path;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.task.TaskContext;

/** A task context for tests: no progress display, a seeded stream, an optional run directory. */
final class TestContext implements TaskContext {
    private final RandomStream random;
    private final Path dir;

    TestContext(long seed, Path dir) {
        this.random = RandomStream.of(seed);
        this.dir = dir;
    }

    @Override
    public ProgressMonitor progress() {
        return ProgressMonitor.NONE;
    }

    @Override
    public RandomStream random() {
        return random;
    }

    @Override
    public Path runDirectory() {
        return dir;
    }
}
