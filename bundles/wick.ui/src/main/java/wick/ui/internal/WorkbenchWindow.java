package wick.ui.internal;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import wick.api.run.Workbench;
import wick.ui.internal.form.FormMemory;

/**
 * The workbench window. Opens only when the framework property {@code wick.gui} is {@code true}
 * and there is a display (batch runs have this bundle too and must stay headless); closing the
 * window stops the framework unless {@code wick.gui.exitOnClose} is {@code false}.
 */
@Component(immediate = true)
public class WorkbenchWindow {
    /** Framework property: open the window. */
    static final String GUI = "wick.gui";
    /** Framework property: {@code false} keeps the framework running when the window closes. */
    static final String EXIT_ON_CLOSE = "wick.gui.exitOnClose";

    @Reference
    private Workbench workbench;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;

    private volatile boolean active;
    private MainWindow window;
    private JFrame frame;

    @Activate
    void activate(BundleContext context) {
        if (!"true".equals(context.getProperty(GUI)) || GraphicsEnvironment.isHeadless()) {
            return;
        }
        active = true;
        boolean exitOnClose = !"false".equals(context.getProperty(EXIT_ON_CLOSE));
        SwingUtilities.invokeLater(() -> open(context, exitOnClose));
    }

    private void open(BundleContext context, boolean exitOnClose) {
        if (!active) {
            return;
        }
        window = new MainWindow(workbench, context, () -> scr, FormMemory.inUserHome());
        frame = window.frame();
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                MainWindow closing = window;
                window = null;
                if (closing != null) {
                    closing.dispose();
                }
                if (exitOnClose && active) {
                    Thread stopper = new Thread(() -> {
                        try {
                            if (closing != null) {
                                closing.awaitClosed(2000);
                            }
                        } catch (InterruptedException ex) {
                            Thread.currentThread().interrupt();
                        }
                        stopFramework(context);
                    }, "wick-ui-exit");
                    stopper.setDaemon(false);
                    stopper.start();
                }
            }
        });
        frame.setVisible(true);
    }

    private static void stopFramework(BundleContext context) {
        try {
            context.getBundle(0).stop();
        } catch (BundleException | IllegalStateException e) {
            System.err.println("wick: cannot stop the framework: " + e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        SwingUtilities.invokeLater(() -> {
            if (frame != null) {
                frame.dispose();
                frame = null;
            }
            if (window != null) {
                window.dispose();
                window = null;
            }
        });
    }
}
