package wick.engine.internal;

import java.util.Collection;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The engine's one timer thread (daemon; it ends when idle for a few seconds, so a stopped bundle
 * leaves no thread behind): it looks for hung samplers ({@link #watch}) and finishes the cancel of a
 * run whose thread is stuck in a sweep ({@link ChainRun#cancel()}).
 */
final class Watchdog {
    static final ScheduledThreadPoolExecutor TIMER;

    static {
        TIMER = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "wick-watchdog");
            t.setDaemon(true);
            return t;
        });
        TIMER.setKeepAliveTime(5, TimeUnit.SECONDS);
        TIMER.allowCoreThreadTimeOut(true);
        TIMER.setRemoveOnCancelPolicy(true);
    }

    private Watchdog() {
    }

    /**
     * Checks the runs every {@code hangMillis / 4} (10 ms to 1 s) and flags each chain that has been
     * inside one sweep for {@code hangMillis} or more ({@link ChainRun#checkHang}). Cancel the
     * returned future to stop.
     */
    static ScheduledFuture<?> watch(long hangMillis, Supplier<? extends Collection<? extends AbstractRun>> runs) {
        long period = Math.max(10, Math.min(1000, hangMillis / 4));
        return TIMER.scheduleWithFixedDelay(() -> {
            for (AbstractRun r : runs.get()) {
                if (r instanceof ChainRun c) {
                    try {
                        c.checkHang(hangMillis);
                    } catch (RuntimeException e) {
                        // a failing check must not end the watchdog (a scheduled task that throws is not run again)
                    }
                }
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }
}
