package wick.api.param;

/**
 * A parameter value that is missing, malformed or out of range. The message names the parameter,
 * the value given and what is allowed, in one line written for the user, e.g.
 * {@code parameter 'm2' = -1: allowed m2 > 0 (...)}.
 */
public class ParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String parameter;
    private final String allowed;

    /**
     * @param parameter the parameter's name
     * @param value     the value given (as typed by the user), or {@code null} when missing
     * @param allowed   what is allowed, e.g. {@code "a number > 0"}
     */
    public ParameterException(String parameter, String value, String allowed) {
        super(value == null
                ? "parameter '" + parameter + "' has no value: allowed " + allowed
                : "parameter '" + parameter + "' = '" + value + "': allowed " + allowed);
        this.parameter = parameter;
        this.allowed = allowed;
    }

    /** The name of the offending parameter. */
    public String parameter() {
        return parameter;
    }

    /** What the parameter allows. */
    public String allowed() {
        return allowed;
    }
}
