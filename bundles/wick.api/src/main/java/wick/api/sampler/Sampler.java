package wick.api.sampler;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import wick.api.model.Target;
import wick.api.param.Parameters;

/**
 * A sampler service. It names the target capabilities it needs; the workbench offers it only for
 * targets that have them, and a running chain can switch to it between two sweeps.
 *
 * <p>Register with the service property {@link #ID}; its own parameters (if any) are described by a
 * Metatype OCD whose id equals {@link #id()}.
 */
@ConsumerType
public interface Sampler {
    /** Service property holding the sampler id. */
    String ID = "wick.sampler.id";

    /** Unique id, e.g. {@code "exact-fft"}. */
    String id();

    /** One line describing the algorithm. */
    String description();

    /** The capability interfaces (sub-interfaces of {@link Target}) a target must implement. */
    List<Class<? extends Target>> requires();

    /** Whether the target has every capability of {@link #requires()} (and whatever else the sampler checks). */
    default boolean accepts(Target target) {
        for (Class<? extends Target> c : requires()) {
            if (!c.isInstance(target)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Binds to a target.
     *
     * @param parameters the sampler's own validated parameters (empty when it has none)
     * @throws IllegalArgumentException when {@link #accepts(Target)} is false
     */
    Move bind(Target target, Parameters parameters);
}
