package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** The real launcher's Felix with the "all" feature, in this JVM: bundles, services, plugins, a live sampler swap. */
class WorkbenchIT {
    @TempDir
    static Path tmp;
    private static Launcher launcher;
    private static BundleContext context;
    private static Gogo shell;

    @BeforeAll
    static void start() throws Exception {
        launcher = new Launcher(Distribution.HOME, List.of("all"), tmp.resolve("plugins"),
                Map.of("wick.checkpoint.millis", "200"));
        launcher.start();
        context = launcher.context();
        assertNotNull(launcher.awaitService("(objectClass=wick.api.run.Workbench)", 10_000), "Workbench service");
        assertNotNull(launcher.awaitService("(osgi.command.scope=wick)", 10_000), "wick shell commands");
        shell = new Gogo(context);
    }

    @AfterAll
    static void stop() throws Exception {
        launcher.stop();
    }

    @Test
    void everyBundleIsActiveAndRegistersItsServices() throws Exception {
        for (Bundle b : context.getBundles()) {
            assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName() + " is not active");
        }
        assertIds("wick.task.id", "wick.api.task.Task", Set.of("free.exact", "free.sample"));
        assertIds("wick.sampler.id", "wick.api.sampler.Sampler", Set.of("exact-fft", "heatbath"));
        assertNotNull(context.getServiceReferences("java.util.function.BiFunction", "(wick.command=batch)"), "batch runner");
        assertNotNull(context.getServiceReference("wick.api.run.Workbench"), "workbench");
        assertNotNull(context.getServiceReference("org.apache.felix.service.command.CommandProcessor"), "Gogo");
        assertNotNull(context.getServiceReference("org.osgi.service.metatype.MetaTypeService"), "Metatype");
        assertNotNull(context.getServiceReference("org.osgi.service.cm.ConfigurationAdmin"), "ConfigAdmin");
        assertNotNull(context.getServiceReference("org.osgi.service.component.runtime.ServiceComponentRuntime"), "SCR");
    }

    private void assertIds(String property, String type, Set<String> expected) throws Exception {
        Set<String> ids = new TreeSet<>();
        ServiceReference<?>[] refs = context.getServiceReferences(type, null);
        assertNotNull(refs, "no " + type + " services");
        for (ServiceReference<?> r : refs) {
            ids.add(String.valueOf(r.getProperty(property)));
        }
        assertTrue(ids.containsAll(expected), type + " ids " + ids + " lack some of " + expected);
    }

    @Test
    void pluginDroppedIntoTheFolderAppearsInTheShellListAndGoesWhenRemoved() throws Exception {
        String id = "fixture-reverse-heatbath";
        assertFalse(shell.execute("wick:list").contains(id));
        Path jar = launcher.plugins().resolve("wick.fixture.sampler.jar");
        Files.copy(Distribution.FIXTURES.resolve("wick.fixture.sampler.jar"), jar);
        await(() -> list().contains(id), "the plugin's sampler in wick:list");
        String json = shell.execute("wick:list --json");
        assertTrue(json.contains("\"bundle\":\"wick.fixture.sampler\""), json);
        Files.delete(jar);
        await(() -> !list().contains(id), "the plugin's sampler gone from wick:list");
    }

    private static String list() {
        try {
            return shell.execute("wick:list");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void samplerReplacedInARunningChainKeepsTheDistribution() throws Exception {
        Path out = tmp.resolve("swap");
        String id = shell.execute("wick:start free.sample --set lattice=8x6 --set spacing=0.9,1.1 --set m2=0.6"
                + " --set samples=30000 --set interval=20 --set thermalization=200 --sampler heatbath --seed 11 --out " + out).trim();
        await(() -> status(id).contains("measurement"), "measurements to start");
        shell.execute("wick:swap " + id + " exact-fft");
        Map<String, Object> summary = Distribution.json(shell.execute("wick:wait " + id));
        assertEquals("completed", summary.get("status"), String.valueOf(summary));

        Map<String, Object> record = Distribution.json(Files.readString(out.resolve("run.json")));
        List<Map<String, Object>> history = (List<Map<String, Object>>) record.get("samplerHistory");
        assertEquals(List.of("heatbath", "exact-fft"), history.stream().map(h -> h.get("sampler")).toList());
        assertTrue(((Number) history.get(1).get("fromSweep")).longValue() > 200, "swapped after thermalisation");
        List<String> rows = Files.readAllLines(out.resolve("measurements.csv"));
        assertTrue(rows.get(1).contains(",heatbath,") && rows.get(rows.size() - 1).contains(",exact-fft,"));
        long heatbathRows = rows.stream().filter(r -> r.contains(",heatbath,")).count();
        assertTrue(heatbathRows > 0 && heatbathRows < 30000, "both samplers measured: " + heatbathRows);

        Map<String, Object> results = (Map<String, Object>) summary.get("results");
        Map<String, Object> phi2 = (Map<String, Object>) results.get("phi2");
        Map<String, Object> phi2Exact = (Map<String, Object>) results.get("phi2Exact");
        double z = (num(phi2.get("value")) - num(phi2Exact.get("value"))) / num(phi2.get("error"));
        assertTrue(Math.abs(z) < 4, "<phi^2> off by " + z + " standard errors: " + phi2 + " vs " + phi2Exact);
        List<Object> c = (List<Object>) ((Map<String, Object>) results.get("correlator")).get("y");
        List<Object> dc = (List<Object>) ((Map<String, Object>) results.get("correlator")).get("error");
        List<Object> exact = (List<Object>) ((Map<String, Object>) results.get("correlatorExact")).get("y");
        for (int t = 0; t < c.size(); t++) {
            double zt = (num(c.get(t)) - num(exact.get(t))) / num(dc.get(t));
            assertTrue(Math.abs(zt) < 4, "C(" + t + ") off by " + zt + " standard errors");
        }
    }

    private static String status(String id) {
        try {
            return shell.execute("wick:status " + id);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
