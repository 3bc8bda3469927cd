package wick.model.ebm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import wick.api.lattice.Lattice;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.api.task.ChainTask;
import wick.api.task.Observables;
import wick.lattice.FreeField;
import wick.sampler.gaussian.internal.ExactFftSampler;
import wick.sampler.gaussian.internal.HeatBathSampler;

/**
 * Task {@code free.sample} with both Gaussian samplers against the exact free field (PHYSICS 2.1, 6):
 * the reported ⟨φ²⟩ and every C(τ) agree with their exact values within
 * {@link Tolerance#standardErrors} of the reported Γ-method errors; the reported τ_int shows the
 * heat bath's autocorrelation and the exact sampler's independence; switching sampler mid-chain (same
 * field, same stream) keeps the distribution.
 */
class FreeSampleTaskTest {
    private static final int SAMPLES = 20_000;
    private static final int THERMALIZATION = 200;
    private static final double M2 = 0.7;
    private static final Parameters P = Parameters.of(Map.of("lattice", "6x4", "spacing", "0.8,1.2", "m2", M2,
            ChainTask.SAMPLES, SAMPLES, ChainTask.THERMALIZATION, THERMALIZATION, ChainTask.INTERVAL, 1));
    private static final Lattice LATTICE = new Lattice(new int[] {6, 4}, new double[] {0.8, 1.2});

    private final FreeSampleTask task = new FreeSampleTask();
    private final Target target = task.target(P);

    private RecordedChain chain(long seed) {
        return new RecordedChain(target, task.observables(target, P), seed);
    }

    private Move bind(Sampler s) {
        return s.bind(target, Parameters.empty());
    }

    private Map<String, Result> analyse(RecordedChain c) {
        return task.analyse(c, target, P, ProgressMonitor.NONE);
    }

    /** A chain of one sampler with the task's schedule. */
    private Map<String, Result> run(Sampler s, long seed) {
        RecordedChain c = chain(seed).run(s.id(), bind(s), P.integer(ChainTask.THERMALIZATION), P.integer(ChainTask.SAMPLES),
                P.integer(ChainTask.INTERVAL));
        assertEquals(SAMPLES, c.count());
        return analyse(c);
    }

    @Test
    void exactSamplerReproducesTheFreeField(TestReporter reporter) {
        Map<String, Result> r = run(new ExactFftSampler(), 21);
        String figures = assertAgreesWithTheExactFreeField(r, "exact-fft");
        ScalarResult tau = tauInt(r);
        assertTrue(Math.abs(tau.value() - 0.5) <= Tolerance.STANDARD_ERRORS * tau.error(),
                "exact draws are independent: τ_int = " + tau.value() + " ± " + tau.error() + " should be ½");
        reporter.publishEntry("exact-fft", figures);
    }

    @Test
    void heatBathReproducesTheFreeFieldAndIsAutocorrelated(TestReporter reporter) {
        Map<String, Result> r = run(new HeatBathSampler(), 22);
        String figures = assertAgreesWithTheExactFreeField(r, "heatbath");
        ScalarResult tau = tauInt(r);
        assertTrue(tau.value() - 0.5 > Tolerance.STANDARD_ERRORS * tau.error(),
                "the heat bath is autocorrelated: τ_int = " + tau.value() + " ± " + tau.error() + " should exceed ½");
        reporter.publishEntry("heatbath", figures);
    }

    /** The engine may swap the sampler between two sweeps; the chain keeps its field and stream. */
    @Test
    void switchingFromHeatBathToExactMidChainKeepsTheDistribution(TestReporter reporter) {
        RecordedChain c = chain(23);
        c.run("heatbath", bind(new HeatBathSampler()), THERMALIZATION, SAMPLES / 2, 1);
        c.run("exact-fft", bind(new ExactFftSampler()), 0, SAMPLES / 2, 1);
        assertSwitchedChain(c, List.of("heatbath", "exact-fft"), reporter);
    }

    @Test
    void switchingFromExactToHeatBathMidChainKeepsTheDistribution(TestReporter reporter) {
        RecordedChain c = chain(24);
        c.run("exact-fft", bind(new ExactFftSampler()), 0, SAMPLES / 2, 1);
        c.run("heatbath", bind(new HeatBathSampler()), 0, SAMPLES / 2, 1);
        assertSwitchedChain(c, List.of("exact-fft", "heatbath"), reporter);
    }

    private void assertSwitchedChain(RecordedChain c, List<String> order, TestReporter reporter) {
        assertEquals(SAMPLES, c.count());
        List<String> history = c.samplers();
        assertEquals(order.get(0), history.get(0));
        assertEquals(order.get(1), history.get(SAMPLES - 1));
        reporter.publishEntry(order.get(0) + " -> " + order.get(1), assertAgreesWithTheExactFreeField(analyse(c), String.join(" -> ", order)));
    }

    @Test
    void bothSamplersAcceptTheTarget() {
        assertEquals("exact-fft", task.defaultSampler());
        assertTrue(new ExactFftSampler().accepts(target));
        assertTrue(new HeatBathSampler().accepts(target));
        assertEquals(LATTICE, target.lattice());
    }

    /** phi2 = (1/V) Σ φ², C(τ) = a_s N_s (1/N_t) Σ_t φ̄(t+τ) φ̄(t) (PHYSICS 2.1), written out here. */
    @Test
    void observablesMeasurePhi2AndTheZeroMomentumCorrelator() {
        Observables o = task.observables(target, P);
        List<String> names = new ArrayList<>(List.of("phi2"));
        for (int t = 0; t < 6; t++) {
            names.add("C" + t);
        }
        assertEquals(names, o.names());
        RandomStream random = RandomStream.of(4);
        double[] phi = new double[24];
        double sum = 0;
        for (int n = 0; n < phi.length; n++) {
            phi[n] = random.nextGaussian();
            sum += phi[n] * phi[n];
        }
        double[] out = new double[7];
        o.measure(phi, out);
        assertTrue(Tolerance.close(sum / 24, out[0], 0), "phi2 " + out[0]);
        double[] bar = new double[6];
        for (int t = 0; t < 6; t++) {
            for (int x = 0; x < 4; x++) {
                bar[t] += phi[LATTICE.index(t, x)] / 4;
            }
        }
        for (int tau = 0; tau < 6; tau++) {
            double s = 0;
            double scale = 0;
            for (int t = 0; t < 6; t++) {
                s += bar[(t + tau) % 6] * bar[t];
                scale += Math.abs(bar[(t + tau) % 6] * bar[t]);
            }
            double expected = 1.2 * 4 * s / 6;
            assertTrue(Tolerance.close(expected, out[1 + tau], 1.2 * 4 * scale / 6), "C(" + tau + ") " + out[1 + tau] + " vs " + expected);
        }
    }

    private static ScalarResult tauInt(Map<String, Result> r) {
        return assertInstanceOf(ScalarResult.class, r.get("tauInt"));
    }

    /**
     * ⟨φ²⟩ and C(0..N_t−1) within {@link Tolerance#standardErrors}(1 + N_t) reported errors of the
     * reported exact values, which are checked against an independent exact computation; the ⟨φ²⟩
     * of a 20 % larger m² is rejected (the errors are small enough to mean something).
     *
     * @return the measured figures, one line
     */
    private static String assertAgreesWithTheExactFreeField(Map<String, Result> r, String what) {
        FreeField exact = new FreeField(LATTICE, M2);
        int nt = LATTICE.extent(0);
        double z = Tolerance.standardErrors(1 + nt);

        ScalarResult phi2 = assertInstanceOf(ScalarResult.class, r.get("phi2"));
        double phi2Exact = assertInstanceOf(ScalarResult.class, r.get("phi2Exact")).value();
        assertTrue(Tolerance.close(exact.propagatorDense().get(0, 0), phi2Exact, 0), "phi2Exact " + phi2Exact);
        assertTrue(phi2.error() > 0, what + ": no error on phi2");
        double zPhi2 = (phi2.value() - phi2Exact) / phi2.error();
        assertTrue(Math.abs(zPhi2) <= z, what + ": ⟨φ²⟩ = " + phi2.value() + " ± " + phi2.error() + " vs exact " + phi2Exact
                + " is " + zPhi2 + " standard errors off (allowed " + z + ")");
        double wrong = new FreeField(LATTICE, 1.2 * M2).phi2();
        assertTrue(Math.abs(phi2.value() - wrong) > z * phi2.error(), what + ": ⟨φ²⟩ at 1.2 m² (" + wrong + ") not rejected");

        SeriesResult c = assertInstanceOf(SeriesResult.class, r.get("correlator"));
        double[] cExact = assertInstanceOf(SeriesResult.class, r.get("correlatorExact")).y();
        double[] cIndependent = FreeField.correlatorFromPropagator(LATTICE, exact.propagatorFft());
        assertEquals(nt, c.size());
        double worst = 0;
        for (int tau = 0; tau < nt; tau++) {
            assertTrue(Tolerance.close(cIndependent[tau], cExact[tau], 0), "correlatorExact(" + tau + ")");
            double value = c.y()[tau];
            double error = c.error()[tau];
            double score = (value - cExact[tau]) / error;
            assertTrue(Math.abs(score) <= z, what + ": C(" + tau + ") = " + value + " ± " + error + " vs exact " + cExact[tau]
                    + " is " + score + " standard errors off (allowed " + z + ")");
            worst = Math.max(worst, Math.abs(score));
        }
        ScalarResult tau = tauInt(r);
        return String.format("phi2 = %.6f ± %.6f vs exact %.6f (z = %.2f); max |z| over C(tau) = %.2f; tau_int(phi2) = %.3f ± %.3f",
                phi2.value(), phi2.error(), phi2Exact, zPhi2, worst, tau.value(), tau.error());
    }
}
