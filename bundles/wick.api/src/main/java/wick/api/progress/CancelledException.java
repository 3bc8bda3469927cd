package wick.api.progress;

/** Thrown by work that stops because its {@link ProgressMonitor} was cancelled. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
