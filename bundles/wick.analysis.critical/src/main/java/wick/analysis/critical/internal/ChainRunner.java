package wick.analysis.critical.internal;

import wick.api.progress.ProgressMonitor;

/**
 * Runs one Markov chain of task {@value #PHI4_SAMPLE} to its end and hands back what it reported.
 * The tasks of this bundle use it for every chain, so that unit tests can substitute a fake (or a
 * synthetic model) for the workbench; {@link WorkbenchChainRunner} is the real one.
 *
 * <p>Contract: the call blocks until the chain has completed; it polls
 * {@link ProgressMonitor#isCancelled()} at least every 100 ms and then stops the chain and throws
 * {@link wick.api.progress.CancelledException}; progress goes to {@code progress} (its whole range).
 */
interface ChainRunner {
    /** The task every chain runs. */
    String PHI4_SAMPLE = "phi4.sample";

    /**
     * Runs one chain.
     *
     * @param request  what to run (its name is the sub-directory of the calling task's run directory)
     * @param progress the part of the calling task's progress this chain occupies
     * @return the chain's results (and its measurements when available)
     * @throws wick.api.progress.CancelledException when {@code progress} is cancelled
     * @throws IllegalStateException                when the chain failed (the message says why and where)
     */
    ChainOutcome run(ChainRequest request, ProgressMonitor progress);
}
