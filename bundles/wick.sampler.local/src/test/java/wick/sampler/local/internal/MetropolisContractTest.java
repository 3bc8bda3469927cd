package wick.sampler.local.internal;

import wick.api.sampler.Sampler;
import wick.sampler.contract.SamplerContract;

/** {@code metropolis} passes the sampler contract with its default parameters. */
class MetropolisContractTest extends SamplerContract {
    @Override
    protected Sampler sampler() {
        return new MetropolisSampler();
    }
}
