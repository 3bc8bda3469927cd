package wick.analysis.critical.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import wick.api.progress.CancelledException;
import wick.api.progress.ProgressMonitor;
import wick.api.run.RunHandle;
import wick.api.run.RunOptions;
import wick.api.run.RunStatus;
import wick.api.run.Workbench;
import wick.api.task.Measurements;

/**
 * Runs each chain through the {@link Workbench} service, in the sub-directory {@code request.name()}
 * of the calling task's run directory, and waits for it by polling every {@value #POLL_MILLIS} ms:
 * progress and message are forwarded, and a cancelled monitor cancels the chain (which stops within
 * one sweep) before {@link CancelledException} is thrown.
 *
 * <p>Resuming the calling task repeats its computation with the same seed, hence the same chains in
 * the same directories: a chain that already completed there is read back ({@code results.json},
 * {@code measurements.csv}) instead of being run again, and one that was stopped is resumed from its
 * checkpoint. A directory holding a chain with other parameters is an error.
 */
final class WorkbenchChainRunner implements ChainRunner {
    /** How often the chain's status and the monitor's cancel flag are polled. */
    static final long POLL_MILLIS = 20;
    /** How long a cancelled chain is given to stop before the cancellation is reported anyway. */
    static final long CANCEL_GRACE_MILLIS = 400;

    private final Workbench workbench;
    private final Path directory;

    /**
     * @param workbench the workbench service
     * @param directory the calling task's run directory; each chain goes into a sub-directory
     */
    WorkbenchChainRunner(Workbench workbench, Path directory) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.directory = directory;
    }

    @Override
    public ChainOutcome run(ChainRequest request, ProgressMonitor progress) {
        progress.checkCancelled();
        Path dir = directory.resolve(request.name()).toAbsolutePath().normalize();
        SubRunDirectory previous = new SubRunDirectory(dir);
        if (previous.holdsRun()) {
            previous.checkParameters(request);
            if (previous.completed()) {
                progress.report(1, "completed earlier");
                return previous.outcome(request.name());
            }
        }
        RunHandle handle = previous.holdsRun() ? workbench.resume(dir)
                : workbench.start(PHI4_SAMPLE, request.parameters(), new RunOptions(request.seed(), request.sampler(), dir));
        RunStatus status = waitFor(handle, progress);
        return switch (status) {
            case COMPLETED -> outcome(request.name(), handle);
            case CANCELLED -> throw new CancelledException();
            default -> throw new IllegalStateException("chain " + request.name() + " (" + PHI4_SAMPLE + " in "
                    + handle.directory() + ") failed: " + handle.message());
        };
    }

    private static RunStatus waitFor(RunHandle handle, ProgressMonitor progress) {
        try {
            while (true) {
                RunStatus s = handle.status();
                if (s.isTerminal()) {
                    return s;
                }
                if (progress.isCancelled()) {
                    handle.cancel();
                    long until = System.currentTimeMillis() + CANCEL_GRACE_MILLIS;
                    while (!handle.status().isTerminal() && System.currentTimeMillis() < until) {
                        Thread.sleep(5);
                    }
                    throw new CancelledException();
                }
                String m = handle.message();
                progress.report(handle.progress(), s == RunStatus.PAUSED ? "paused: " + m : m);
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    private static ChainOutcome outcome(String name, RunHandle handle) {
        Map<String, wick.api.result.Result> results = handle.results();
        Measurements m = handle.measurements().orElse(null);
        if (m != null && m.count() > 0) {
            return new ChainOutcome(name, results, c -> m.names().contains(c) ? m.column(c) : null, handle.directory());
        }
        Path csv = handle.directory().resolve(SubRunDirectory.MEASUREMENTS);
        return new ChainOutcome(name, results, Files.isRegularFile(csv) ? MeasurementsCsv.lazy(csv) : null,
                handle.directory());
    }
}
