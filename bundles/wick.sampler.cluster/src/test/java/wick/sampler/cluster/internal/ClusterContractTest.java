package wick.sampler.cluster.internal;

import wick.api.sampler.Sampler;
import wick.sampler.contract.SamplerContract;

/**
 * The sampler contract with the default parameters (one cluster and one Metropolis sweep per
 * sweep). The contract's source test skips itself: {@code cluster} does not accept a source.
 */
class ClusterContractTest extends SamplerContract {
    @Override
    protected Sampler sampler() {
        return new ClusterSampler();
    }
}
