package wick.engine.internal;

import java.util.Optional;

import wick.api.param.Parameters;
import wick.api.sampler.Sampler;

/** Where a chain finds the sampler it switches to (the service registry in the workbench, a map in tests). */
interface SamplerCatalog {
    /** The sampler with this id, if installed. */
    Optional<Installed<Sampler>> sampler(String id);

    /** The sampler's own parameters at their defaults (empty when it has none). */
    default Parameters defaultParameters(String samplerId) {
        return Parameters.empty();
    }
}
