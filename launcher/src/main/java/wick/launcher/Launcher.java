package wick.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Embedded Apache Felix: a fresh framework in a temporary storage directory, the bundles of one or
 * more features installed and started, and FileInstall watching the plugins folder.
 */
public final class Launcher {
    private final Path home;
    private final List<String> features;
    private final Path plugins;
    private final Map<String, String> extraProperties;
    private Framework framework;
    private Path storage;

    /**
     * @param home            the distribution (holding {@code bundles/} and {@code features/})
     * @param features        feature names to install
     * @param plugins         the folder watched for user bundles (created if missing)
     * @param extraProperties further framework properties (e.g. {@code wick.checkpoint.millis})
     */
    public Launcher(Path home, List<String> features, Path plugins, Map<String, String> extraProperties) {
        this.home = home.toAbsolutePath().normalize();
        this.features = List.copyOf(features);
        this.plugins = plugins.toAbsolutePath().normalize();
        this.extraProperties = Map.copyOf(extraProperties);
    }

    /** Starts the framework and every bundle of the features; returns the running framework. */
    public Framework start() throws BundleException, IOException {
        List<Path> bundles = new ArrayList<>();
        for (String f : features) {
            for (Path b : Feature.resolve(home, f)) {
                if (!bundles.contains(b)) {
                    bundles.add(b);
                }
            }
        }
        Files.createDirectories(plugins);
        storage = Files.createTempDirectory("wick-felix-");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "sun.misc");
        config.put("felix.log.level", "1");
        config.put("felix.fileinstall.dir", plugins.toString());
        config.put("felix.fileinstall.poll", "300");
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.log.level", "1");
        config.put("felix.fileinstall.bundles.startTransient", "true");
        config.putAll(extraProperties);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new LaunchException("no OSGi framework on the launcher's class path"));
        framework = factory.newFramework(config);
        framework.init();
        BundleContext ctx = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Path b : bundles) {
            installed.add(ctx.installBundle(b.toUri().toString()));
        }
        framework.start();
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    b.start();
                } catch (BundleException e) {
                    System.err.println("wick: bundle " + b.getSymbolicName() + " did not start: " + e.getMessage());
                }
            }
        }
        return framework;
    }

    /** The running framework's context. */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** Waits for a service matching an LDAP filter, up to {@code millis}. */
    public Object awaitService(String filter, long millis) throws InterruptedException {
        try {
            Filter f = context().createFilter(filter);
            ServiceTracker<Object, Object> t = new ServiceTracker<>(context(), f, null);
            t.open(true);
            try {
                return t.waitForService(millis);
            } finally {
                t.close();
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Waits until every jar in the plugins folder is installed (FileInstall's first scan), up to {@code millis}. */
    public void awaitPlugins(long millis) throws InterruptedException, IOException {
        List<String> jars;
        try (Stream<Path> s = Files.list(plugins)) {
            jars = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).toList();
        }
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            long missing = jars.stream().filter(j -> Stream.of(context().getBundles())
                    .noneMatch(b -> b.getLocation().endsWith("/" + j) && b.getState() == Bundle.ACTIVE)).count();
            if (missing == 0) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Any service reference matching a class name (for callers outside the framework's class space). */
    public ServiceReference<?>[] references(String className) throws org.osgi.framework.InvalidSyntaxException {
        return context().getServiceReferences(className, null);
    }

    /** Stops the framework (waiting up to 30 s) and deletes its storage. */
    public void stop() throws InterruptedException {
        if (framework != null) {
            try {
                framework.stop();
                framework.waitForStop(30_000);
            } catch (BundleException e) {
                System.err.println("wick: stopping the framework: " + e.getMessage());
            }
            framework = null;
        }
        if (storage != null) {
            try (Stream<Path> s = Files.walk(storage)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is harmless
            }
            storage = null;
        }
    }

    /** The distribution directory. */
    public Path home() {
        return home;
    }

    /** The plugins folder. */
    public Path plugins() {
        return plugins;
    }
}
