package wick.analysis.critical.internal;

import wick.api.progress.CancelledException;
import wick.api.progress.ProgressMonitor;

/** A chain runner that never finishes: it polls the monitor every 10 ms and throws when cancelled. */
final class BlockingRunner implements ChainRunner {
    volatile int started;

    @Override
    public ChainOutcome run(ChainRequest request, ProgressMonitor progress) {
        started++;
        while (!progress.isCancelled()) {
            progress.report(0.5, "sweeping");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new CancelledException();
            }
        }
        throw new CancelledException();
    }
}
