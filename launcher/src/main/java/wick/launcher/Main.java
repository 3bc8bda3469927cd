package wick.launcher;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.osgi.framework.launch.Framework;

/**
 * The {@code wick} command: {@code wick [--feature NAME] [--plugins DIR] COMMAND ...}.
 * <ul>
 * <li>no command: the workbench window when the UI bundle and a display are there; otherwise it says
 * so and what to run instead;</li>
 * <li>{@code shell}: the Gogo shell (commands in scope {@code wick});</li>
 * <li>anything else ({@code list}, {@code run}, {@code resume}, {@code help}): the headless batch
 * runner of bundle {@code wick.cli}, whose exit code becomes the process's.</li>
 * </ul>
 * In batch mode standard output carries only the command's output: whatever the framework or a
 * bundle prints goes to standard error.
 */
public final class Main {
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        System.exit(run(args, stdout));
    }

    static int run(String[] args, PrintStream stdout) {
        String feature = "all";
        Path plugins = Path.of("plugins");
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (rest.isEmpty() && (args[i].equals("--feature") || args[i].equals("--plugins"))) {
                if (i + 1 >= args.length) {
                    System.err.println("wick: " + args[i] + " needs a value");
                    return USAGE;
                }
                if (args[i].equals("--feature")) {
                    feature = args[++i];
                } else {
                    plugins = Path.of(args[++i]);
                }
            } else {
                rest.add(args[i]);
            }
        }
        Path home = home();
        String command = rest.isEmpty() ? "gui" : rest.get(0);
        try {
            List<Path> bundles = Feature.resolve(home, feature);
            if (command.equals("gui")) {
                return gui(home, feature, plugins, bundles);
            }
            if (command.equals("shell")) {
                return shell(home, feature, plugins);
            }
            return batch(home, feature, plugins, rest.toArray(String[]::new), stdout);
        } catch (LaunchException e) {
            System.err.println("wick: " + e.getMessage());
            return USAGE;
        }
    }

    private static int gui(Path home, String feature, Path plugins, List<Path> bundles) {
        boolean hasUi = bundles.stream().anyMatch(b -> b.getFileName().toString().startsWith("wick.ui"));
        String display = System.getenv("DISPLAY");
        if (!hasUi || display == null || display.isBlank() || java.awt.GraphicsEnvironment.isHeadless()) {
            System.err.println("wick: " + (!hasUi ? "the feature '" + feature + "' has no workbench window (bundle wick.ui)"
                    : "there is no display (DISPLAY is not set)") + ", so no GUI. Headless, try:");
            System.err.println("  ./wick list                                   what is installed");
            System.err.println("  ./wick run free.exact --set lattice=8x8 --set m2=0.5");
            System.err.println("  ./wick run free.sample --set lattice=16x16 --set samples=2000 --json");
            System.err.println("  ./wick shell                                  the Gogo shell (wick:list, wick:start, wick:swap, ...)");
            return 0;
        }
        System.err.println("wick: opening the workbench window (closing it stops Wick)");
        return interactive(home, feature, plugins, List.of(), Map.of("wick.gui", "true"));
    }

    private static int shell(Path home, String feature, Path plugins) {
        try {
            Path gosh = Files.createTempDirectory("wick-gosh-");
            Files.createDirectories(gosh.resolve("etc"));
            Files.writeString(gosh.resolve("etc/gosh_profile"),
                    "# Wick's minimal Gogo profile\nprompt = 'wick> '\n");
            System.setProperty("gosh.home", gosh.toString());
        } catch (IOException e) {
            throw new LaunchException("cannot prepare the shell: " + e.getMessage(), e);
        }
        System.err.println("Wick shell: wick:help lists the commands; Ctrl-D (or stop 0) leaves.");
        return interactive(home, feature, plugins, List.of("shell"), Map.of());
    }

    /** Starts the features (plus extras) and waits until the framework stops. */
    private static int interactive(Path home, String feature, Path plugins, List<String> extra,
            Map<String, String> properties) {
        List<String> features = new ArrayList<>(List.of(feature));
        features.addAll(extra);
        Map<String, String> all = new HashMap<>(wickProperties());
        all.putAll(properties);
        Launcher launcher = new Launcher(home, features, plugins, all);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(launcher)));
        try {
            Framework fw = launcher.start();
            fw.waitForStop(0);
            return 0;
        } catch (Exception e) {
            System.err.println("wick: " + e.getMessage());
            return 1;
        } finally {
            stopQuietly(launcher);
        }
    }

    @SuppressWarnings("unchecked")
    private static int batch(Path home, String feature, Path plugins, String[] command, PrintStream stdout) {
        PrintStream original = System.out;
        System.setOut(System.err);
        Launcher launcher = new Launcher(home, List.of(feature), plugins, wickProperties());
        Thread hook = new Thread(() -> stopQuietly(launcher));
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            launcher.start();
            launcher.awaitPlugins(5000);
            Object runner = launcher.awaitService("(&(objectClass=java.util.function.BiFunction)(wick.command=batch))", 15_000);
            if (runner == null) {
                System.err.println("wick: the batch runner (bundle wick.cli) did not start; is it in the feature '" + feature + "'?");
                return 1;
            }
            return ((BiFunction<String[], PrintStream, Integer>) runner).apply(command, stdout);
        } catch (LaunchException e) {
            System.err.println("wick: " + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            System.err.println("wick: " + e);
            return 1;
        } finally {
            stopQuietly(launcher);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
            System.setOut(original);
        }
    }

    private static void stopQuietly(Launcher launcher) {
        try {
            launcher.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** JVM properties {@code wick.*} become framework properties (e.g. {@code -Dwick.checkpoint.millis=200}). */
    private static Map<String, String> wickProperties() {
        Map<String, String> m = new HashMap<>();
        System.getProperties().forEach((k, v) -> {
            if (k.toString().startsWith("wick.")) {
                m.put(k.toString(), v.toString());
            }
        });
        return m;
    }

    /** The distribution: {@code -Dwick.home}, else the folder of the launcher jar. */
    static Path home() {
        String h = System.getProperty("wick.home");
        if (h != null) {
            return Path.of(h);
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent();
        } catch (Exception e) {
            throw new LaunchException("cannot locate the Wick distribution; set -Dwick.home", e);
        }
    }

}
