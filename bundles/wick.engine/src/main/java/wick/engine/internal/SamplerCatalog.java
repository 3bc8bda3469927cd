package wick.engine.internal;

import java.util.Optional;

import wick.api.param.Parameters;
import wick.api.sampler.Sampler;

/** Where a chain finds the sampler it switches to (the service registry in the workbench, a map in tests). */
interface SamplerCatalog {
    /** The sampler with this id, if installed. */
    Optional<Installed<Sampler>> sampler(String id);

    /**
     * The sampler's own parameters: its OCD's defaults overridden by {@code raw} (empty when it has none).
     *
     * @throws wick.api.param.ParameterException naming {@code SAMPLER.PARAMETER} for a bad value
     */
    default Parameters parameters(String samplerId, java.util.Map<String, String> raw) {
        return Parameters.empty();
    }
}
