package wick.api.param;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parameters of a task or sampler (built from its Metatype OCD). {@link #parse(Map)} merges the
 * defaults with the raw values a user gave and validates each one; the first problem is thrown as a
 * {@link ParameterException} naming the parameter.
 *
 * @param id          the OCD id (the task or sampler id)
 * @param name        a title for forms
 * @param description help text
 * @param parameters  the parameters in display order
 */
public record ParameterSchema(String id, String name, String description, List<ParameterSpec> parameters) {

    public ParameterSchema {
        parameters = List.copyOf(parameters);
        description = description == null ? "" : description;
    }

    /** An empty schema (a task or sampler without parameters). */
    public static ParameterSchema empty(String id) {
        return new ParameterSchema(id, id, "", List.of());
    }

    /** The parameter with this id, if any. */
    public Optional<ParameterSpec> parameter(String parameterId) {
        return parameters.stream().filter(p -> p.id().equals(parameterId)).findFirst();
    }

    /**
     * Validates raw values against this schema, filling in defaults.
     *
     * @param raw parameter id → value as typed; not modified
     * @throws ParameterException for an unknown id, a missing required value or a bad value
     */
    public Parameters parse(Map<String, String> raw) {
        for (String key : raw.keySet()) {
            if (parameter(key).isEmpty()) {
                String known = parameters.stream().map(ParameterSpec::id).collect(Collectors.joining(", "));
                throw new ParameterException(key, raw.get(key),
                        "no such parameter for " + id + (known.isEmpty() ? " (it takes none)" : "; its parameters are " + known));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> strings = new LinkedHashMap<>();
        for (ParameterSpec p : parameters) {
            String s = raw.containsKey(p.id()) ? raw.get(p.id()) : p.defaultValue();
            values.put(p.id(), p.parse(s));
            strings.put(p.id(), s.trim());
        }
        return new Parameters(values, strings);
    }
}
