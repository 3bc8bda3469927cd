package wick.api.param;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The description of one parameter (as a Metatype attribute definition gives it): id, type,
 * default, inclusive bounds, option list and help text. {@link #parse(String)} converts and checks
 * a raw string and throws a {@link ParameterException} that names the parameter and what is allowed.
 *
 * @param id           the key used with {@code --set id=value}
 * @param name         a short label for forms
 * @param type         the value type
 * @param defaultValue the default as a string, or {@code null} when the parameter is required
 * @param min          inclusive lower bound (numbers) as a string, or {@code null}
 * @param max          inclusive upper bound (numbers) as a string, or {@code null}
 * @param options      allowed values (empty: any value of the type)
 * @param description  help text
 */
public record ParameterSpec(String id, String name, ParameterType type, String defaultValue,
        String min, String max, List<ParameterOption> options, String description) {

    public ParameterSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        name = name == null ? id : name;
        description = description == null ? "" : description;
    }

    /** Whether the parameter has no default, so a value must be given. */
    public boolean required() {
        return defaultValue == null;
    }

    /**
     * Converts and validates a raw value.
     *
     * @return an {@link Integer}, {@link Long}, {@link Double}, {@link Boolean} or {@link String}
     * @throws ParameterException naming this parameter and {@link #allowed()}
     */
    public Object parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ParameterException(id, null, allowed());
        }
        String s = raw.trim();
        Object value;
        try {
            value = switch (type) {
                case STRING -> s;
                case INTEGER -> Integer.valueOf(s);
                case LONG -> Long.valueOf(s);
                case DOUBLE -> Double.valueOf(s);
                case BOOLEAN -> parseBoolean(s);
            };
        } catch (NumberFormatException e) {
            throw new ParameterException(id, raw, allowed());
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new ParameterException(id, raw, allowed());
        }
        if (!options.isEmpty() && options.stream().noneMatch(o -> o.value().equals(s))) {
            throw new ParameterException(id, raw, allowed());
        }
        if (value instanceof Number n) {
            double x = n.doubleValue();
            if (min != null && x < Double.parseDouble(min) || max != null && x > Double.parseDouble(max)) {
                throw new ParameterException(id, raw, allowed());
            }
        }
        return value;
    }

    /** What this parameter allows, in words: {@code "an integer ≥ 1"}, {@code "one of: a, b"}. */
    public String allowed() {
        if (!options.isEmpty()) {
            return "one of: " + options.stream().map(ParameterOption::value).collect(Collectors.joining(", "));
        }
        String what = switch (type) {
            case STRING -> "a string";
            case INTEGER, LONG -> "an integer";
            case DOUBLE -> "a number";
            case BOOLEAN -> "true or false";
        };
        if (min != null && max != null) {
            return what + " between " + min + " and " + max;
        }
        if (min != null) {
            return what + " ≥ " + min;
        }
        if (max != null) {
            return what + " ≤ " + max;
        }
        return what;
    }

    private Boolean parseBoolean(String s) {
        if (s.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (s.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new ParameterException(id, s, allowed());
    }
}
