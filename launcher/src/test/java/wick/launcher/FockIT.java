package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model 1 in the real framework (feature {@code all}): its four tasks and the transfer-matrix sampler
 * are registered by the bundle; the free spectrum and the free Euclidean correlator come out exact
 * through the shell; and the transfer-matrix sampler, bound to Model 2's free field, draws from
 * {@code N(0, K_E⁻¹)} ({@code ⟨φ²⟩} within 4 standard errors of its exact value).
 */
class FockIT {
    @TempDir
    static Path tmp;
    private static Launcher launcher;
    private static Gogo shell;

    @BeforeAll
    static void start() throws Exception {
        launcher = new Launcher(Distribution.HOME, List.of("all"), tmp.resolve("plugins"), Map.of());
        launcher.start();
        assertNotNull(launcher.awaitService("(osgi.command.scope=wick)", 10_000));
        for (String id : List.of("fock.spectrum", "fock.evolve", "fock.measure", "fock.correlator")) {
            assertNotNull(launcher.awaitService("(wick.task.id=" + id + ")", 10_000), id);
        }
        assertNotNull(launcher.awaitService("(wick.sampler.id=transfer-matrix)", 10_000));
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
    private static Map<String, Object> result(Map<String, Object> results, String name) {
        Map<String, Object> r = (Map<String, Object>) results.get(name);
        assertNotNull(r, name + " in " + results.keySet());
        return r;
    }

    private static double value(Map<String, Object> results, String name) {
        return ((Number) result(results, name).get("value")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Number> column(Map<String, Object> series, String axis) {
        return (List<Number>) series.get(axis);
    }

    /**
     * N = 4, a = 1, m = 1, λ = 0: ω_k² = m² + 4 sin²(πk/4) gives ω = 1, √3, √5, √3; the zero-momentum
     * sector's lowest levels are E_0 = ½ Σ ω_k plus 0, 1, 2, 3 (quanta of k = 0) and 2√3 (the pair
     * k = 1, 3), all inside nmax:6; the gap is ω_0 = 1.
     */
    @Test
    void freeSpectrumIsTheSumOfModeEnergies() throws Exception {
        Map<String, Object> r = results("wick:run fock.spectrum --set sites=4 --set m2=1 --set lambda=0 --set truncation=nmax:6"
                + " --set levels=5 --set sector=0 --out " + tmp.resolve("spectrum"));
        double e0 = 0.5 * (1 + 2 * Math.sqrt(3) + Math.sqrt(5));
        double[] expected = {e0, e0 + 1, e0 + 2, e0 + 3, e0 + 2 * Math.sqrt(3)};
        List<Number> energies = column(result(r, "energies"), "y");
        assertEquals(expected.length, energies.size(), String.valueOf(energies));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], energies.get(i).doubleValue(), 1e-12, "level " + i);
        }
        assertEquals(1.0, value(r, "gap"), 1e-12);
        assertTrue(Files.isRegularFile(tmp.resolve("spectrum").resolve("run.json")));
    }

    /** The free theory's C_H(τ) = e^{−mτ}/(2m) at every τ of the grid (m = 1). */
    @Test
    void freeCorrelatorIsTheExactExponential() throws Exception {
        Map<String, Object> r = results("wick:run fock.correlator --set sites=4 --set m2=1 --set lambda=0 --set truncation=nmax:3"
                + " --set tauMax=6 --set points=12 --out " + tmp.resolve("correlator"));
        Map<String, Object> c = result(r, "correlator");
        List<Number> tau = column(c, "x");
        List<Number> value = column(c, "y");
        assertEquals(13, tau.size());
        for (int i = 0; i < tau.size(); i++) {
            double t = tau.get(i).doubleValue();
            assertEquals(Math.exp(-t) / 2, value.get(i).doubleValue(), 1e-12, "C_H(" + t + ")");
        }
        assertEquals(1.0, value(r, "gap"), 1e-12);
    }

    /** Model 1's transfer matrix as a Model 2 sampler: independent exact draws of the free field. */
    @Test
    @SuppressWarnings("unchecked")
    void transferMatrixSamplerDrawsTheFreeField() throws Exception {
        Path out = tmp.resolve("transfer");
        Map<String, Object> r = results("wick:run free.sample --set lattice=8x6 --set spacing=0.5,1 --set m2=0.5"
                + " --set samples=4000 --set thermalization=0 --sampler transfer-matrix --seed 3 --out " + out);
        double phi2 = value(r, "phi2");
        double error = ((Number) result(r, "phi2").get("error")).doubleValue();
        double exact = value(r, "phi2Exact");
        System.out.printf("transfer-matrix on free.sample 8x6 (0.5,1) m2 0.5: <phi^2> %.5f ± %.5f, exact %.5f (z %.2f)%n",
                phi2, error, exact, (phi2 - exact) / error);
        assertTrue(Math.abs(phi2 - exact) < 4 * error, phi2 + " ± " + error + " vs " + exact);
        Map<String, Object> record = Distribution.json(Files.readString(out.resolve("run.json")));
        List<Map<String, Object>> history = (List<Map<String, Object>>) record.get("samplerHistory");
        assertEquals(List.of("transfer-matrix"), history.stream().map(h -> h.get("sampler")).toList());
    }
}
