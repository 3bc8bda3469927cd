package wick.ui.internal.charts;

import java.util.Map;

import wick.api.result.Result;
import wick.api.result.ScalarResult;

/** Finding the companion results of a combined plot by name, tolerantly. */
final class Lookup {

    private Lookup() {
    }

    /** The first of {@code names} that is a {@link ScalarResult} with a finite value, or null. */
    static ScalarResult scalar(Map<String, Result> all, String... names) {
        for (String n : names) {
            if (n != null && all.get(n) instanceof ScalarResult s && Double.isFinite(s.value())) {
                return s;
            }
        }
        return null;
    }

    /** {@code prefix + Key} (the key capitalised) after a non-empty prefix, else {@code key}. */
    static String prefixed(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** An error usable as a half-width: finite and ≥ 0, else 0. */
    static double error(double e) {
        return Double.isFinite(e) && e > 0 ? e : 0.0;
    }
}
