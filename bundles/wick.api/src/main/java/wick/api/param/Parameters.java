package wick.api.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Validated parameter values, typed, with the strings they came from (which is what a run
 * directory records). Accessors throw a {@link ParameterException} when a value is missing.
 */
public final class Parameters {
    private static final Parameters EMPTY = new Parameters(Map.of(), Map.of());
    private final Map<String, Object> values;
    private final Map<String, String> strings;

    /** Values and their string forms, in the same order; both copied. */
    public Parameters(Map<String, Object> values, Map<String, String> strings) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.strings = Collections.unmodifiableMap(new LinkedHashMap<>(strings));
    }

    /** No parameters. */
    public static Parameters empty() {
        return EMPTY;
    }

    /** Parameters from typed values (their strings are {@code String.valueOf}); for tests and code. */
    public static Parameters of(Map<String, ?> values) {
        Map<String, String> s = new LinkedHashMap<>();
        values.forEach((k, v) -> s.put(k, String.valueOf(v)));
        return new Parameters(new LinkedHashMap<>(values), s);
    }

    /** Whether a value is present. */
    public boolean has(String id) {
        return values.containsKey(id);
    }

    /** A string value. */
    public String string(String id) {
        return String.valueOf(get(id));
    }

    /** A numeric value as double. */
    public double real(String id) {
        Object v = get(id);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            throw new ParameterException(id, v.toString(), "a number");
        }
    }

    /** An integer value. */
    public int integer(String id) {
        Object v = get(id);
        if (v instanceof Integer n) {
            return n;
        }
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new ParameterException(id, v.toString(), "an integer");
        }
    }

    /** A long value. */
    public long longValue(String id) {
        Object v = get(id);
        if (v instanceof Number n && !(v instanceof Double)) {
            return n.longValue();
        }
        try {
            return Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new ParameterException(id, v.toString(), "an integer");
        }
    }

    /** A boolean value. */
    public boolean bool(String id) {
        Object v = get(id);
        return v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString());
    }

    /** All values, typed, in schema order. */
    public Map<String, Object> values() {
        return values;
    }

    /** All values as the strings they were given in (what {@code run.json} records). */
    public Map<String, String> strings() {
        return strings;
    }

    private Object get(String id) {
        Object v = values.get(id);
        if (v == null) {
            throw new ParameterException(id, null, "a value (the parameter is required)");
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return strings.toString();
    }
}
