package wick.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The X display of the UI tests: failsafe starts their JVM with {@code DISPLAY=:97}; if no X server
 * listens there, this starts {@code Xvfb :97} (installed by {@code .ci/run}) before AWT is touched.
 */
final class VirtualDisplay {
    private static Process xvfb;

    private VirtualDisplay() {
    }

    /** Whether a display is available (started if need be); tests assume it. */
    static synchronized boolean available() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || !display.startsWith(":")) {
            return false;
        }
        String number = display.substring(1).split("\\.")[0];
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        if (Files.exists(socket)) {
            return true;
        }
        Path binary = Path.of("/usr/bin/Xvfb");
        if (!Files.isExecutable(binary)) {
            return false;
        }
        // -terminate: the server ends when its last client (this JVM) disconnects; killing it from a
        // shutdown hook instead would pull the display from under AWT while the JVM exits
        xvfb = new ProcessBuilder(binary.toString(), display, "-screen", "0", "1280x800x24", "-nolisten", "tcp",
                "-terminate").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Files.exists(socket)) {
            if (!xvfb.isAlive() || System.currentTimeMillis() > deadline) {
                xvfb.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
