package wick.api.task;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;

/** What the engine gives a running task. */
@ProviderType
public interface TaskContext {
    /** Progress reporting and cancellation. */
    ProgressMonitor progress();

    /** The run's random stream (seeded from the run's seed). */
    RandomStream random();

    /** The run directory, where the task may write extra files (atomically). */
    Path runDirectory();
}
