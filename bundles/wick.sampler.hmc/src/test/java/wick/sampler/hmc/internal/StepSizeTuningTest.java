package wick.sampler.hmc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Sampler;
import wick.model.ebm.Phi4Target;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * Step-size tuning on 8x8 φ⁴ near the broken phase: after thermalisation the acceptance is near the
 * target, the step size is frozen, the trajectory length is kept (to within one step), and the equilibrium identity
 * {@code ⟨e^{−ΔH}⟩ = 1} (area preservation + reversibility) holds within its Γ-method error.
 */
class StepSizeTuningTest {
    @ParameterizedTest
    @ValueSource(strings = {HmcSampler.ID, FaHmcSampler.ID})
    void tunedAcceptanceIsNearTargetAndExpMinusDeltaHAveragesToOne(String id) {
        Sampler sampler = id.equals(HmcSampler.ID) ? new HmcSampler() : new FaHmcSampler();
        Phi4Target target = new Phi4Target(Lattice.of(8, 8), -0.4, 1.2, null);
        double length = 2 * 1.2;
        HmcMove move = (HmcMove) sampler.bind(target, Parameters.of(Map.of("steps", 2, "stepSize", 1.2)));
        double[] field = new double[64];
        double[] expMinusDeltaH = Chains.run(move, field, RandomStream.of(5), 1000, 4000, f -> Math.exp(-move.lastDeltaH()));
        double eps = move.stepSize();
        int steps = move.steps();
        double acceptance = move.acceptance();
        GammaEstimate creutz = GammaMethod.analyse(expMinusDeltaH);
        System.out.printf("%s tuned on 8x8 phi^4: step size %.4f x %d steps, acceptance %.3f (target 0.8),"
                + " <exp(-dH)> = %.4f +- %.4f%n", id, eps, steps, acceptance, creutz.mean(), creutz.error());
        assertTrue(eps * steps >= length && eps * (steps - 1) < length, "trajectory length is kept to within one step");
        assertEquals(0.8, acceptance, 0.06, id + " acceptance after tuning");
        assertEquals(1.0, creutz.mean(), Tolerance.STANDARD_ERRORS * creutz.error(), id + " <exp(-dH)>");
        assertTrue(steps > 2, "the tuning should refine the deliberately coarse start");
        move.sweep(field, RandomStream.of(6));
        assertEquals(eps, move.stepSize(), 0.0, "frozen after thermalisation");
    }
}
