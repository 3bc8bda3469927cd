package wick.sampler.hmc.internal;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;

/**
 * Reads a sampler's own parameters with the defaults of its Metatype OCD as fallback (the workbench
 * passes validated values, tests may pass {@link Parameters#empty()}), and checks each value again,
 * so that a bad value given in code fails with a {@link ParameterException} naming the parameter.
 */
final class ParameterValues {
    private final Parameters parameters;

    ParameterValues(Parameters parameters) {
        this.parameters = parameters == null ? Parameters.empty() : parameters;
    }

    /** An integer {@code ≥ min}, or {@code fallback} when absent. */
    int integerAtLeast(String id, int fallback, int min) {
        if (!parameters.has(id)) {
            return fallback;
        }
        int x = parameters.integer(id);
        if (x < min) {
            throw new ParameterException(id, parameters.strings().get(id), "an integer ≥ " + min);
        }
        return x;
    }

    /** A finite number {@code > 0}, or {@code fallback} when absent. */
    double positive(String id, double fallback) {
        if (!parameters.has(id)) {
            return fallback;
        }
        double x = parameters.real(id);
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new ParameterException(id, parameters.strings().get(id), "a finite number > 0");
        }
        return x;
    }

    /** A number in {@code [min, max]}, or {@code fallback} when absent. */
    double between(String id, double fallback, double min, double max) {
        if (!parameters.has(id)) {
            return fallback;
        }
        double x = parameters.real(id);
        if (!(x >= min && x <= max)) {
            throw new ParameterException(id, parameters.strings().get(id), "a number between " + min + " and " + max);
        }
        return x;
    }

    /** {@code true} or {@code false} (case-insensitive), or {@code fallback} when absent. */
    boolean bool(String id, boolean fallback) {
        if (!parameters.has(id)) {
            return fallback;
        }
        Object v = parameters.values().get(id);
        if (v instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(v).trim();
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ParameterException(id, s, "true or false");
    }
}
