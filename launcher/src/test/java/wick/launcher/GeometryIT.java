package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heat-kernel and Seeley–DeWitt analyses in the real framework (feature {@code all}), through the
 * Gogo commands that share the batch runner's code: the acceptance figures of PHYSICS 5 on the
 * installed bundles.
 */
class GeometryIT {
    @TempDir
    static Path tmp;
    private static Launcher launcher;
    private static Gogo shell;

    @BeforeAll
    static void start() throws Exception {
        launcher = new Launcher(Distribution.HOME, List.of("all"), tmp.resolve("plugins"), Map.of());
        launcher.start();
        assertNotNull(launcher.awaitService("(osgi.command.scope=wick)", 10_000));
        for (String id : List.of("heatkernel.trace", "heatkernel.logdet", "seeleydewitt.local", "seeleydewitt.global")) {
            assertNotNull(launcher.awaitService("(wick.task.id=" + id + ")", 10_000), id);
        }
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

    @SuppressWarnings("unchecked")
    private static double error(Map<String, Object> results, String name) {
        return ((Number) ((Map<String, Object>) results.get(name)).get("error")).doubleValue();
    }

    @Test
    void properTimeLogDetEqualsCholeskyOnACurvedBackground() throws Exception {
        Map<String, Object> r = results("wick:run heatkernel.logdet --set lattice=8x6 --set m2=0.5"
                + " --set background=conformal:0.05,1,1 --seed 3 --out " + tmp.resolve("logdet"));
        double chol = value(r, "cholesky");
        System.out.printf("heatkernel.logdet 8x6 conformal: proper time %.12f, Cholesky %.12f (rel %.1e), stochastic %.4f ± %.4f%n",
                value(r, "properTime"), chol, value(r, "relativeDifference"), value(r, "stochastic"), error(r, "stochastic"));
        assertTrue(value(r, "relativeDifference") <= 1e-8, "relative difference " + value(r, "relativeDifference"));
        assertTrue(Math.abs(value(r, "stochastic") - chol) <= value(r, "stochasticCI95") + 1e-12,
                "stochastic estimate outside its 95% interval");
    }

    @Test
    void localA1RecoversTheCurvatureOfTheSpecReference() throws Exception {
        long t0 = System.nanoTime();
        Map<String, Object> r = results("wick:run seeleydewitt.local --set lattice=32x32 --set m2=0"
                + " --set background=conformal:0.05,1,1 --out " + tmp.resolve("local"));
        System.out.printf("seeleydewitt.local 32x32 reference: rel RMS error %.4f, correlation %.6f (%.1f s)%n",
                value(r, "relRmsError"), value(r, "correlation"), (System.nanoTime() - t0) / 1e9);
        assertTrue(value(r, "relRmsError") <= 0.03, "relRmsError " + value(r, "relRmsError"));
        assertTrue(value(r, "correlation") > 0.999, "correlation " + value(r, "correlation"));
        assertTrue(r.containsKey("a1") && r.containsKey("curvature") && r.containsKey("scatter"), r.keySet().toString());
    }

    @Test
    void globalA1ObeysGaussBonnetOnTheTorus() throws Exception {
        Map<String, Object> r = results("wick:run seeleydewitt.global --set lattice=16x16 --set m2=0.1"
                + " --set background=conformal:0.05,1,1 --out " + tmp.resolve("global"));
        double a1 = value(r, "a1");
        double expected = value(r, "a1Expected");
        System.out.printf("seeleydewitt.global 16x16 m2 0.1: a1 = %.4f ± %.4f, -m2 Σ√g = %.4f%n", a1, error(r, "a1"), expected);
        assertTrue(Math.abs(a1 - expected) <= 3 * error(r, "a1"), "a1 " + a1 + " ± " + error(r, "a1") + " vs " + expected);
    }
}
