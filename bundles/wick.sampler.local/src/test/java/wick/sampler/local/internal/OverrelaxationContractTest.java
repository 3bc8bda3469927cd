package wick.sampler.local.internal;

import wick.api.sampler.Sampler;
import wick.sampler.contract.SamplerContract;

/** {@code overrelaxation} passes the sampler contract with its default parameters. */
class OverrelaxationContractTest extends SamplerContract {
    @Override
    protected Sampler sampler() {
        return new OverrelaxationSampler();
    }
}
