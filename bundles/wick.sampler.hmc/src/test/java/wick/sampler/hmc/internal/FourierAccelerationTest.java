package wick.sampler.hmc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.model.ebm.Phi4Target;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * Free field (λ = 0) on 16x16 with a long correlation length, {@code m² = 0.01}: the magnetisation
 * M is the slowest mode of plain HMC. Both samplers run trajectories of the same length
 * {@code L = π/2} (16 steps of π/32, no tuning). For a free field a mode of frequency ω
 * (ω² = eigenvalue of {@code M⁻¹K}) is an AR(1) process with {@code ρ = cos θ}, where θ is the
 * leapfrog's rotation angle over L ({@code cos(θ/n) = 1 − ε²ω²/2}), so
 * {@code τ_int = ½ (1+ρ)/(1−ρ)} when every trajectory is accepted. Plain HMC: ω = m = 0.1,
 * τ_int ≈ 81. FA-HMC at {@code m_acc² = m²}: ω = 1 for every mode, θ ≈ π/2, τ_int ≈ ½.
 */
class FourierAccelerationTest {
    private static final double M2 = 0.01;
    private static final int STEPS = 16;
    private static final double STEP_SIZE = Math.PI / 32;

    private static Parameters parameters(boolean accelerated) {
        return Parameters.of(accelerated
                ? Map.of("steps", STEPS, "stepSize", STEP_SIZE, "adaptStepSize", false, "accelerationMass2", M2)
                : Map.of("steps", STEPS, "stepSize", STEP_SIZE, "adaptStepSize", false));
    }

    /** {@code ½(1+ρ)/(1−ρ)} with {@code ρ = 1 − a(1 − cos θ)}: acceptance a, leapfrog angle θ for frequency ω. */
    private static double predictedTauInt(double omega, double acceptance) {
        double theta = STEPS * Math.acos(1 - STEP_SIZE * STEP_SIZE * omega * omega / 2);
        double rho = 1 - acceptance * (1 - Math.cos(theta));
        return 0.5 * (1 + rho) / (1 - rho);
    }

    @Test
    void acceleratedMagnetisationDecorrelatesInOneTrajectory() {
        Phi4Target target = new Phi4Target(Lattice.of(16, 16), M2, 0, null);
        GammaEstimate[] e = new GammaEstimate[2];
        double[] acceptance = new double[2];
        int[] samples = {40_000, 8_000};
        for (int k = 0; k < 2; k++) {
            boolean accelerated = k == 1;
            Move move = (accelerated ? new FaHmcSampler() : new HmcSampler()).bind(target, parameters(accelerated));
            double[] field = new double[target.lattice().volume()];
            double[] m = Chains.run(move, field, RandomStream.of(21 + k), 300, samples[k], Chains::magnetisation);
            acceptance[k] = move.acceptance();
            e[k] = GammaMethod.analyse(m);
        }
        double plainPredicted = predictedTauInt(Math.sqrt(M2), acceptance[0]);
        double faPredicted = predictedTauInt(1.0, acceptance[1]);
        System.out.printf("16x16 free field, m2 = m_acc2 = %.2f, L = pi/2: tau_int(M) hmc %.2f +- %.2f (predicted %.2f,"
                + " acceptance %.4f); fa-hmc %.3f +- %.3f (predicted %.3f, acceptance %.4f)%n", M2, e[0].tauInt(),
                e[0].tauIntError(), plainPredicted, acceptance[0], e[1].tauInt(), e[1].tauIntError(), faPredicted,
                acceptance[1]);
        assertEquals(plainPredicted, e[0].tauInt(), Tolerance.STANDARD_ERRORS * e[0].tauIntError(), "hmc tau_int(M)");
        assertEquals(faPredicted, e[1].tauInt(), Tolerance.STANDARD_ERRORS * e[1].tauIntError(), "fa-hmc tau_int(M)");
        assertTrue(e[1].tauInt() < 1, "fa-hmc tau_int(M) = " + e[1].tauInt() + " should be about 1/2");
        assertTrue(e[0].tauInt() > 20 * e[1].tauInt(), "fa-hmc should beat hmc by far on the slowest mode");
    }
}
