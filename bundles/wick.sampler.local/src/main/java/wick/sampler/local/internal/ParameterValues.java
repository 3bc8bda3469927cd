package wick.sampler.local.internal;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;

/**
 * Reads a sampler's own parameters, falling back to the OCD default when a value is absent (tests
 * and code may bind with {@link Parameters#empty()}), and checks the allowed range again: the
 * engine validates against the OCD's inclusive bounds, which cannot say "strictly positive".
 */
final class ParameterValues {
    private ParameterValues() {
    }

    /** A finite number {@code > 0}. */
    static double positive(Parameters p, String id, double fallback) {
        double x = p.has(id) ? p.real(id) : fallback;
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new ParameterException(id, given(p, id, x), "a finite number > 0");
        }
        return x;
    }

    /** A number in the open interval {@code (0, 1)}. */
    static double openUnit(Parameters p, String id, double fallback) {
        double x = p.has(id) ? p.real(id) : fallback;
        if (!(x > 0 && x < 1)) {
            throw new ParameterException(id, given(p, id, x), "a number strictly between 0 and 1");
        }
        return x;
    }

    /** An integer {@code ≥ min}. */
    static int atLeast(Parameters p, String id, int fallback, int min) {
        int n = p.has(id) ? p.integer(id) : fallback;
        if (n < min) {
            throw new ParameterException(id, given(p, id, n), "an integer ≥ " + min);
        }
        return n;
    }

    /** The value as the user typed it when known. */
    private static String given(Parameters p, String id, Object value) {
        String s = p.strings().get(id);
        return s != null ? s : String.valueOf(value);
    }
}
