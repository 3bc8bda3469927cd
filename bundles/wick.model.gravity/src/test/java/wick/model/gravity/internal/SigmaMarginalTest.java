package wick.model.gravity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.model.gravity.Blocks;
import wick.model.gravity.StressOption;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * Issue 6 acceptance: on a 3×3 lattice with one block (M = V = 9) the Gibbs sampler's σ moments
 * (mean and variance of each component) match the exact marginal p(σ) ∝ e^{−S_eff} 1[Ω] by 3-D
 * quadrature, for two values of κ², within 4 Γ-method standard errors; the direct sampler agrees.
 */
class SigmaMarginalTest {
    static final Lattice LATTICE = Lattice.of(3, 3);
    static final double M2 = 1.0;

    static LatentGravityTarget target(double kappa2) {
        return new LatentGravityTarget(Blocks.parse(LATTICE, "3x3"), M2, kappa2, StressOption.SYMMETRIC, "dense");
    }

    static SigmaMarginalQuadrature.Moments exact(double kappa2) {
        LatentModel model = target(kappa2).model();
        double tauMax = Math.sqrt(1 + 12 * Math.sqrt(kappa2 * 2 / 9)); // u up to 12 prior widths above 0
        SigmaMarginalQuadrature.Moments a = SigmaMarginalQuadrature.moments(model, tauMax, 80, 40, 64);
        SigmaMarginalQuadrature.Moments b = SigmaMarginalQuadrature.moments(model, tauMax, 120, 60, 96);
        for (int q = 0; q < 3; q++) {
            assertEquals(b.mean()[q], a.mean()[q], 1e-6, "quadrature converged (far below the statistical errors, ~1e-3) (mean " + q + ")");
            assertEquals(b.variance()[q], a.variance()[q], 1e-6, "quadrature converged (variance " + q + ")");
        }
        return b;
    }

    /** Runs a chain and compares mean and variance of each component with the quadrature. */
    static void check(Move move, LatentGravityTarget target, SigmaMarginalQuadrature.Moments exact, int n, long seed, String what) {
        RandomStream r = RandomStream.of(seed);
        double[] phi = new double[LATTICE.volume()];
        for (int k = 0; k < 2000; k++) {
            move.sweep(phi, r);
        }
        move.endThermalization();
        double[][] x = new double[3][n];
        double[][] dev = new double[3][n];
        for (int k = 0; k < n; k++) {
            move.sweep(phi, r);
            double[] s = target.latest().values();
            for (int q = 0; q < 3; q++) {
                x[q][k] = s[q];
                double d = s[q] - exact.mean()[q];
                dev[q][k] = d * d;
            }
        }
        for (int q = 0; q < 3; q++) {
            GammaEstimate mean = GammaMethod.analyse(x[q]);
            GammaEstimate var = GammaMethod.analyse(dev[q]); // E(σ − ⟨σ⟩_exact)² = Var σ exactly
            System.out.printf("%s q=%d mean %.6f ± %.6f (exact %.6f, tau %.2f)  var %.6f ± %.6f (exact %.6f)%n", what, q,
                    mean.mean(), mean.error(), exact.mean()[q], mean.tauInt(), var.mean(), var.error(), exact.variance()[q]);
            assertEquals(exact.mean()[q], mean.mean(), Tolerance.STANDARD_ERRORS * mean.error(), what + " mean of component " + q);
            assertEquals(exact.variance()[q], var.mean(), Tolerance.STANDARD_ERRORS * var.error(), what + " variance of component " + q);
        }
    }

    @Test
    void gibbsAndDirectSamplerMatchTheQuadratureAtSmallKappa() {
        run(0.2, 41);
    }

    @Test
    void gibbsAndDirectSamplerMatchTheQuadratureAtLargerKappa() {
        run(0.6, 43);
    }

    private static void run(double kappa2, long seed) {
        SigmaMarginalQuadrature.Moments exact = exact(kappa2);
        assertTrue(exact.variance()[0] > 0 && Math.abs(exact.mean()[1]) < 1e-12, "no shear on average");
        LatentGravityTarget gibbsTarget = target(kappa2);
        check(new GibbsSampler().bind(gibbsTarget, Parameters.empty()), gibbsTarget, exact, 60_000, seed, "gibbs k2=" + kappa2);
        LatentGravityTarget directTarget = target(kappa2);
        check(new SigmaMetropolisSampler().bind(directTarget, Parameters.empty()), directTarget, exact, 60_000, seed + 1,
                "metropolis k2=" + kappa2);
    }
}
