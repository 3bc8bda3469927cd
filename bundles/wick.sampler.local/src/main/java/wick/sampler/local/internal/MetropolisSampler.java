package wick.sampler.local.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.model.LocalActionTarget;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/**
 * Single-site Metropolis (PHYSICS 2.2) for any target with a local action change: a sweep is
 * {@code V·hits} proposals {@code φ_n + δu}, u uniform in [−1, 1], in site order, each accepted with
 * {@code min(1, e^{−ΔS})}; symmetric proposals make each update satisfy detailed balance, so
 * {@code p ∝ e^{−S}} is invariant ({@link MetropolisMove}). δ starts at {@code step} and is tuned
 * towards {@code targetAcceptance} during thermalisation, then frozen ({@link StepSize}). A move
 * bound after thermalisation (a sampler switched in mid-run, whose {@code endThermalization()} comes
 * at once) keeps δ = {@code step}.
 */
@Component(name = MetropolisSampler.ID, service = Sampler.class, property = Sampler.ID + "=" + MetropolisSampler.ID)
@Designate(ocd = MetropolisSampler.Config.class)
public final class MetropolisSampler implements Sampler {
    static final String ID = "metropolis";

    @ObjectClassDefinition(id = ID, name = "Metropolis",
            description = "Single-site Metropolis: proposals phi_n + step*u, u uniform in [-1, 1], site by site;"
                    + " the step is tuned towards the target acceptance during thermalisation, then frozen.")
    @interface Config {
        @AttributeDefinition(name = "Step", description = "Starting proposal half-width (> 0); tuned during"
                + " thermalisation, then frozen", min = "1e-9")
        double step() default MetropolisSettings.DEFAULT_STEP;

        @AttributeDefinition(name = "Target acceptance", description = "Acceptance rate the step is tuned towards"
                + " during thermalisation, strictly between 0 and 1", min = "0.01", max = "0.99")
        double targetAcceptance() default MetropolisSettings.DEFAULT_TARGET_ACCEPTANCE;

        @AttributeDefinition(name = "Hits", description = "Proposals per site per sweep (multi-hit)", min = "1")
        int hits() default MetropolisSettings.DEFAULT_HITS;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Single-site Metropolis with a uniform proposal; step tuned during thermalisation";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(LocalActionTarget.class);
    }

    /**
     * @throws IllegalArgumentException naming this sampler and the target when the target has no local action change
     * @throws wick.api.param.ParameterException naming the parameter when a value is out of range
     */
    @Override
    public Move bind(Target target, Parameters parameters) {
        if (!accepts(target)) {
            throw new IllegalArgumentException(ID + " needs a target with a local action change (LocalActionTarget); "
                    + target.describe() + " has none");
        }
        return new MetropolisMove(ID, (LocalActionTarget) target, MetropolisSettings.from(parameters));
    }
}
