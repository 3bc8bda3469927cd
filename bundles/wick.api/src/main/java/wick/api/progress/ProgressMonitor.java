package wick.api.progress;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Progress of a long computation, without any UI: the work reports the fraction done and polls
 * {@link #isCancelled()} (at least every few hundred milliseconds); a sub-monitor maps a part of the
 * work onto an interval of its parent's range.
 */
@ProviderType
public interface ProgressMonitor {
    /** A monitor that reports nowhere and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void report(double fractionDone, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports progress.
     *
     * @param fractionDone in [0, 1] of this monitor's range
     * @param message      what is being done (may be {@code null})
     */
    void report(double fractionDone, String message);

    /** Whether the user asked to stop; the work should return (or throw {@link CancelledException}) soon. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * A monitor for a sub-task occupying {@code [from, to]} of this monitor's range; its messages are
     * prefixed with {@code name}. Cancellation is shared.
     */
    default ProgressMonitor subTask(double from, double to, String name) {
        ProgressMonitor parent = this;
        return new ProgressMonitor() {
            @Override
            public void report(double fractionDone, String message) {
                double f = Math.max(0, Math.min(1, fractionDone));
                parent.report(from + (to - from) * f, message == null ? name : name + ": " + message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
