package wick.api.run;

/**
 * One entry of a chain's sampler history: from sweep {@code fromSweep} on, the chain used
 * {@code samplerId} from bundle {@code bundle} at {@code version}.
 */
public record SamplerSpan(String samplerId, long fromSweep, String bundle, String version) {
}
