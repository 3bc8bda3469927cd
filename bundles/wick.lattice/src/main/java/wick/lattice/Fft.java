package wick.lattice;

import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Process-wide FFT settings. JTransforms 3.1 takes its thread count from JLargeArrays'
 * {@link ConcurrencyUtils}; the workbench runs one chain per thread (PHYSICS section 8), so the
 * transforms themselves are kept single-threaded: no thread pool per transform, and no
 * contention between concurrently running chains.
 */
public final class Fft {
    private Fft() {
    }

    /**
     * Makes JTransforms single-threaded ({@code ConcurrencyUtils.setNumberOfThreads(1)}, the only
     * switch JTransforms 3.1 consults before forking). Idempotent; called from the static
     * initialiser of {@link ComplexFft}.
     */
    public static void useSingleThread() {
        ConcurrencyUtils.setNumberOfThreads(1);
    }
}
