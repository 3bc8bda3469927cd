package wick.analysis.heatkernel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import wick.api.progress.CancelledException;
import wick.api.progress.ProgressMonitor;

/**
 * Runs a long call that cannot poll a monitor itself (a dense EJML decomposition) on a daemon thread
 * while the caller polls {@link ProgressMonitor#isCancelled()} every 50 ms; on cancel the caller
 * returns at once with {@link CancelledException} and the abandoned call runs to its end in the
 * background, its result discarded.
 */
public final class Cancellable {
    private Cancellable() {
    }

    /** The call's result, or {@link CancelledException} within 50 ms of a cancel. */
    public static <T> T call(Callable<T> call, ProgressMonitor progress) {
        FutureTask<T> task = new FutureTask<>(call);
        Thread t = new Thread(task, "wick-heatkernel-dense");
        t.setDaemon(true);
        t.start();
        while (true) {
            progress.checkCancelled();
            try {
                return task.get(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // poll again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException r) {
                    throw r;
                }
                if (c instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(c);
            }
        }
    }
}
