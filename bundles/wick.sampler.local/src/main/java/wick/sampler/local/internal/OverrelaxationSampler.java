package wick.sampler.local.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.model.LocalPolynomialTarget;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/**
 * Overrelaxation for φ⁴-type targets: one sweep is {@code reflections} overrelaxation sweeps
 * followed by {@code metropolisSweeps} single-site Metropolis sweeps ({@link OverrelaxationMove}).
 * The reflection {@code x → −c_1/c_2 − x} of each site about the mean of the Gaussian part of its
 * local action is an involution with unit Jacobian, accepted with {@code min(1, e^{−c_4(x'⁴ − x⁴)})},
 * so it satisfies detailed balance; alone it is not ergodic (it conserves the free action exactly),
 * which is why every sweep also carries Metropolis sweeps. Both kernels leave {@code p ∝ e^{−S}}
 * invariant, hence so does their composition. Reflections move far at no rejection cost in the
 * nearly Gaussian regime, which shortens autocorrelations of long-wavelength modes.
 */
@Component(name = OverrelaxationSampler.ID, service = Sampler.class,
        property = Sampler.ID + "=" + OverrelaxationSampler.ID)
@Designate(ocd = OverrelaxationSampler.Config.class)
public final class OverrelaxationSampler implements Sampler {
    static final String ID = "overrelaxation";
    static final String REFLECTIONS = "reflections";
    static final String METROPOLIS_SWEEPS = "metropolisSweeps";
    static final int DEFAULT_REFLECTIONS = 3;
    static final int DEFAULT_METROPOLIS_SWEEPS = 1;

    @ObjectClassDefinition(id = ID, name = "Overrelaxation",
            description = "Per sweep: overrelaxation sweeps (each site reflected about the mean of the Gaussian part of"
                    + " its local action, accepted on the quartic change), then Metropolis sweeps for ergodicity.")
    @interface Config {
        @AttributeDefinition(name = "Reflections", description = "Overrelaxation sweeps per sweep (per Metropolis"
                + " sweep when that is 1)", min = "1")
        int reflections() default DEFAULT_REFLECTIONS;

        @AttributeDefinition(name = "Metropolis sweeps", description = "Metropolis sweeps per sweep, after the"
                + " reflections (needed for ergodicity)", min = "1")
        int metropolisSweeps() default DEFAULT_METROPOLIS_SWEEPS;

        @AttributeDefinition(name = "Step", description = "Starting Metropolis proposal half-width (> 0); tuned during"
                + " thermalisation, then frozen", min = "1e-9")
        double step() default MetropolisSettings.DEFAULT_STEP;

        @AttributeDefinition(name = "Target acceptance", description = "Metropolis acceptance rate the step is tuned"
                + " towards during thermalisation, strictly between 0 and 1", min = "0.01", max = "0.99")
        double targetAcceptance() default MetropolisSettings.DEFAULT_TARGET_ACCEPTANCE;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Overrelaxation (reflection about the local Gaussian mean, quartic accept) combined with Metropolis";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(LocalPolynomialTarget.class);
    }

    /**
     * @throws IllegalArgumentException naming this sampler and the target when the target's local action is not a
     *         known polynomial
     * @throws wick.api.param.ParameterException naming the parameter when a value is out of range
     */
    @Override
    public Move bind(Target target, Parameters parameters) {
        if (!accepts(target)) {
            throw new IllegalArgumentException(ID + " needs a target whose local action is a polynomial c1 x + c2 x^2"
                    + " + c4 x^4 (LocalPolynomialTarget); " + target.describe() + " is not one");
        }
        LocalPolynomialTarget t = (LocalPolynomialTarget) target;
        int reflections = ParameterValues.atLeast(parameters, REFLECTIONS, DEFAULT_REFLECTIONS, 1);
        int metropolisSweeps = ParameterValues.atLeast(parameters, METROPOLIS_SWEEPS, DEFAULT_METROPOLIS_SWEEPS, 1);
        MetropolisMove metropolis = new MetropolisMove(ID, t, MetropolisSettings.from(parameters));
        return new OverrelaxationMove(ID, t, metropolis, reflections, metropolisSweeps);
    }
}
