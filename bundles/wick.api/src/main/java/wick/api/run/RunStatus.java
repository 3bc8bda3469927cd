package wick.api.run;

/** The life cycle of a run. */
public enum RunStatus {
    /** Working. */
    RUNNING,
    /** Waiting for a sampler (its bundle went away): pick another to continue. */
    PAUSED,
    /** Finished; results written. */
    COMPLETED,
    /** Stopped by the user; what was measured is on disk and the checkpoint resumes it. */
    CANCELLED,
    /** Stopped by an error (see {@link RunHandle#message()}); measurements and checkpoint are kept. */
    FAILED;

    /** Whether the run has ended. */
    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELLED || this == FAILED;
    }
}
