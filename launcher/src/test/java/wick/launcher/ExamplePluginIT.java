package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.SynchronousBundleListener;

/**
 * The plugin story of issue 9 end to end, the way an outside researcher lives it:
 * <ol>
 * <li>the Wick artifacts a plugin build needs (the parent pom, {@code wick.api}, the contract suite and
 * what it depends on) are installed into the local Maven repository from the reactor's
 * {@code target/} folders, so this works in a {@code mvn verify} of a fresh clone, where nothing of
 * Wick is in {@code ~/.m2};</li>
 * <li>{@code examples/} (a copy) is built by its own {@code mvn package}, running its tests and the
 * slice sampler's contract suite;</li>
 * <li>in a running workbench the two jars are copied into {@code plugins/}: {@code xy.sample} runs with
 * the shipped {@code metropolis} and with the example's {@code slice} (and {@code slice} runs the
 * shipped {@code phi4.sample}), each agreeing with the exact ring values; the jars are deleted and the
 * task and sampler are gone, with no restart and not one start, stop, resolve or update event on any
 * core bundle;</li>
 * <li>{@code examples/follow-plugins-guide.sh} follows {@code docs/plugins.md} literally in an empty
 * folder, from the template to a plugin sampling in Wick.</li>
 * </ol>
 */
class ExamplePluginIT {
    /** The Wick checkout: the distribution is {@code launcher/target/wick}. */
    private static final Path CHECKOUT = Distribution.HOME.getParent().getParent().getParent();
    private static final Path EXAMPLES = CHECKOUT.resolve("examples");
    private static final List<String> NEEDED = List.of("wick.api", "wick.stats", "wick.lib.jlargearrays",
            "wick.lib.jtransforms", "wick.lib.ejml", "wick.lattice", "wick.model.ebm", "wick.sampler.contract");
    private static final String MODEL_JAR = "example.model.xy-1.0.0.jar";
    private static final String SAMPLER_JAR = "example.sampler.slice-1.0.0.jar";
    /** How {@code wick:list} names the providing bundle of the task and of the sampler. */
    private static final String MODEL_LISTED = "[example.model.xy ";
    private static final String SAMPLER_LISTED = "[example.sampler.slice ";
    private static final double Z = 4;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void installWickArtifacts() throws Exception {
        String version = wickVersion();
        StringBuilder executions = new StringBuilder();
        executions.append(execution("wick-parent", CHECKOUT.resolve("pom.xml"), CHECKOUT.resolve("pom.xml")));
        for (String a : NEEDED) {
            Path module = CHECKOUT.resolve("bundles").resolve(a);
            Path jar = module.resolve("target").resolve(a + "-" + version + ".jar");
            assertTrue(Files.isRegularFile(jar), jar + " is missing: the reactor builds " + a + " before the launcher");
            executions.append(execution(a, jar, module.resolve("pom.xml")));
        }
        Path installer = tmp.resolve("install-wick");
        Files.createDirectories(installer);
        Files.writeString(installer.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>wick.it</groupId><artifactId>install-wick</artifactId><version>1</version><packaging>pom</packaging>
                  <build><plugins><plugin>
                    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-install-plugin</artifactId><version>3.1.2</version>
                    <executions>
                %s    </executions>
                  </plugin></plugins></build>
                </project>
                """.formatted(executions));
        long t0 = System.nanoTime();
        maven(installer, "validate");
        System.out.println("ExamplePluginIT: Wick artifacts installed from target/ in " + millis(t0) + " ms");
    }

    @Test
    void examplePluginsComeAndGoWithoutTouchingTheCore() throws Exception {
        Path examples = tmp.resolve("examples");
        copyTree(EXAMPLES, examples);
        long t0 = System.nanoTime();
        String build = maven(examples, "package");
        System.out.println("ExamplePluginIT: examples built (mvn package with their tests) in " + millis(t0) + " ms");
        assertTrue(build.contains("Tests run:") && build.contains("SliceContractTest"), "the contract suite ran:\n" + build);
        Path modelJar = examples.resolve("xy-model/target").resolve(MODEL_JAR);
        Path samplerJar = examples.resolve("slice-sampler/target").resolve(SAMPLER_JAR);
        assertTrue(Files.isRegularFile(modelJar) && Files.isRegularFile(samplerJar), "the example jars");

        Launcher launcher = new Launcher(Distribution.HOME, List.of("models"), tmp.resolve("plugins"), Map.of());
        launcher.start();
        try {
            assertNotNull(launcher.awaitService("(osgi.command.scope=wick)", 10_000), "wick shell commands");
            Gogo shell = new Gogo(launcher.context());
            CoreWatch core = new CoreWatch(launcher);

            Files.copy(modelJar, launcher.plugins().resolve(MODEL_JAR));
            Files.copy(samplerJar, launcher.plugins().resolve(SAMPLER_JAR));
            long c0 = System.nanoTime();
            await(() -> list(shell).contains(MODEL_LISTED) && list(shell).contains(SAMPLER_LISTED), "xy.sample and slice in wick:list");
            System.out.println("ExamplePluginIT: plugins visible " + millis(c0) + " ms after the copy");

            for (String sampler : List.of("metropolis", "slice")) {
                Path out = tmp.resolve("xy-" + sampler);
                Map<String, Object> r = run(shell, "xy.sample --set lattice=12 --set beta=1.2 --set samples=6000"
                        + " --sampler " + sampler + " --seed 21 --out " + out, out);
                for (String name : List.of("link", "m2")) {
                    double mc = number(r, name, "value");
                    double error = number(r, name, "error");
                    double exact = number(r, name + "Exact", "value");
                    System.out.printf("ExamplePluginIT: xy.sample with %s: %s = %.5f ± %.5f, exact %.5f (%.2f standard errors)%n",
                            sampler, name, mc, error, exact, (mc - exact) / error);
                    assertTrue(Math.abs(mc - exact) < Z * error, sampler + ": " + name + " = " + mc + " ± " + error + ", exact " + exact);
                }
                String record = Files.readString(out.resolve("run.json"));
                String bundle = sampler.equals("slice") ? "example.sampler.slice" : "wick.sampler.local";
                assertTrue(record.contains("\"bundle\": \"" + bundle + "\""), record);
            }
            Path phi4 = tmp.resolve("phi4-slice");
            run(shell, "phi4.sample --set lattice=6x6 --set samples=300 --set thermalization=100 --sampler slice"
                    + " --set slice.width=1.5 --seed 4 --out " + phi4, phi4);

            Files.delete(launcher.plugins().resolve(MODEL_JAR));
            Files.delete(launcher.plugins().resolve(SAMPLER_JAR));
            long d0 = System.nanoTime();
            await(() -> !list(shell).contains(MODEL_LISTED) && !list(shell).contains(SAMPLER_LISTED), "xy.sample and slice to leave wick:list");
            System.out.println("ExamplePluginIT: plugins gone " + millis(d0) + " ms after the delete");
            assertFalse(Stream.of(launcher.context().getBundles()).anyMatch(b -> b.getSymbolicName().startsWith("example.")),
                    "example bundles still installed");

            // the shell route of docs/plugins.md: felix:install, felix:start (felix:uninstall ID needs the
            // id-to-bundle converter of wick shell's Gogo JLine bundle, not in this framework: the API removes it)
            String installed = shell.execute("felix:install " + samplerJar.toUri());
            Matcher id = Pattern.compile("Bundle ID: (\\d+)").matcher(installed);
            assertTrue(id.find(), installed);
            shell.execute("felix:start " + id.group(1));
            await(() -> list(shell).contains(SAMPLER_LISTED), "slice after felix:install and felix:start");
            launcher.context().getBundle(Long.parseLong(id.group(1))).uninstall();
            await(() -> !list(shell).contains(SAMPLER_LISTED), "slice gone after its uninstall");

            core.assertUntouched();
        } finally {
            launcher.stop();
        }
    }

    @Test
    void pluginGuideIsFollowedLiterallyFromAnEmptyFolder() throws Exception {
        Path bin = tmp.resolve("guide-bin");
        Files.createDirectories(bin);
        // what the wick script runs once the distribution is built (its last line), without its rebuild check
        Path wick = bin.resolve("wick");
        Files.writeString(wick, "#!/usr/bin/env bash\nexec \"" + javaExecutable() + "\" -jar \""
                + Distribution.HOME.resolve("wick-launcher.jar") + "\" --plugins \"${WICK_PLUGINS:-plugins}\" \"$@\"\n");
        wick.toFile().setExecutable(true);
        List<String> command = List.of("bash", EXAMPLES.resolve("follow-plugins-guide.sh").toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("WICK_HOME", CHECKOUT.toString());
        pb.environment().put("WICK", wick.toString());
        pb.environment().put("WICK_MVN", mavenExecutable());
        pb.environment().put("WICK_MVN_FLAGS", String.join(" ", mavenFlags()));
        pb.environment().put("TMPDIR", tmp.toString());
        pb.environment().remove("DISPLAY");
        long t0 = System.nanoTime();
        String output = runProcess(pb, 5);
        System.out.println("ExamplePluginIT: docs/plugins.md followed in " + millis(t0) + " ms");
        assertTrue(output.contains("follow-plugins-guide: every step of docs/plugins.md passed"), output);
    }

    /** Records every event on the bundles present before the plugins came, and their start times. */
    private static final class CoreWatch {
        private final Launcher launcher;
        private final Map<Long, Long> lastModified = new HashMap<>();
        private final Map<Long, Integer> states = new HashMap<>();
        private final List<String> events = new CopyOnWriteArrayList<>();
        private final List<Integer> refreshes = new CopyOnWriteArrayList<>();

        CoreWatch(Launcher launcher) {
            this.launcher = launcher;
            for (Bundle b : launcher.context().getBundles()) {
                lastModified.put(b.getBundleId(), b.getLastModified());
                states.put(b.getBundleId(), b.getState());
            }
            launcher.context().addBundleListener((SynchronousBundleListener) e -> {
                if (lastModified.containsKey(e.getBundle().getBundleId())) {
                    events.add(e.getBundle().getSymbolicName() + " " + type(e.getType()));
                }
            });
            launcher.context().addFrameworkListener((FrameworkListener) e -> {
                if (e.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                    refreshes.add(e.getType());
                }
            });
        }

        void assertUntouched() {
            assertEquals(List.of(), events, "events on core bundles");
            for (Bundle b : launcher.context().getBundles()) {
                Long before = lastModified.get(b.getBundleId());
                if (before != null) {
                    assertEquals(before, b.getLastModified(), b.getSymbolicName() + " was updated");
                    assertEquals(states.get(b.getBundleId()), b.getState(), b.getSymbolicName() + " changed state");
                }
            }
            System.out.println("ExamplePluginIT: " + lastModified.size() + " core bundles untouched (no start, stop, resolve"
                    + " or update event; " + refreshes.size() + " package refreshes, which reached none of them)");
        }

        private static String type(int t) {
            return switch (t) {
                case BundleEvent.STARTED -> "STARTED";
                case BundleEvent.STOPPED -> "STOPPED";
                case BundleEvent.STARTING -> "STARTING";
                case BundleEvent.STOPPING -> "STOPPING";
                case BundleEvent.RESOLVED -> "RESOLVED";
                case BundleEvent.UNRESOLVED -> "UNRESOLVED";
                case BundleEvent.UPDATED -> "UPDATED";
                case BundleEvent.UNINSTALLED -> "UNINSTALLED";
                default -> "event " + t;
            };
        }
    }

    /** Starts a run through the shell, waits for it, checks it completed and returns its results. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Gogo shell, String arguments, Path out) throws Exception {
        String id = shell.execute("wick:start " + arguments).trim();
        Map<String, Object> summary = Distribution.json(shell.execute("wick:wait " + id));
        assertEquals("completed", summary.get("status"), arguments + ": " + summary);
        Map<String, Object> results = Distribution.json(Files.readString(out.resolve("results.json")));
        return (Map<String, Object>) (results.containsKey("results") ? results.get("results") : results);
    }

    @SuppressWarnings("unchecked")
    private static double number(Map<String, Object> results, String name, String field) {
        Object r = results.get(name);
        assertNotNull(r, "result " + name + " in " + results.keySet());
        return ((Number) ((Map<String, Object>) r).get(field)).doubleValue();
    }

    private static String list(Gogo shell) {
        try {
            return shell.execute("wick:list");
        } catch (Exception e) {
            throw new AssertionError("wick:list: " + e, e);
        }
    }

    private static String execution(String id, Path file, Path pom) {
        return """
                      <execution><id>%s</id><phase>validate</phase><goals><goal>install-file</goal></goals>
                        <configuration><file>%s</file><pomFile>%s</pomFile></configuration></execution>
                """.formatted(id, file, pom);
    }

    private static String wickVersion() throws IOException {
        String pom = Files.readString(CHECKOUT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>wick-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "the version of wick-parent in " + CHECKOUT.resolve("pom.xml"));
        return m.group(1);
    }

    /** Runs {@code mvn -B [flags] GOAL} in {@code dir}; returns its output, failing with it when Maven fails. */
    private static String maven(Path dir, String goal) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(mavenExecutable());
        cmd.add("-B");
        cmd.addAll(mavenFlags());
        cmd.add(goal);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("MAVEN_OPTS");
        return runProcess(pb, 4);
    }

    private static String runProcess(ProcessBuilder pb, int minutes) throws Exception {
        Process p = pb.start();
        p.getOutputStream().close();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        reader.start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            reader.join(5_000);
            throw new AssertionError(String.join(" ", pb.command()) + " did not end within " + minutes + " minutes");
        }
        reader.join();
        String text = new String(out[0], StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", pb.command()) + " in " + pb.directory() + " failed:\n" + text);
        return text;
    }

    /** The Maven running this build ({@code wick.maven.home}), else {@code mvn} on the PATH. */
    private static String mavenExecutable() {
        String home = System.getProperty("wick.maven.home", "");
        if (!home.isBlank() && !home.startsWith("${")) {
            Path mvn = Path.of(home, "bin", "mvn");
            if (Files.isExecutable(mvn)) {
                return mvn.toString();
            }
        }
        return "mvn";
    }

    /** Offline when this build is ({@code wick.maven.offline} is {@code offline=true}), and the same local repository. */
    private static List<String> mavenFlags() {
        List<String> flags = new ArrayList<>();
        if (System.getProperty("wick.maven.offline", "").equals("offline=true")) {
            flags.add("-o");
        }
        String repo = System.getProperty("wick.maven.repo", "");
        if (!repo.isBlank() && !repo.startsWith("${")) {
            flags.add("-Dmaven.repo.local=" + repo);
        }
        return flags;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Copies the sources of a project tree (without build output). */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path rel = from.relativize(p);
                boolean buildOutput = false;
                for (Path part : rel) {
                    buildOutput |= part.toString().equals("target");
                }
                if (buildOutput) {
                    continue;
                }
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
