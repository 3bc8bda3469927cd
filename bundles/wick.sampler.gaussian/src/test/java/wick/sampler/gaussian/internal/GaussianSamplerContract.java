package wick.sampler.gaussian.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import wick.api.lattice.Lattice;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * What every Gaussian sampler must do (STYLE "Tests"): reproduce the exact free-field covariance
 * {@code Cov(φ_n, φ_m) = (K_E⁻¹)_{nm}} (PHYSICS 2.1) over all site pairs, continue bit for bit after
 * a checkpoint (PHYSICS 8), and refuse targets lacking its capability with a message.
 *
 * <p>Errors: each pair's estimate is the chain mean of the product series {@code φ_i φ_j} (the mean
 * of φ is known to be 0), analysed with the Γ-method, so its error includes the integrated
 * autocorrelation time of that series (large for the heat bath, ½ for exact draws). The threshold is
 * {@link Tolerance#standardErrors} for the number of comparisons.
 */
abstract class GaussianSamplerContract {
    /** 4×3 with anisotropic spacings: V = 12, 78 site pairs. */
    static final Lattice LATTICE = new Lattice(new int[] {4, 3}, new double[] {0.7, 1.3});
    static final double M2 = 0.5;
    static final int SAMPLES = 40_000;
    static final int THERMALIZATION = 500;

    final DenseGaussianTarget target = new DenseGaussianTarget(LATTICE, M2);

    /** A fresh instance of the sampler under test. */
    abstract Sampler sampler();

    /** The chain's seed. */
    abstract long seed();

    /** {@code SAMPLES} configurations after {@code THERMALIZATION} sweeps from φ = 0, one sweep apart. */
    double[][] chain() {
        Move move = sampler().bind(target, Parameters.empty());
        RandomStream random = RandomStream.of(seed());
        double[] field = new double[LATTICE.volume()];
        for (int s = 0; s < THERMALIZATION; s++) {
            move.sweep(field, random);
        }
        move.endThermalization();
        double[][] x = new double[SAMPLES][];
        for (int s = 0; s < SAMPLES; s++) {
            move.sweep(field, random);
            x[s] = field.clone();
        }
        return x;
    }

    @Test
    void covarianceIsThePropagator(TestReporter reporter) {
        double[][] x = chain();
        int v = LATTICE.volume();
        DMatrixRMaj g = target.covariance();
        DMatrixRMaj wrong = new DenseGaussianTarget(LATTICE, 1.2 * M2).covariance();
        double z = Tolerance.standardErrors(v * (v + 1) / 2);
        double[] product = new double[SAMPLES];
        double worst = 0;
        double worstWrong = 0;
        double maxTau = 0;
        for (int i = 0; i < v; i++) {
            for (int j = i; j < v; j++) {
                for (int s = 0; s < SAMPLES; s++) {
                    product[s] = x[s][i] * x[s][j];
                }
                GammaEstimate e = GammaMethod.analyse(product);
                String what = sampler().id() + " Cov(φ_" + i + ", φ_" + j + ")";
                assertTrue(e.windowFound(), what + ": the Γ-method found no window (chain too short for τ_int = " + e.tauInt() + ")");
                double score = (e.mean() - g.get(i, j)) / e.error();
                assertTrue(Math.abs(score) <= z, what + " = " + e.mean() + " ± " + e.error() + " (τ_int " + e.tauInt()
                        + ") vs exact " + g.get(i, j) + ": " + score + " standard errors off (allowed " + z + ")");
                worst = Math.max(worst, Math.abs(score));
                worstWrong = Math.max(worstWrong, Math.abs((e.mean() - wrong.get(i, j)) / e.error()));
                maxTau = Math.max(maxTau, e.tauInt());
            }
        }
        // power: the same data reject the covariance of a 20 % larger m²
        assertTrue(worstWrong > z, sampler().id() + ": the covariance at 1.2 m² was not rejected (max z = " + worstWrong + ")");
        reporter.publishEntry(sampler().id() + " covariance", String.format(
                "max |z| = %.2f (allowed %.2f), max tau_int(phi_i phi_j) = %.2f, max |z| at 1.2 m2 = %.1f", worst, z, maxTau, worstWrong));
    }

    @Test
    void meanIsZero() {
        double[][] x = chain();
        int v = LATTICE.volume();
        double z = Tolerance.standardErrors(v);
        double[] series = new double[SAMPLES];
        for (int i = 0; i < v; i++) {
            for (int s = 0; s < SAMPLES; s++) {
                series[s] = x[s][i];
            }
            GammaEstimate e = GammaMethod.analyse(series);
            assertTrue(Math.abs(e.mean()) <= z * e.error(), sampler().id() + " ⟨φ_" + i + "⟩ = " + e.mean() + " ± " + e.error()
                    + " is not 0 within " + z + " standard errors");
        }
    }

    /** PHYSICS 8: a move restored from {@code saveState()} into a fresh binding continues bit for bit. */
    @ParameterizedTest(name = "checkpoint after {0} sweeps")
    @ValueSource(ints = {0, 1, 2, 7})
    void resumedMoveContinuesBitIdentically(int before) {
        Move original = sampler().bind(target, Parameters.empty());
        RandomStream random = RandomStream.of(seed());
        double[] field = new double[LATTICE.volume()];
        for (int s = 0; s < before; s++) {
            original.sweep(field, random);
        }
        Move resumed = sampler().bind(target, Parameters.empty());
        resumed.restoreState(original.saveState().clone());
        RandomStream resumedRandom = RandomStream.fromState(random.state());
        double[] resumedField = field.clone();
        for (int s = 0; s < 9; s++) {
            original.sweep(field, random);
            resumed.sweep(resumedField, resumedRandom);
            assertArrayEquals(field, resumedField, sampler().id() + ": sweep " + s + " after the checkpoint differs");
        }
        assertArrayEquals(random.state(), resumedRandom.state(), "the streams advanced differently");
    }

    @Test
    void acceptsTheGaussianTarget() {
        Sampler s = sampler();
        assertFalse(s.requires().isEmpty(), s.id() + " names no capability");
        for (Class<? extends Target> c : s.requires()) {
            assertTrue(c.isInstance(target), c.getSimpleName());
        }
        assertTrue(s.accepts(target));
    }

    @Test
    void bindRefusesATargetWithoutTheCapability() {
        assertRefused(sampler(), new Target() {
            @Override
            public Lattice lattice() {
                return LATTICE;
            }

            @Override
            public String describe() {
                return "a bare target";
            }
        });
    }

    /** {@code accepts} is false and {@code bind} throws with a message naming the sampler and the target. */
    static void assertRefused(Sampler sampler, Target t) {
        assertFalse(sampler.accepts(t), sampler.id() + " accepts " + t.describe());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sampler.bind(t, Parameters.empty()));
        assertTrue(e.getMessage().contains(sampler.id()) && e.getMessage().contains(t.describe()), e.getMessage());
    }
}
