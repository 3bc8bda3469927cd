package org.example.slice.internal;

import wick.api.sampler.Sampler;
import wick.sampler.contract.SamplerContract;

/** {@code slice} passes Wick's sampler contract with its default parameters. */
class SliceContractTest extends SamplerContract {
    @Override
    protected Sampler sampler() {
        return new SliceSampler();
    }
}
