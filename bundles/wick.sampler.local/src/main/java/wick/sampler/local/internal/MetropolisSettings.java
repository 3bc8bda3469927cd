package wick.sampler.local.internal;

import wick.api.param.Parameters;

/**
 * The Metropolis move's parameters, shared by {@code metropolis} and {@code overrelaxation}; the
 * defaults are the OCD defaults of both samplers.
 *
 * @param step             the starting proposal half-width δ ({@code > 0})
 * @param targetAcceptance the acceptance rate δ is tuned towards during thermalisation, in (0, 1)
 * @param hits             proposals per site per sweep ({@code ≥ 1})
 */
record MetropolisSettings(double step, double targetAcceptance, int hits) {
    static final String STEP = "step";
    static final String TARGET_ACCEPTANCE = "targetAcceptance";
    static final String HITS = "hits";
    static final double DEFAULT_STEP = 1.0;
    static final double DEFAULT_TARGET_ACCEPTANCE = 0.5;
    static final int DEFAULT_HITS = 1;

    /**
     * @throws wick.api.param.ParameterException naming the parameter when a value is out of range
     */
    static MetropolisSettings from(Parameters p) {
        return new MetropolisSettings(ParameterValues.positive(p, STEP, DEFAULT_STEP),
                ParameterValues.openUnit(p, TARGET_ACCEPTANCE, DEFAULT_TARGET_ACCEPTANCE),
                ParameterValues.atLeast(p, HITS, DEFAULT_HITS, 1));
    }
}
