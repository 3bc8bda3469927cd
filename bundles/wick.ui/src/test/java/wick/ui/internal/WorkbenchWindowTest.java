package wick.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static wick.ui.internal.Swing.await;
import static wick.ui.internal.Swing.edt;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.JFrame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The component contract: no window unless {@code wick.gui=true} and a display; a frame titled
 * "Wick"; closing it stops the framework from a thread other than the event thread. The parts that
 * need a display run only without {@code java.awt.headless} (under Xvfb:
 * {@code xvfb-run -a mvn test -Dui.test.argLine=-Djava.awt.headless=false}).
 */
class WorkbenchWindowTest {
    @TempDir
    Path home;
    private String userHome;
    private final AtomicReference<Thread> stoppedBy = new AtomicReference<>();

    @BeforeEach
    void home() {
        userHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.setProperty("user.home", userHome);
    }

    private BundleContext context(Map<String, String> properties) {
        Bundle system = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, args) -> {
                    if (m.getName().equals("stop")) {
                        stoppedBy.set(Thread.currentThread());
                    }
                    return m.getReturnType() == boolean.class ? false : m.getReturnType() == int.class ? 0
                            : m.getReturnType() == long.class ? 0L : null;
                });
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class},
                (p, m, args) -> switch (m.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "getBundle" -> system;
                    case "getBundles" -> new Bundle[0];
                    default -> m.getReturnType() == boolean.class ? false : null;
                });
    }

    private static WorkbenchWindow component() throws ReflectiveOperationException {
        WorkbenchWindow w = new WorkbenchWindow();
        Field f = WorkbenchWindow.class.getDeclaredField("workbench");
        f.setAccessible(true);
        f.set(w, new Fakes.FakeWorkbench());
        return w;
    }

    private static JFrame wick() {
        return edt(() -> (JFrame) Arrays.stream(Frame.getFrames())
                .filter(f -> f.isDisplayable() && "Wick".equals(f.getTitle())).findFirst().orElse(null));
    }

    @Test
    void batchRunsGetNoWindow() throws Exception {
        WorkbenchWindow w = component();
        w.activate(context(Map.of()));
        w.activate(context(Map.of("wick.gui", "false")));
        Thread.sleep(200);
        assertEquals(null, wick());
        w.deactivate();
    }

    @Test
    void theWindowOpensAndClosingItStopsTheFramework() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        WorkbenchWindow w = component();
        w.activate(context(Map.of("wick.gui", "true")));
        await("the window", () -> wick() != null && wick().isVisible());
        JFrame frame = wick();
        assertNotNull(Swing.find(frame.getContentPane(), "views"));
        assertNotNull(Swing.find(frame.getContentPane(), "installedTree"));
        edt(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
        await("the framework stopped", () -> stoppedBy.get() != null);
        assertFalse(stoppedBy.get().getName().startsWith("AWT-EventQueue"), "stopped from " + stoppedBy.get().getName());
        w.deactivate();
        await("disposed", () -> wick() == null);
    }

    @Test
    void exitOnCloseFalseKeepsTheFramework() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        WorkbenchWindow w = component();
        w.activate(context(Map.of("wick.gui", "true", "wick.gui.exitOnClose", "false")));
        await("the window", () -> wick() != null && wick().isVisible());
        JFrame frame = wick();
        edt(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
        await("closed", () -> wick() == null);
        Thread.sleep(300);
        assertEquals(null, stoppedBy.get());
        w.deactivate();
    }

    @Test
    void deactivateDisposesTheWindow() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        WorkbenchWindow w = component();
        w.activate(context(Map.of("wick.gui", "true")));
        await("the window", () -> wick() != null && wick().isVisible());
        w.deactivate();
        await("disposed", () -> wick() == null);
        Thread.sleep(300);
        assertEquals(null, stoppedBy.get(), "deactivation (the framework stopping) does not stop it again");
    }
}
