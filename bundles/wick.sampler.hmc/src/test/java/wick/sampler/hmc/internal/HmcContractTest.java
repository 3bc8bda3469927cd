package wick.sampler.hmc.internal;

import wick.api.sampler.Sampler;
import wick.sampler.contract.SamplerContract;

/** The sampler contract for {@code hmc} with its default parameters (step-size tuning on). */
class HmcContractTest extends SamplerContract {
    @Override
    protected Sampler sampler() {
        return new HmcSampler();
    }
}
