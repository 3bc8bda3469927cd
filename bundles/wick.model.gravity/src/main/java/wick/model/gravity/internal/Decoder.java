package wick.model.gravity.internal;

import wick.api.random.RandomStream;

/** An exact sampler of the decoder {@code φ | σ ~ N(0, K[σ]⁻¹)} (PHYSICS section 4). */
public interface Decoder {
    /**
     * Draws one φ.
     *
     * @param random the chain's stream (advanced)
     * @param out    overwritten with φ, length V
     */
    void sample(RandomStream random, double[] out);
}
