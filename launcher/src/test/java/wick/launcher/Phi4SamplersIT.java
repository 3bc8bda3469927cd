package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** φ⁴ chains in the real framework: a sampler schedule keeps the distribution; a sampler bundle removed mid-run pauses it. */
class Phi4SamplersIT {
    @TempDir
    static Path tmp;
    private static Launcher launcher;
    private static BundleContext context;
    private static Gogo shell;
    private static final String MODEL = " --set lattice=8x8 --set m2=-0.3 --set lambda=2.4";

    @BeforeAll
    static void start() throws Exception {
        launcher = new Launcher(Distribution.HOME, List.of("all"), tmp.resolve("plugins"),
                Map.of("wick.checkpoint.millis", "200"));
        launcher.start();
        context = launcher.context();
        assertNotNull(launcher.awaitService("(osgi.command.scope=wick)", 10_000));
        assertNotNull(launcher.awaitService("(wick.sampler.id=cluster)", 10_000));
        shell = new Gogo(context);
    }

    @AfterAll
    static void stop() throws Exception {
        launcher.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void scheduleOfThreeSamplersAgreesWithMetropolisAlone() throws Exception {
        String reference = shell.execute("wick:start phi4.sample" + MODEL
                + " --set samples=12000 --set thermalization=500 --sampler metropolis --seed 1 --out " + tmp.resolve("ref")).trim();
        String scheduled = shell.execute("wick:start phi4.sample" + MODEL
                + " --set samples=12000 --set thermalization=500 --sampler-schedule metropolis:40,hmc:10,cluster:40 --seed 2 --out "
                + tmp.resolve("sched")).trim();
        Map<String, Object> a = (Map<String, Object>) Distribution.json(shell.execute("wick:wait " + reference)).get("results");
        Map<String, Object> b = (Map<String, Object>) Distribution.json(shell.execute("wick:wait " + scheduled)).get("results");
        assertNotNull(a, "reference results");
        assertNotNull(b, "scheduled results");
        for (String name : List.of("phi2", "M2", "absM", "chi", "binder", "actionDensity")) {
            Map<String, Object> x = (Map<String, Object>) a.get(name);
            Map<String, Object> y = (Map<String, Object>) b.get(name);
            double dx = num(x.get("error"));
            double dy = num(y.get("error"));
            double z = (num(x.get("value")) - num(y.get("value"))) / Math.sqrt(dx * dx + dy * dy);
            assertTrue(Math.abs(z) < 4, name + ": metropolis " + x + " vs schedule " + y + ": " + z + " combined standard errors");
        }
        List<String> rows = Files.readAllLines(tmp.resolve("sched/measurements.csv"));
        for (String sampler : List.of("metropolis", "hmc", "cluster")) {
            assertTrue(rows.stream().anyMatch(r -> r.contains("," + sampler + ",")), sampler + " made measurements");
        }
        assertTrue(Files.readString(tmp.resolve("sched/run.json")).contains("metropolis:40,hmc:10,cluster:40"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySamplerAgreesWithMetropolisOnAnInteractingLattice() throws Exception {
        String common = " --set lattice=6x6 --set m2=-0.2 --set lambda=1.5 --set samples=20000 --set thermalization=1000";
        Map<String, Object> reference = (Map<String, Object>) Distribution.json(shell.execute("wick:run phi4.sample" + common
                + " --sampler metropolis --set interval=2 --seed 21 --json --out " + tmp.resolve("agree-metropolis"))).get("results");
        List<String> samplers = List.of("overrelaxation", "hmc", "fa-hmc", "cluster");
        for (int i = 0; i < samplers.size(); i++) {
            String sampler = samplers.get(i);
            Map<String, Object> other = (Map<String, Object>) Distribution.json(shell.execute("wick:run phi4.sample" + common
                    + " --sampler " + sampler + " --seed " + (22 + i) + " --json --out " + tmp.resolve("agree-" + sampler)))
                    .get("results");
            for (String name : List.of("phi2", "chi", "binder")) {
                Map<String, Object> x = (Map<String, Object>) reference.get(name);
                Map<String, Object> y = (Map<String, Object>) other.get(name);
                double z = (num(x.get("value")) - num(y.get("value")))
                        / Math.hypot(num(x.get("error")), num(y.get("error")));
                System.out.printf("%s vs metropolis, %s: %.2f sigma%n", sampler, name, z);
                assertTrue(Math.abs(z) < 4, sampler + " vs metropolis on " + name + ": " + y + " vs " + x + " (" + z + " sigma)");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void removingTheRunningSamplersBundlePausesAndReinstallingContinues() throws Exception {
        Path out = tmp.resolve("pause");
        String id = shell.execute("wick:start phi4.sample" + MODEL
                + " --set samples=400000 --set thermalization=100 --sampler metropolis --seed 3 --out " + out).trim();
        await(() -> status(id).contains("measurement"), "measurements to start");
        Bundle local = bundle("wick.sampler.local");
        String location = local.getLocation();
        local.uninstall();
        await(() -> status(id).contains("status=paused"), "the run to pause");
        assertTrue(status(id).contains("metropolis"), status(id));
        long rows = Files.readAllLines(out.resolve("measurements.csv")).size() - 1;
        Thread.sleep(500);
        assertTrue(status(id).contains("status=paused"), "still paused: " + status(id));
        assertTrue(rows > 0, "measurements kept on disk while paused");
        Bundle again = context.installBundle(location);
        again.start();
        await(() -> status(id).contains("status=running"), "the run to continue");
        shell.execute("wick:cancel " + id);
        Map<String, Object> summary = Distribution.json(shell.execute("wick:wait " + id));
        assertEquals("cancelled", summary.get("status"));
        Map<String, Object> record = Distribution.json(Files.readString(out.resolve("run.json")));
        List<Map<String, Object>> history = (List<Map<String, Object>>) record.get("samplerHistory");
        assertEquals(List.of("metropolis", "metropolis"), history.stream().map(h -> h.get("sampler")).toList());
        assertTrue(Files.readAllLines(out.resolve("measurements.csv")).size() - 1 >= rows, "nothing measured was lost");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fluctuationResponseCheckPasses() throws Exception {
        String out = shell.execute("wick:run phi4.response --set lattice=6x6 --set m2=0.5 --set lambda=1.0 --set h=0.05"
                + " --set samples=60000 --seed 5 --json --out " + tmp.resolve("response"));
        Map<String, Object> results = (Map<String, Object>) Distribution.json(out).get("results");
        Map<String, Object> response = (Map<String, Object>) results.get("response");
        Map<String, Object> chi = (Map<String, Object>) results.get("susceptibility");
        double z = num(((Map<String, Object>) results.get("zScore")).get("value"));
        System.out.println("fluctuation-response: response " + response + ", V Var(M) " + chi + ", z " + z);
        assertTrue(Math.abs(z) < 4, "response " + response + " vs V Var(M) " + chi + ": " + z + " standard errors");
        assertTrue(num(chi.get("value")) > 10 * num(chi.get("error")), "a meaningful comparison: " + chi);
        assertTrue(num(response.get("value")) > 10 * num(response.get("error")), "a meaningful comparison: " + response);
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static String status(String id) {
        try {
            return shell.execute("wick:status " + id);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
