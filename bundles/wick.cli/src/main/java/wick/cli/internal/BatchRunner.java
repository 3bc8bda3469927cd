package wick.cli.internal;

import java.io.PrintStream;
import java.util.function.BiFunction;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import wick.api.run.Workbench;

/**
 * The headless batch runner the launcher calls for {@code wick list|run|resume ...}. Registered under
 * a JDK type ({@link BiFunction} of the arguments and the real standard output to the exit code),
 * so the launcher, outside the framework, needs none of Wick's classes. Standard error is
 * {@link System#err}.
 */
@Component(service = BiFunction.class, property = BatchRunner.COMMAND_PROPERTY + "=" + BatchRunner.BATCH)
public final class BatchRunner implements BiFunction<String[], PrintStream, Integer> {
    /** Service property naming the command service. */
    public static final String COMMAND_PROPERTY = "wick.command";
    /** Its value for the batch runner. */
    public static final String BATCH = "batch";

    @Reference
    private Workbench workbench;

    @Override
    public Integer apply(String[] args, PrintStream out) {
        return new Commands(workbench, out, System.err).execute(args);
    }
}
