package org.example.slice.internal;

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
 * Sampler {@code slice}: single-site slice sampling (R. M. Neal, Ann. Statist. 31 (2003) 705) for
 * any target with local action differences ({@link LocalActionTarget}); see {@link SliceMove}. Every
 * update is accepted; the cost per site is a few evaluations of ΔS, more when the width is far from
 * the scale of the conditional.
 */
@Component(name = SliceSampler.ID, service = Sampler.class, property = Sampler.ID + "=" + SliceSampler.ID)
@Designate(ocd = SliceSampler.Config.class)
public final class SliceSampler implements Sampler {
    static final String ID = "slice";
    static final String WIDTH = "width";
    static final String MAX_STEPS = "maxSteps";
    static final double DEFAULT_WIDTH = 1.0;
    static final int DEFAULT_MAX_STEPS = 10;

    @ObjectClassDefinition(id = ID, name = "Slice sampling",
            description = "Single-site slice sampling: a level under the conditional density, an interval stepped out"
                    + " around the site's value, shrunk until a point under the level is drawn. Always accepted.")
    @interface Config {
        @AttributeDefinition(name = "Width", description = "Width w of the initial interval and of each step out (> 0);"
                + " about the width of one site's conditional distribution is best", min = "1e-9")
        double width() default DEFAULT_WIDTH;

        @AttributeDefinition(name = "Max steps", description = "Most steps out (left and right together), m >= 1",
                min = "1")
        int maxSteps() default DEFAULT_MAX_STEPS;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Single-site slice sampling (stepping out, shrinkage); every update accepted";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(LocalActionTarget.class);
    }

    /**
     * @throws IllegalArgumentException naming this sampler when the target has no local action change
     * @throws ParameterException naming {@code width} or {@code maxSteps} when out of range
     */
    @Override
    public Move bind(Target target, Parameters parameters) {
        if (!accepts(target)) {
            throw new IllegalArgumentException(ID + " needs a target with a local action change (LocalActionTarget); "
                    + target.describe() + " has none");
        }
        double w = parameters.has(WIDTH) ? parameters.real(WIDTH) : DEFAULT_WIDTH;
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new ParameterException(WIDTH, parameters.strings().getOrDefault(WIDTH, String.valueOf(w)), "a finite number > 0");
        }
        int m = parameters.has(MAX_STEPS) ? parameters.integer(MAX_STEPS) : DEFAULT_MAX_STEPS;
        if (m < 1) {
            throw new ParameterException(MAX_STEPS, parameters.strings().getOrDefault(MAX_STEPS, String.valueOf(m)), "an integer ≥ 1");
        }
        return new SliceMove((LocalActionTarget) target, w, m);
    }
}
