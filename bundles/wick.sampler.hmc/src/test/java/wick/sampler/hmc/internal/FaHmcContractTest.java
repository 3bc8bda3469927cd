package wick.sampler.hmc.internal;

import wick.api.sampler.Sampler;
import wick.sampler.contract.SamplerContract;

/** The sampler contract for {@code fa-hmc} with its default parameters (m_acc² = 1, step-size tuning on). */
class FaHmcContractTest extends SamplerContract {
    @Override
    protected Sampler sampler() {
        return new FaHmcSampler();
    }
}
