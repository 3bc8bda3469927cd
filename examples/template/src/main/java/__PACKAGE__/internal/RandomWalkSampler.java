package @PACKAGE@.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.model.LocalActionTarget;
import wick.api.model.Target;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/**
 * Sampler {@code @ARTIFACT@}: single-site random-walk Metropolis with Gaussian proposals
 * {@code φ_n → φ_n + σ ξ}, ξ ~ N(0, 1), accepted with {@code min(1, e^{−ΔS})} ({@link RandomWalkMove}).
 * It needs a target with local action differences ({@link LocalActionTarget}); the workbench offers it
 * for every such model. Its parameter {@code sigma} is described by the Metatype OCD below, whose id is
 * the sampler id.
 */
@Component(name = RandomWalkSampler.ID, service = Sampler.class, property = Sampler.ID + "=" + RandomWalkSampler.ID)
@Designate(ocd = RandomWalkSampler.Config.class)
public final class RandomWalkSampler implements Sampler {
    static final String ID = "@ARTIFACT@";
    static final String SIGMA = "sigma";
    static final double DEFAULT_SIGMA = 0.8;

    @ObjectClassDefinition(id = ID, name = "@ARTIFACT@",
            description = "Single-site random-walk Metropolis with Gaussian proposals of width sigma.")
    @interface Config {
        @AttributeDefinition(name = "σ", description = "Proposal width sigma > 0", min = "1e-9")
        double sigma() default DEFAULT_SIGMA;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Single-site random-walk Metropolis with Gaussian proposals";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(LocalActionTarget.class);
    }

    /**
     * @throws IllegalArgumentException naming this sampler when the target has no local action change
     * @throws ParameterException naming {@code sigma} when it is not a finite number > 0
     */
    @Override
    public Move bind(Target target, Parameters parameters) {
        if (!accepts(target)) {
            throw new IllegalArgumentException(ID + " needs a target with a local action change (LocalActionTarget); "
                    + target.describe() + " has none");
        }
        double sigma = parameters.has(SIGMA) ? parameters.real(SIGMA) : DEFAULT_SIGMA;
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new ParameterException(SIGMA, parameters.strings().getOrDefault(SIGMA, String.valueOf(sigma)), "a finite number > 0");
        }
        return new RandomWalkMove((LocalActionTarget) target, sigma);
    }
}
