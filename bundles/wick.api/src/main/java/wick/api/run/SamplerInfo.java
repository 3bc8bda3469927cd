package wick.api.run;

import java.util.List;

/**
 * An installed sampler.
 *
 * @param id          the sampler id
 * @param description one line
 * @param requires    simple names of the capability interfaces it needs
 * @param bundle      the symbolic name of the bundle that provides it
 * @param version     that bundle's version
 */
public record SamplerInfo(String id, String description, List<String> requires, String bundle, String version) {
}
