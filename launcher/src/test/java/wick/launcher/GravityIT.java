package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

/**
 * Model 3 in the real framework (feature {@code all}): a {@code gravity.sample} chain whose sampler is
 * swapped from {@code gibbs} to the direct {@code sigma-metropolis} while it runs, the σ field file
 * it leaves in its run directory read back as a background by {@code seeleydewitt.local}, and EM
 * against the homogeneous gap equation.
 */
class GravityIT {
    @TempDir
    static Path tmp;
    private static Launcher launcher;
    private static Gogo shell;

    @BeforeAll
    static void start() throws Exception {
        launcher = new Launcher(Distribution.HOME, List.of("all"), tmp.resolve("plugins"), Map.of());
        launcher.start();
        assertNotNull(launcher.awaitService("(osgi.command.scope=wick)", 10_000));
        for (String id : List.of("gravity.sample", "gravity.em", "seeleydewitt.local")) {
            assertNotNull(launcher.awaitService("(wick.task.id=" + id + ")", 10_000), id);
        }
        assertNotNull(launcher.awaitService("(wick.sampler.id=sigma-metropolis)", 10_000));
        shell = new Gogo(launcher.context());
    }

    @AfterAll
    static void stop() throws Exception {
        launcher.stop();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> results(String command) throws Exception {
        Map<String, Object> summary = Distribution.json(shell.execute(command + " --json"));
        assertEquals("completed", summary.get("status"), String.valueOf(summary));
        return (Map<String, Object>) summary.get("results");
    }

    @SuppressWarnings("unchecked")
    private static double value(Map<String, Object> results, String name) {
        return ((Number) ((Map<String, Object>) results.get(name)).get("value")).doubleValue();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting for " + what);
            Thread.sleep(50);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void samplerSwapMidChainThenTheSigmaFieldFeedsTheSeeleyDeWittAnalysis() throws Exception {
        Path out = tmp.resolve("sample");
        String id = shell.execute("wick:start gravity.sample --set lattice=4x4 --set m2=1 --set kappa2=0.1 --set block=2x2"
                + " --set solver=dense --set samples=3000 --set thermalization=100 --seed 5 --out " + out).trim();
        await(() -> {
            try {
                return shell.execute("wick:status " + id).contains("measurement");
            } catch (Exception e) {
                return false;
            }
        }, "measurements to start");
        shell.execute("wick:swap " + id + " sigma-metropolis");
        Map<String, Object> summary = Distribution.json(shell.execute("wick:wait " + id));
        assertEquals("completed", summary.get("status"), String.valueOf(summary));
        Map<String, Object> record = Distribution.json(Files.readString(out.resolve("run.json")));
        List<Map<String, Object>> history = (List<Map<String, Object>>) record.get("samplerHistory");
        assertEquals(List.of("gibbs", "sigma-metropolis"), history.stream().map(h -> h.get("sampler")).toList());
        Map<String, Object> r = (Map<String, Object>) summary.get("results");
        for (String c : List.of("00", "01", "11")) {
            assertTrue(Double.isFinite(value(r, "sigmaMean" + c)), "sigmaMean" + c);
        }
        Path field = out.resolve("sigma-field.txt");
        assertTrue(Files.isRegularFile(field), "the chain leaves its last sigma in " + field);
        assertTrue(Files.readString(field).startsWith("# wick sigma field 1\nlattice 4x4\n"));

        // The chain's last σ lies in Ω, which does not make g = I + 2σ a metric; κ² = 0.1 keeps σ small
        // enough that it nearly always is, and when it is not the analysis must refuse it by name.
        String command = "wick:run seeleydewitt.local --set lattice=4x4 --set m2=1 --set background=sigma:" + out
                + " --out " + tmp.resolve("sd");
        boolean metric = metricEverywhere(Files.readAllLines(field));
        System.out.println("gravity.sample 4x4 kappa2 0.1, gibbs then sigma-metropolis: last sigma field a metric on every block: " + metric);
        if (metric) {
            Map<String, Object> sd = results(command);
            assertTrue(sd.containsKey("a1") && sd.containsKey("curvature"), sd.keySet().toString());
        } else {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> results(command));
            assertTrue(e.getMessage().contains("parameter 'background'") && e.getMessage().contains("det g <= 0"), e.getMessage());
        }
    }

    /** Whether g = I + 2σ is positive definite on every block of a D = 2 σ field file (rows σ00 σ01 σ11 after the header). */
    private static boolean metricEverywhere(List<String> lines) {
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("components")).findFirst().orElseThrow()) + 1;
        for (String line : lines.subList(start, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] v = line.trim().split("\\s+");
            double g00 = 1 + 2 * Double.parseDouble(v[0]);
            double g01 = 2 * Double.parseDouble(v[1]);
            double g11 = 1 + 2 * Double.parseDouble(v[2]);
            if (!(g00 > 0 && g00 * g11 - g01 * g01 > 0)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void emFromZeroReachesTheGapEquationRoot() throws Exception {
        Map<String, Object> r = results("wick:run gravity.em --set lattice=8x8 --set m2=1 --set kappa2=0.3 --set block=2x2"
                + " --out " + tmp.resolve("em"));
        System.out.printf("gravity.em 8x8 kappa2 0.3: fixed point %.10f, gap root %.10f, in Omega %s%n",
                value(r, "fixedPoint00"), value(r, "gapRoot00"), value(r, "inOmega"));
        assertEquals(1.0, value(r, "inOmega"));
        assertEquals(value(r, "gapRoot00"), value(r, "fixedPoint00"), 1e-8);
        assertTrue(Files.isRegularFile(tmp.resolve("em").resolve("sigma-field.txt")));
    }
}
