package wick.sampler.hmc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import wick.api.lattice.Lattice;
import wick.api.model.ActionTarget;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.sampler.Sampler;
import wick.model.ebm.Phi4Target;

/** Bad parameters are refused with messages naming them; targets without a force are refused. */
class ParameterValidationTest {
    private static final Phi4Target TARGET = new Phi4Target(Lattice.of(4, 4), 0.5, 1.0, null);

    private static Sampler sampler(String id) {
        return id.equals(HmcSampler.ID) ? new HmcSampler() : new FaHmcSampler();
    }

    @ParameterizedTest
    @CsvSource({
        "hmc, steps, 0", "hmc, steps, 2.5", "hmc, stepSize, 0", "hmc, stepSize, -0.1", "hmc, stepSize, Infinity",
        "hmc, targetAcceptance, 1.5", "hmc, targetAcceptance, 0", "hmc, adaptStepSize, maybe",
        "fa-hmc, steps, -3", "fa-hmc, stepSize, NaN", "fa-hmc, targetAcceptance, 1", "fa-hmc, accelerationMass2, 0",
        "fa-hmc, accelerationMass2, -1", "fa-hmc, accelerationMass2, x"})
    void badValueIsRefusedNamingTheParameter(String id, String parameter, String value) {
        Parameters p = new Parameters(Map.of(parameter, value), Map.of(parameter, value));
        ParameterException e = assertThrows(ParameterException.class, () -> sampler(id).bind(TARGET, p));
        assertEquals(parameter, e.parameter());
        assertTrue(e.getMessage().contains("'" + parameter + "'") && e.getMessage().contains(value), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {HmcSampler.ID, FaHmcSampler.ID})
    void defaultsApplyWhenParametersAreEmpty(String id) {
        HmcMove move = (HmcMove) sampler(id).bind(TARGET, Parameters.empty());
        assertEquals(HmcSettings.DEFAULT_STEPS, move.steps());
        assertEquals(HmcSettings.DEFAULT_STEP_SIZE, move.stepSize());
        HmcMove typed = (HmcMove) sampler(id).bind(TARGET, Parameters.of(Map.of("steps", 7, "stepSize", 0.05)));
        assertEquals(7, typed.steps());
        assertEquals(0.05, typed.stepSize());
    }

    @ParameterizedTest
    @ValueSource(strings = {HmcSampler.ID, FaHmcSampler.ID})
    void targetWithoutForceIsRefusedNamingSamplerAndTarget(String id) {
        ActionTarget actionOnly = new ActionTarget() {
            @Override
            public Lattice lattice() {
                return Lattice.of(4);
            }

            @Override
            public String describe() {
                return "an action without a force";
            }

            @Override
            public double action(double[] field) {
                return 0;
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sampler(id).bind(actionOnly, Parameters.empty()));
        assertTrue(e.getMessage().contains(id) && e.getMessage().contains("an action without a force"), e.getMessage());
    }

    @Test
    void restoringAForeignStateIsRefusedNamingTheSampler() {
        HmcMove move = (HmcMove) new HmcSampler().bind(TARGET, Parameters.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> move.restoreState(new double[] {1}));
        assertTrue(e.getMessage().contains("hmc"), e.getMessage());
    }
}
