package wick.launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A Gogo session in a running framework, driven from outside its class space by reflection on the
 * public Gogo API: {@code execute("wick:list")} is exactly what a user types in {@code wick shell}.
 */
final class Gogo {
    private final Object session;
    private final Method execute;

    Gogo(BundleContext context) throws Exception {
        ServiceReference<?> ref = context.getServiceReference("org.apache.felix.service.command.CommandProcessor");
        if (ref == null) {
            throw new IllegalStateException("no Gogo CommandProcessor service");
        }
        Object processor = context.getService(ref);
        ClassLoader loader = processor.getClass().getClassLoader();
        Class<?> processorType = loader.loadClass("org.apache.felix.service.command.CommandProcessor");
        Class<?> sessionType = loader.loadClass("org.apache.felix.service.command.CommandSession");
        Method create = processorType.getMethod("createSession", InputStream.class, OutputStream.class, OutputStream.class);
        session = create.invoke(processor, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        execute = sessionType.getMethod("execute", CharSequence.class);
    }

    /** Runs one command line and returns its value as text; a failing command throws with its message. */
    String execute(String commandLine) throws Exception {
        try {
            Object value = execute.invoke(session, commandLine);
            return value == null ? "" : value.toString();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(commandLine + " failed: " + cause, cause);
        }
    }
}
