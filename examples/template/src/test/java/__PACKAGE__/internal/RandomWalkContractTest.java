package @PACKAGE@.internal;

import wick.api.sampler.Sampler;
import wick.sampler.contract.SamplerContract;

/**
 * {@code @ARTIFACT@} passes Wick's sampler contract: exact free-field ⟨φ²⟩ and C(τ), exact φ⁴ moments
 * on 2 and 3 sites, bit-identical continuation after a restore, refusal of a target it cannot sample.
 */
class RandomWalkContractTest extends SamplerContract {
    @Override
    protected Sampler sampler() {
        return new RandomWalkSampler();
    }
}
