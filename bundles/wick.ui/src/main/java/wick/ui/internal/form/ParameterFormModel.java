package wick.ui.internal.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import wick.api.param.ParameterException;
import wick.api.param.ParameterSchema;
import wick.api.param.ParameterSpec;

/**
 * The values of a parameter form as typed (raw strings), validated one by one with
 * {@link ParameterSpec#parse(String)} as they change, separate from Swing. Starts at the
 * defaults; a required parameter without default starts empty (and invalid).
 */
public final class ParameterFormModel {
    private final ParameterSchema schema;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, ParameterException> errors = new LinkedHashMap<>();

    public ParameterFormModel(ParameterSchema schema) {
        this.schema = schema;
        resetDefaults();
    }

    public ParameterSchema schema() {
        return schema;
    }

    /** The raw value of a parameter ("" when none). */
    public String value(String id) {
        return values.getOrDefault(id, "");
    }

    /**
     * Sets a raw value and validates it.
     *
     * @return the problem with it, if any
     * @throws IllegalArgumentException for a parameter the schema does not have
     */
    public Optional<ParameterException> set(String id, String raw) {
        ParameterSpec spec = schema.parameter(id).orElseThrow(
                () -> new IllegalArgumentException("no parameter '" + id + "' in " + schema.id()));
        String v = raw == null ? "" : raw;
        values.put(id, v);
        try {
            spec.parse(v);
            errors.remove(id);
            return Optional.empty();
        } catch (ParameterException e) {
            errors.put(id, e);
            return Optional.of(e);
        }
    }

    /** The problem with a parameter's current value, if any. */
    public Optional<ParameterException> error(String id) {
        return Optional.ofNullable(errors.get(id));
    }

    /** The problem of the first bad parameter in the schema's order. */
    public Optional<ParameterException> firstError() {
        for (ParameterSpec p : schema.parameters()) {
            if (errors.containsKey(p.id())) {
                return Optional.of(errors.get(p.id()));
            }
        }
        return Optional.empty();
    }

    /** Whether every value is valid. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** All raw values, in schema order (unmodifiable copy). */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** All raw values with keys {@code prefix + id} (a sampler's parameters are given as {@code SAMPLER.ID}). */
    public Map<String, String> values(String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(prefix + k, v));
        return m;
    }

    /** Restores every value to the schema's default (the OCD default). */
    public void resetDefaults() {
        for (ParameterSpec p : schema.parameters()) {
            set(p.id(), p.defaultValue() == null ? "" : p.defaultValue());
        }
    }

    /** Takes the remembered values of this schema's parameters (keys {@code prefix + id}); others are ignored. */
    public void restore(Map<String, String> remembered, String prefix) {
        for (ParameterSpec p : schema.parameters()) {
            String v = remembered.get(prefix + p.id());
            if (v != null) {
                set(p.id(), v);
            }
        }
    }
}
