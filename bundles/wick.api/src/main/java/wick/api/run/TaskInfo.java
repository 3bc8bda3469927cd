package wick.api.run;

/**
 * An installed task.
 *
 * @param id          the task id
 * @param description one line
 * @param chain       whether it runs a Markov chain (takes a sampler)
 * @param bundle      the symbolic name of the bundle that provides it
 * @param version     that bundle's version
 */
public record TaskInfo(String id, String description, boolean chain, String bundle, String version) {
}
