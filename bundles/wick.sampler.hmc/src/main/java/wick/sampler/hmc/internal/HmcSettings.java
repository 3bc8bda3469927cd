package wick.sampler.hmc.internal;

import wick.api.param.Parameters;

/**
 * The integrator parameters both HMC samplers share, with their defaults and help texts (the OCDs
 * of {@link HmcSampler.Config} and {@link FaHmcSampler.Config} use these constants, so the fallback
 * defaults and the Metatype defaults cannot drift apart).
 *
 * <p>Scheme: the trajectory length is {@code L = steps · stepSize}. Without adaptation the leapfrog
 * makes exactly {@code steps} steps of size {@code stepSize}. With adaptation ({@link StepSizeAdapter})
 * {@code L} is kept and only the resolution changes: during thermalisation the step size ε is tuned
 * towards {@code targetAcceptance} and the number of steps becomes {@code ⌈L/ε⌉} (so the length is
 * {@code L} up to less than one step); both freeze when thermalisation ends.
 *
 * @param steps            leapfrog steps per trajectory, ≥ 1
 * @param stepSize         leapfrog step size ε, &gt; 0
 * @param adaptStepSize    whether ε is tuned during thermalisation
 * @param targetAcceptance the acceptance the tuning aims at, in [0.01, 0.99]
 */
record HmcSettings(int steps, double stepSize, boolean adaptStepSize, double targetAcceptance) {
    static final String STEPS = "steps";
    static final String STEP_SIZE = "stepSize";
    static final String ADAPT = "adaptStepSize";
    static final String TARGET = "targetAcceptance";

    static final int DEFAULT_STEPS = 10;
    static final double DEFAULT_STEP_SIZE = 0.1;
    static final boolean DEFAULT_ADAPT = true;
    static final double DEFAULT_TARGET = 0.8;
    static final double MIN_TARGET = 0.01;
    static final double MAX_TARGET = 0.99;

    static final String STEPS_HELP = "Leapfrog steps per trajectory (an integer >= 1); the trajectory length is"
            + " steps * stepSize. One sweep is one trajectory.";
    static final String STEP_SIZE_HELP = "Leapfrog step size epsilon (a number > 0). With adaptStepSize it is only"
            + " the starting value: epsilon is tuned and the trajectory length steps * stepSize is kept (to within one step).";
    static final String ADAPT_HELP = "Tune the step size during thermalisation towards targetAcceptance, keeping the"
            + " trajectory length (the number of steps becomes ceil(length / epsilon)); frozen when thermalisation ends.";
    static final String TARGET_HELP = "Acceptance rate the step-size tuning aims at (between 0.01 and 0.99).";

    /** Reads the values, falling back to the defaults; throws a ParameterException naming a bad one. */
    static HmcSettings read(Parameters parameters) {
        ParameterValues p = new ParameterValues(parameters);
        return new HmcSettings(p.integerAtLeast(STEPS, DEFAULT_STEPS, 1), p.positive(STEP_SIZE, DEFAULT_STEP_SIZE),
                p.bool(ADAPT, DEFAULT_ADAPT), p.between(TARGET, DEFAULT_TARGET, MIN_TARGET, MAX_TARGET));
    }

    /** The trajectory length {@code L = steps · stepSize}. */
    double trajectoryLength() {
        return steps * stepSize;
    }
}
