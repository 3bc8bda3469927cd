package wick.api.param;

/** One allowed value of an option list: what is stored ({@code value}) and what people read ({@code label}). */
public record ParameterOption(String label, String value) {
}
