package wick.ui.internal;

import java.awt.Component;
import java.awt.Container;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/** Test helpers: run on the event thread, wait for a condition, find components by name, take a picture. */
public final class Swing {
    private Swing() {
    }

    /** Runs on the event thread and returns the value. */
    public static <T> T edt(Supplier<T> s) {
        if (SwingUtilities.isEventDispatchThread()) {
            return s.get();
        }
        AtomicReference<T> r = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> r.set(s.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw new AssertionError(e.getCause());
        }
        return r.get();
    }

    public static void edt(Runnable r) {
        edt(() -> {
            r.run();
            return null;
        });
    }

    /** Waits (up to 10 s) until the condition, checked on the event thread, holds. */
    public static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 10_000_000_000L;
        AtomicBoolean ok = new AtomicBoolean();
        while (System.nanoTime() < end) {
            edt(() -> ok.set(condition.getAsBoolean()));
            if (ok.get()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /** The component called {@code name} under {@code root}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public static <T extends Component> T find(Component root, String name) {
        if (name.equals(root.getName())) {
            return (T) root;
        }
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                T found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Lays a component out at a size and writes a picture of it to {@code -Dwick.ui.png=DIR} (when set). */
    public static void picture(Component c, int width, int height, String name) {
        String dir = System.getProperty("wick.ui.png");
        edt(() -> {
            c.setSize(width, height);
            layout(c);
            layout(c);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            c.printAll(g);
            g.dispose();
            if (dir != null) {
                try {
                    Files.createDirectories(Path.of(dir));
                    ImageIO.write(image, "png", Path.of(dir, name + ".png").toFile());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });
    }

    private static void layout(Component c) {
        if (c instanceof Container k) {
            k.doLayout();
            for (Component child : k.getComponents()) {
                layout(child);
            }
        }
    }
}
