package wick.sampler.hmc.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.model.ForceTarget;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/**
 * Hybrid Monte Carlo (PHYSICS 2.2), sampler id {@code hmc}: momenta {@code π ~ N(0, I)},
 * {@code H = ½πᵀπ + S(φ)}, a leapfrog trajectory of {@code steps} steps of size {@code stepSize}
 * (length {@code steps·stepSize}) with the target's force {@code F = −∂S/∂φ}, and a Metropolis
 * test {@code min(1, e^{−ΔH})}; on rejection the field is restored. Exact because the leapfrog
 * preserves phase-space volume and is reversible, so the Metropolis test on ΔH alone gives detailed
 * balance for {@code e^{−H}}, whose φ-marginal is {@code e^{−S}} (details: {@link HmcMove}). One
 * sweep is one trajectory; all sites move at once. Parameters and the optional step-size tuning: {@link HmcSettings}. Needs a
 * {@link ForceTarget}.
 */
@Component(name = HmcSampler.ID, service = Sampler.class, property = Sampler.ID + "=" + HmcSampler.ID)
@Designate(ocd = HmcSampler.Config.class)
public final class HmcSampler implements Sampler {
    static final String ID = "hmc";

    @ObjectClassDefinition(id = ID, name = "Hybrid Monte Carlo",
            description = "Leapfrog trajectories with momenta N(0, I) and a Metropolis test on the energy error;"
                    + " one sweep is one trajectory.")
    @interface Config {
        @AttributeDefinition(name = "Steps", description = HmcSettings.STEPS_HELP, min = "1")
        int steps() default HmcSettings.DEFAULT_STEPS;

        @AttributeDefinition(name = "Step size", description = HmcSettings.STEP_SIZE_HELP)
        double stepSize() default HmcSettings.DEFAULT_STEP_SIZE;

        @AttributeDefinition(name = "Adapt step size", description = HmcSettings.ADAPT_HELP)
        boolean adaptStepSize() default HmcSettings.DEFAULT_ADAPT;

        @AttributeDefinition(name = "Target acceptance", description = HmcSettings.TARGET_HELP, min = "0.01", max = "0.99")
        double targetAcceptance() default HmcSettings.DEFAULT_TARGET;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Hybrid Monte Carlo: leapfrog trajectories with momenta N(0, I), Metropolis test on Delta H";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(ForceTarget.class);
    }

    @Override
    public Move bind(Target target, Parameters parameters) {
        ForceTarget f = forceTarget(ID, this, target);
        HmcSettings settings = HmcSettings.read(parameters);
        return new HmcMove(ID, new Leapfrog(f, new UnitKinetic()), new StepSizeAdapter(settings), f.lattice().volume());
    }

    /** The target as a ForceTarget, or an IllegalArgumentException naming the sampler and the target. */
    static ForceTarget forceTarget(String id, Sampler sampler, Target target) {
        if (!sampler.accepts(target)) {
            throw new IllegalArgumentException(id + " needs a target with a force -dS/dphi (ForceTarget); "
                    + target.describe() + " has none");
        }
        return (ForceTarget) target;
    }
}
