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

/** The analysis tasks in the real framework, composed with the chain tasks through the Workbench service. */
class AnalysesIT {
    @TempDir
    static Path tmp;
    private static Launcher launcher;
    private static Gogo shell;

    @BeforeAll
    static void start() throws Exception {
        launcher = new Launcher(Distribution.HOME, List.of("all"), tmp.resolve("plugins"), Map.of());
        launcher.start();
        assertNotNull(launcher.awaitService("(osgi.command.scope=wick)", 10_000));
        assertNotNull(launcher.awaitService("(wick.task.id=correlator.fit)", 10_000));
        assertNotNull(launcher.awaitService("(wick.task.id=phi4.critical)", 10_000));
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
    void correlatorFitOfAFreeFieldRunReturnsTheExactEnergy() throws Exception {
        Path run = tmp.resolve("free");
        results("wick:run free.sample --set lattice=16x4 --set m2=0.3 --set samples=4000 --seed 5 --out " + run);
        Map<String, Object> fit = results("wick:run correlator.fit --set run=" + run + " --out " + tmp.resolve("fit"));
        double z = (value(fit, "energy") - value(fit, "exactEnergy")) / error(fit, "energy");
        System.out.printf("correlator.fit 16x4 m2 0.3: E = %.5f ± %.5f, exact %.5f (z %.2f), chi2/dof %.2f, p %.3f, window [%d, %d]%n",
                value(fit, "energy"), error(fit, "energy"), value(fit, "exactEnergy"), z, value(fit, "chi2dof"),
                value(fit, "pValue"), (int) value(fit, "tauMin"), (int) value(fit, "tauMax"));
        assertTrue(Math.abs(z) < 4, "z = " + z); // automatic window: 4σ (the fixed-window fit is held to 3σ in the unit tests)
        assertTrue(value(fit, "pValue") > 0 && value(fit, "pValue") <= 1);
    }

    @Test
    void correlatorFitProducesItsOwnAnisotropicRun() throws Exception {
        Map<String, Object> fit = results("wick:run correlator.fit --set model=free --set lattice=32x4 --set spacing=0.5,1"
                + " --set m2=0.25 --set samples=3000 --seed 8 --out " + tmp.resolve("own"));
        double z = (value(fit, "energy") - value(fit, "exactEnergy")) / error(fit, "energy");
        System.out.printf("correlator.fit 32x4 (0.5,1): E = %.5f ± %.5f, exact %.5f (z %.2f)%n", value(fit, "energy"),
                error(fit, "energy"), value(fit, "exactEnergy"), z);
        assertTrue(Math.abs(z) < 4, "z = " + z);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lcpScanOfTheFreeTheoryIsTheClosedForm() throws Exception {
        Map<String, Object> lcp = results("wick:run lcp.scan --set model=free --set box=8 --set energy=1.0"
                + " --set spacings=1,0.8,0.5 --out " + tmp.resolve("lcp"));
        Map<String, Object> m2 = (Map<String, Object>) lcp.get("m2");
        List<Object> a = (List<Object>) m2.get("x");
        List<Object> y = (List<Object>) m2.get("y");
        assertEquals(3, a.size());
        for (int i = 0; i < a.size(); i++) {
            double s = ((Number) a.get(i)).doubleValue();
            assertEquals(2 / (s * s) * (Math.cosh(s) - 1), ((Number) y.get(i)).doubleValue(), 1e-12, "a = " + s);
        }
    }

    @Test
    void criticalPointFromBinderCrossings() throws Exception {
        Map<String, Object> c = results("wick:run phi4.critical --set lambda=2.4 --set sizes=8,16 --set samples=6000"
                + " --set thermalization=500 --set sampler=cluster --seed 9 --out " + tmp.resolve("critical"));
        System.out.printf("phi4.critical lambda 2.4, L 8/16: m2c = %.4f ± %.4f, lambda/|m2c| = %.3f, lambda'/|m2c| = %.3f%n",
                value(c, "m2c"), error(c, "m2c"), value(c, "ratio"), value(c, "ratioPrime"));
        assertTrue(value(c, "m2c") < -0.5 && value(c, "m2c") > -0.65, "m2c in the bracket: " + value(c, "m2c"));
        assertTrue(error(c, "m2c") > 0 && error(c, "m2c") < 0.05, "an error bar: " + error(c, "m2c"));
        assertEquals(value(c, "ratio") / 6, value(c, "ratioPrime"), 1e-12);
    }

    @Test
    void analysisTasksCancelWithinHalfASecond() throws Exception {
        String id = shell.execute("wick:start phi4.critical --set sizes=8,16,32 --set samples=200000 --set sampler=metropolis"
                + " --seed 1 --out " + tmp.resolve("cancel")).trim();
        long deadline = System.currentTimeMillis() + 20_000;
        while (!shell.execute("wick:status " + id).contains("%") || shell.execute("wick:status " + id).contains("progress=0%")) {
            assertTrue(System.currentTimeMillis() < deadline, "no progress");
            Thread.sleep(50);
        }
        long t0 = System.nanoTime();
        shell.execute("wick:cancel " + id);
        while (!shell.execute("wick:status " + id).contains("status=cancelled")) {
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "not cancelled: " + shell.execute("wick:status " + id));
            Thread.sleep(5);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("phi4.critical cancelled in " + millis + " ms");
        assertTrue(millis < 500, "cancel took " + millis + " ms");
    }
}
