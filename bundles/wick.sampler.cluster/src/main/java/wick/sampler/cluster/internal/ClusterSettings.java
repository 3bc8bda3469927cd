package wick.sampler.cluster.internal;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;

/**
 * The cluster sampler's parameters: the values given, or the OCD defaults ({@link ClusterSampler.Config})
 * for those missing (tests and code may bind with {@link Parameters#empty()}), validated with
 * messages that name the parameter. The engine has already checked the OCD's inclusive bounds; the
 * checks here repeat them for callers that bypass it, and add the exclusive ones the OCD cannot say.
 *
 * @param clusters         Wolff single-cluster flips per sweep, ≥ 1
 * @param metropolisSweeps Metropolis sweeps per sweep, ≥ 1
 * @param step             initial Metropolis step δ, finite and > 0
 * @param targetAcceptance the acceptance the step is tuned towards during thermalisation
 */
record ClusterSettings(int clusters, int metropolisSweeps, double step, double targetAcceptance) {
    static final String CLUSTERS = "clusters";
    static final String METROPOLIS_SWEEPS = "metropolisSweeps";
    static final String STEP = "step";
    static final String TARGET_ACCEPTANCE = "targetAcceptance";

    static final int DEFAULT_CLUSTERS = 1;
    static final int DEFAULT_METROPOLIS_SWEEPS = 1;
    static final double DEFAULT_STEP = 1.0;
    static final double DEFAULT_TARGET_ACCEPTANCE = 0.5;
    static final double MIN_TARGET_ACCEPTANCE = 0.05;
    static final double MAX_TARGET_ACCEPTANCE = 0.95;

    /**
     * @throws ParameterException naming the first parameter that is malformed or out of range
     */
    static ClusterSettings from(Parameters p) {
        int clusters = p.has(CLUSTERS) ? p.integer(CLUSTERS) : DEFAULT_CLUSTERS;
        if (clusters < 1) {
            throw new ParameterException(CLUSTERS, String.valueOf(clusters),
                    "an integer ≥ 1 (Wolff single-cluster flips per sweep)");
        }
        int sweeps = p.has(METROPOLIS_SWEEPS) ? p.integer(METROPOLIS_SWEEPS) : DEFAULT_METROPOLIS_SWEEPS;
        if (sweeps < 1) {
            throw new ParameterException(METROPOLIS_SWEEPS, String.valueOf(sweeps),
                    "an integer ≥ 1 (the Metropolis sweeps change |phi|, which cluster flips cannot;"
                            + " without them the chain is not ergodic)");
        }
        double step = p.has(STEP) ? p.real(STEP) : DEFAULT_STEP;
        if (!(step >= Metropolis.MIN_STEP && step <= Metropolis.MAX_STEP)) {
            throw new ParameterException(STEP, String.valueOf(step),
                    "a number between " + Metropolis.MIN_STEP + " and " + Metropolis.MAX_STEP + " (the initial Metropolis step)");
        }
        double target = p.has(TARGET_ACCEPTANCE) ? p.real(TARGET_ACCEPTANCE) : DEFAULT_TARGET_ACCEPTANCE;
        if (!(target >= MIN_TARGET_ACCEPTANCE && target <= MAX_TARGET_ACCEPTANCE)) {
            throw new ParameterException(TARGET_ACCEPTANCE, String.valueOf(target),
                    "a number between " + MIN_TARGET_ACCEPTANCE + " and " + MAX_TARGET_ACCEPTANCE);
        }
        return new ClusterSettings(clusters, sweeps, step, target);
    }
}
