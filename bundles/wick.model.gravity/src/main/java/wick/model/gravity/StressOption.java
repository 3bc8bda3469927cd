package wick.model.gravity;

import wick.api.param.ParameterException;

/**
 * The discretisation of the lattice stress tensor (PHYSICS section 4, section 9 item 6).
 * {@link #SYMMETRIC} averages the products of one-sided differences over the {@code 2^D} corners
 * (reflection-symmetric, the default); {@link #FORWARD} is the talk's literal forward-only form.
 */
public enum StressOption {
    /** Corner average: {@code X_μμ = ½[(Δ⁺_μφ)² + (Δ⁻_μφ)²]}, {@code X_μν = (Δᶜ_μφ)(Δᶜ_νφ)}. */
    SYMMETRIC("symmetric"),
    /** Forward only: {@code X_μν = (Δ_μφ)(Δ_νφ)}. */
    FORWARD("forward");

    private final String id;

    StressOption(String id) {
        this.id = id;
    }

    /** The parameter value ({@code symmetric} or {@code forward}). */
    public String id() {
        return id;
    }

    /**
     * @throws ParameterException naming {@code stress} for any other value
     */
    public static StressOption parse(String value) {
        for (StressOption o : values()) {
            if (o.id.equals(value == null ? null : value.trim())) {
                return o;
            }
        }
        throw new ParameterException("stress", value, "symmetric (corner average) or forward");
    }
}
