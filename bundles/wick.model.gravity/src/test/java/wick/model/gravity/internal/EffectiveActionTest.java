package wick.model.gravity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

/** S_eff, its gradient, the E-steps, EM and the gap equation (PHYSICS section 4). */
class EffectiveActionTest {
    private static final double M2 = 0.9;

    private static double[] randomSigma(LatentModel model, double amplitude, RandomStream r) {
        double[] s = new double[model.blocks().count() * model.components()];
        int p = model.components();
        for (int b = 0; b < model.blocks().count(); b++) {
            do {
                for (int q = 0; q < p; q++) {
                    s[b * p + q] = amplitude * (2 * r.nextDouble() - 1);
                }
            } while (!model.inOmega(s, b));
        }
        return s;
    }

    /** ∂S_eff/∂σ = vMw(σ/κ² − ⟨t̄⟩) against central differences of S_eff (Cholesky log det). */
    private static void gradientMatchesFiniteDifferences(LatentModel model, long seed) {
        double[] sigma = randomSigma(model, 0.2, RandomStream.of(seed));
        EffectiveAction action = new EffectiveAction(model);
        EStep.Expectation e = new ExactEStep(model).at(sigma);
        assertEquals(action.value(sigma), action.value(sigma, e.logDet()), 1e-11 * Math.abs(action.value(sigma)));
        double[] g = action.gradient(sigma, e.blockMean());
        double h = 1e-5;
        for (int i = 0; i < sigma.length; i++) {
            double[] p = sigma.clone();
            p[i] += h;
            double[] m = sigma.clone();
            m[i] -= h;
            double fd = (action.value(p) - action.value(m)) / (2 * h);
            assertEquals(fd, g[i], 1e-6 * (1 + Math.abs(g[i])), "component " + i);
        }
    }

    @Test
    void gradientMatchesFiniteDifferencesSymmetric() {
        gradientMatchesFiniteDifferences(new TensorModel(Blocks.parse(Fields.D2, "2x1"), M2, 0.4, StressOption.SYMMETRIC), 1);
    }

    @Test
    void gradientMatchesFiniteDifferencesForwardAndThreeDimensions() {
        gradientMatchesFiniteDifferences(new TensorModel(Blocks.parse(Fields.D2, "1x3"), M2, 0.4, StressOption.FORWARD), 2);
        gradientMatchesFiniteDifferences(new TensorModel(Blocks.parse(Fields.D3, "3x1x2"), M2, 0.4, StressOption.SYMMETRIC), 3);
    }

    @Test
    void gradientMatchesFiniteDifferencesRank0() {
        gradientMatchesFiniteDifferences(new ScalarModel(Blocks.parse(Fields.D2, "2x1"), M2, 0.4), 4);
    }

    /** For σ constant the symbol formulas give the exact (dense) E-step and log det. */
    @Test
    void fftEStepEqualsExactForHomogeneousSigma() {
        for (StressOption option : StressOption.values()) {
            TensorModel model = new TensorModel(Blocks.parse(Fields.D2, "2x3"), M2, 0.4, option);
            double[] block = {0.1, -0.07, -0.15};
            double[] sigma = new double[model.blocks().count() * 3];
            for (int i = 0; i < sigma.length; i++) {
                sigma[i] = block[i % 3];
            }
            EStep.Expectation exact = new ExactEStep(model).at(sigma);
            EStep.Expectation fft = new FftEStep(model).at(sigma);
            assertEquals(exact.logDet(), fft.logDet(), 1e-11 * Math.abs(exact.logDet()));
            for (int i = 0; i < sigma.length; i++) {
                assertEquals(exact.blockMean()[i], fft.blockMean()[i], 1e-12, option + " entry " + i);
            }
        }
        ScalarModel rank0 = new ScalarModel(Blocks.parse(Fields.D2, "2x3"), M2, 0.4);
        double[] s = {-0.2, -0.2};
        assertEquals(new ExactEStep(rank0).at(s).blockMean()[1], new FftEStep(rank0).at(s).blockMean()[1], 1e-12);
    }

    /** The Monte Carlo E-step is unbiased: within 4 standard errors of the exact one. */
    @Test
    void monteCarloEStepAgreesWithExact() {
        TensorModel model = new TensorModel(Blocks.parse(Lattice.of(4, 4), "2x2"), M2, 0.4, StressOption.SYMMETRIC);
        double[] sigma = randomSigma(model, 0.2, RandomStream.of(5));
        double[] exact = new ExactEStep(model).at(sigma).blockMean();
        int reps = 400;
        double[] s1 = new double[sigma.length];
        double[] s2 = new double[sigma.length];
        MonteCarloEStep mc = new MonteCarloEStep(model, "dense", 1, RandomStream.of(6));
        for (int k = 0; k < reps; k++) {
            double[] x = mc.at(sigma).blockMean();
            for (int i = 0; i < x.length; i++) {
                s1[i] += x[i];
                s2[i] += x[i] * x[i];
            }
        }
        for (int i = 0; i < sigma.length; i++) {
            double mean = s1[i] / reps;
            double se = Math.sqrt((s2[i] / reps - mean * mean) / (reps - 1));
            assertEquals(exact[i], mean, Tolerance.STANDARD_ERRORS * se, "entry " + i);
        }
    }

    /** EM never increases S_eff, and its fixed point satisfies σ = κ²⟨t̄⟩ (∇S_eff = 0). */
    @Test
    void emNeverIncreasesTheEffectiveActionAndStopsAtTheSaddle() {
        for (LatentModel model : new LatentModel[] {
                new TensorModel(Blocks.parse(Fields.D2, "2x1"), M2, 0.5, StressOption.SYMMETRIC),
                new TensorModel(Blocks.parse(Fields.D2, "1x1"), M2, 0.3, StressOption.FORWARD),
                new ScalarModel(Blocks.parse(Fields.D2, "2x1"), M2, 0.5)}) {
            double[] start = randomSigma(model, 0.3, RandomStream.of(7));
            ExpectationMaximisation em = new ExpectationMaximisation(model, new ExactEStep(model), true);
            ExpectationMaximisation.Outcome o = em.run(start, 500, 1e-12, ProgressMonitor.NONE);
            assertTrue(o.converged() && o.inOmega(), "converged in Omega");
            double[] seff = o.seff();
            for (int i = 1; i < seff.length; i++) {
                assertTrue(seff[i] <= seff[i - 1] + 1e-12 * Math.abs(seff[i - 1]), "S_eff rose at iteration " + i + ": " + seff[i - 1] + " -> " + seff[i]);
            }
            assertTrue(seff[seff.length - 1] < seff[0], "S_eff decreased");
            double[] last = o.last();
            EStep.Expectation e = new ExactEStep(model).at(last);
            double[] g = new EffectiveAction(model).gradient(last, e.blockMean());
            for (int i = 0; i < last.length; i++) {
                assertEquals(model.kappa2() * e.blockMean()[i], last[i], 1e-11, "sigma = kappa2 <t>");
                assertEquals(0, g[i], 1e-9, "gradient at the fixed point");
            }
        }
    }

    /** EM from σ = 0 reaches the root of the homogeneous gap equation (square lattice, several blocks). */
    @Test
    void emFixedPointFromZeroSatisfiesTheGapEquation() {
        Lattice square = Lattice.of(4, 4);
        for (LatentModel model : new LatentModel[] {
                new TensorModel(Blocks.parse(square, "2x2"), M2, 0.8, StressOption.SYMMETRIC),
                new ScalarModel(Blocks.parse(square, "2x2"), M2, 0.3)}) {
            double[] zero = new double[model.blocks().count() * model.components()];
            ExpectationMaximisation.Outcome o = new ExpectationMaximisation(model, new ExactEStep(model), false)
                    .run(zero, 1000, 1e-13, ProgressMonitor.NONE);
            assertTrue(o.converged() && o.inOmega(), model.rank() + " " + o.residual() + " " + o.iterates().size() + " " + o.inOmega());
            GapEquation.Root root = GapEquation.solve(model);
            assertTrue(root.exists(), root.message());
            double s = root.block()[0];
            assertTrue(s < 0, "the saddle shrinks the metric: " + s);
            // the gap equation itself: s = −½κ²m²⟨φ²⟩_{m²(1+2s)} (tensor), s = −κ²⟨φ²⟩_{m²+2s} (rank 0)
            double[] symbol = ScalarPrecision.symbol(square, model.rank() == 0 ? M2 + 2 * s : M2 * (1 + 2 * s));
            double phi2 = 0;
            for (double k : symbol) {
                phi2 += 1 / k / symbol.length;
            }
            double rhs = model.rank() == 0 ? -model.kappa2() * phi2 : -0.5 * model.kappa2() * M2 * phi2;
            assertEquals(rhs, s, 1e-12);
            for (int i = 0; i < zero.length; i++) {
                assertEquals(root.block()[i % model.components()], o.last()[i], 1e-11, model.rank() + " entry " + i);
            }
        }
    }

    /** On an anisotropic lattice the homogeneous saddle is diag(s0, s1), the EM fixed point from 0. */
    @Test
    void anisotropicSaddleIsTheDiagonalRoot() {
        Lattice l = new Lattice(new int[] {6, 4}, new double[] {0.8, 1.0});
        TensorModel model = new TensorModel(Blocks.parse(l, "6x4"), M2, 0.6, StressOption.SYMMETRIC);
        GapEquation.Root root = GapEquation.solve(model);
        assertEquals("diagonal", root.kind());
        assertTrue(root.exists(), root.message());
        ExpectationMaximisation.Outcome o = new ExpectationMaximisation(model, new FftEStep(model), false)
                .run(new double[3], 10_000, 1e-14, ProgressMonitor.NONE);
        assertTrue(o.converged());
        assertEquals(root.block()[0], o.last()[0], 1e-11);
        assertEquals(0, o.last()[1], 1e-15);
        assertEquals(root.block()[2], o.last()[2], 1e-11);
        assertTrue(Math.abs(root.block()[0] - root.block()[2]) > 1e-4, "anisotropic: s0 != s1");
    }

    /** For large κ² the 1-D gap equation has no root; EM from 0 then leaves Ω. */
    @Test
    void noRootForLargeKappa() {
        TensorModel model = new TensorModel(Blocks.parse(Lattice.of(4, 4), "4x4"), 0.2, 50, StressOption.SYMMETRIC);
        GapEquation.Root root = GapEquation.solve(model);
        assertFalse(root.exists());
        assertTrue(root.message().startsWith("no root"), root.message());
        ExpectationMaximisation.Outcome o = new ExpectationMaximisation(model, new FftEStep(model), false)
                .run(new double[3], 10_000, 1e-13, ProgressMonitor.NONE);
        assertFalse(o.inOmega(), "EM leaves Omega when there is no saddle");
        assertFalse(new LatentField(Blocks.parse(Lattice.of(4, 4), "4x4")).values().length == 0);
    }
}
