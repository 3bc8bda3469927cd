package wick.launcher;

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
 * PHYSICS 2.4 against Monte Carlo, through the real tasks: the zero-momentum susceptibility
 * {@code χ = Σ_τ C(τ) = V⟨M²⟩} (a = 1) of φ⁴ on 6×6 at m² = 0.5 from {@code phi4.sample} (FA-HMC)
 * agrees with {@code phi4.perturbative} through O(λ²) at λ = 0.25 and 0.5, the O(λ) truncation misses
 * at λ = 0.5, and the residual after O(λ) fits {@code C λ²} with C equal to the O(λ²) coefficient.
 */
class PerturbationTheoryIT {
    @TempDir
    static Path tmp;
    private static Launcher launcher;
    private static Gogo shell;
    private static final double[] LAMBDAS = {0.25, 0.5};
    private static final String MODEL = " --set lattice=6x6 --set m2=0.5";

    @BeforeAll
    static void start() throws Exception {
        launcher = new Launcher(Distribution.HOME, List.of("all"), tmp.resolve("plugins"), Map.of());
        launcher.start();
        assertNotNull(launcher.awaitService("(osgi.command.scope=wick)", 10_000));
        assertNotNull(launcher.awaitService("(wick.sampler.id=fa-hmc)", 10_000));
        shell = new Gogo(launcher.context());
    }

    @AfterAll
    static void stop() throws Exception {
        launcher.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void monteCarloAgreesWithSecondOrderAndTheFirstOrderResidualScalesAsLambdaSquared() throws Exception {
        Map<String, Object> pt = (Map<String, Object>) Distribution.json(shell.execute(
                "wick:run phi4.perturbative" + MODEL + " --set lambda=1 --json --out " + tmp.resolve("pt"))).get("results");
        double c0 = sum(pt, "order0");
        double c1 = sum(pt, "order1");
        double c2 = sum(pt, "order2");
        double sxy = 0;
        double sxx = 0;
        double[] residual = new double[LAMBDAS.length];
        double[] error = new double[LAMBDAS.length];
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < LAMBDAS.length; i++) {
            double lambda = LAMBDAS[i];
            Map<String, Object> mc = (Map<String, Object>) Distribution.json(shell.execute("wick:run phi4.sample" + MODEL
                    + " --set lambda=" + lambda + " --set samples=300000 --set thermalization=2000 --sampler fa-hmc --seed "
                    + (11 + i) + " --json --out " + tmp.resolve("mc" + i))).get("results");
            Map<String, Object> m2 = (Map<String, Object>) mc.get("M2");
            double chi = 36 * num(m2.get("value"));
            double dchi = 36 * num(m2.get("error"));
            double second = c0 + lambda * c1 + lambda * lambda * c2;
            double zSecond = (chi - second) / dchi;
            report.append(String.format("lambda %.2f: MC %.5f ± %.5f, O(lambda^2) %.5f (z %.2f), O(lambda) %.5f (z %.2f)%n",
                    lambda, chi, dchi, second, zSecond, c0 + lambda * c1, (chi - c0 - lambda * c1) / dchi));
            assertTrue(Math.abs(zSecond) < 4, "MC vs O(lambda^2): " + report);
            residual[i] = chi - c0 - lambda * c1;
            error[i] = dchi;
            double w = 1 / (dchi * dchi);
            sxy += w * lambda * lambda * residual[i];
            sxx += w * Math.pow(lambda, 4);
        }
        System.out.print("perturbation theory vs Monte Carlo, chi = V<M^2> on 6x6, m2 = 0.5 (c0 " + c0 + ", c1 " + c1 + ", c2 " + c2
                + ")\n" + report);
        assertTrue(Math.abs(residual[1] / error[1]) > 4, "the O(lambda) truncation misses at lambda = 0.5: " + report);
        double fitted = sxy / sxx;
        double fittedError = 1 / Math.sqrt(sxx);
        double chi2 = 0;
        for (int i = 0; i < LAMBDAS.length; i++) {
            chi2 += Math.pow((residual[i] - fitted * LAMBDAS[i] * LAMBDAS[i]) / error[i], 2);
        }
        System.out.printf("residual after O(lambda) = C lambda^2: C = %.4f ± %.4f (O(lambda^2) coefficient %.4f), chi^2 %.2f%n",
                fitted, fittedError, c2, chi2);
        assertTrue(Math.abs(fitted - c2) < 4 * fittedError, "residual = C lambda^2 with C = " + fitted + " ± " + fittedError
                + ", O(lambda^2) coefficient " + c2 + "\n" + report);
        assertTrue(chi2 < 16, "one-parameter fit of the residual to C lambda^2: chi^2 " + chi2 + "\n" + report);
    }

    @SuppressWarnings("unchecked")
    private static double sum(Map<String, Object> results, String series) {
        double s = 0;
        for (Object y : (List<Object>) ((Map<String, Object>) results.get(series)).get("y")) {
            s += num(y);
        }
        return s;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
