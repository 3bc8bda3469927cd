package wick.ui.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.swing.SwingUtilities;

/**
 * Work that may block (starting, resuming and swapping runs, asking which samplers fit, taking
 * measurement snapshots, reading run directories, starting and stopping bundles) runs here, never
 * on the event thread; its outcome is handed back to the event thread. Two pools, so a slow user
 * action does not hold up the live plots: {@link #act} for what the user asked, {@link #poll} for
 * periodic refreshes.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService actions = Executors.newFixedThreadPool(2, daemons("wick-ui-action"));
    private final ExecutorService polls = Executors.newFixedThreadPool(2, daemons("wick-ui-poll"));

    /** Runs {@code work} for a user action; {@code done} or {@code failed} then runs on the event thread. */
    public <T> void act(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        submit(actions, work, done, failed);
    }

    /** Runs {@code work} for a periodic refresh; {@code done} or {@code failed} then runs on the event thread. */
    public <T> void poll(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        submit(polls, work, done, failed);
    }

    private static <T> void submit(ExecutorService pool, Callable<T> work, Consumer<? super T> done,
            Consumer<? super Exception> failed) {
        if (pool.isShutdown()) {
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    T value = work.call();
                    SwingUtilities.invokeLater(() -> done.accept(value));
                } catch (Exception e) {
                    SwingUtilities.invokeLater(() -> failed.accept(e));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the window is going away
        }
    }

    /** A failure handler that ignores the failure (for refreshes that simply try again later). */
    public static void ignore(Exception e) {
        // the next refresh tries again
    }

    /** The message of an exception, for a status line. */
    public static String describe(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /** Waits up to {@code millis} for the user actions under way when {@link #close()} was called (e.g. saving the form). */
    public boolean awaitClosed(long millis) throws InterruptedException {
        return actions.awaitTermination(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Stops taking work: refreshes stop at once, user actions under way finish. */
    @Override
    public void close() {
        actions.shutdown();
        polls.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
