package wick.cli.internal;

/** A command line that cannot be run as given: exit code 2 and this one-line message. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
