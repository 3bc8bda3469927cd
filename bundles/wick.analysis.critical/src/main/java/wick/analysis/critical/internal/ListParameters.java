package wick.analysis.critical.internal;

import java.util.Arrays;

import wick.api.param.ParameterException;

/**
 * Comma-separated number lists of task parameters ({@code spacings}, {@code sizes}), checked. A
 * backslash before a comma is ignored: bnd writes the Metatype default {@code "1,0.8,0.5"} as
 * {@code "1\,0.8\,0.5"} (commas separate the values of multi-valued attributes), and a reader that
 * does not unescape it passes it on as it is.
 */
final class ListParameters {
    private ListParameters() {
    }

    /**
     * Distinct positive numbers, in the order given.
     *
     * @throws ParameterException naming {@code parameter} for an empty list, a non-number, a value ≤ 0
     *                            or a repeated value
     */
    static double[] positiveNumbers(String parameter, String raw) {
        String text = unescape(raw);
        String allowed = "comma-separated distinct numbers > 0, e.g. 1,0.8,0.5";
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (text == null || text.isBlank()) {
            throw new ParameterException(parameter, text, allowed);
        }
        double[] x = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                x[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException(parameter, text, allowed + " ('" + parts[i].trim() + "' is not a number)");
            }
            if (!(x[i] > 0) || !Double.isFinite(x[i])) {
                throw new ParameterException(parameter, text, allowed + " (" + parts[i].trim() + " is not > 0)");
            }
            for (int j = 0; j < i; j++) {
                if (x[j] == x[i]) {
                    throw new ParameterException(parameter, text, allowed + " (" + parts[i].trim() + " is repeated)");
                }
            }
        }
        return x;
    }

    /**
     * Distinct integers ≥ {@code min}, sorted ascending.
     *
     * @throws ParameterException naming {@code parameter} for fewer than {@code count} values, a
     *                            non-integer, a value below {@code min} or a repeated value
     */
    static int[] sortedIntegers(String parameter, String raw, int min, int count) {
        String text = unescape(raw);
        String allowed = "at least " + count + " comma-separated distinct integers ≥ " + min + ", e.g. 8,16,32";
        if (text == null || text.isBlank()) {
            throw new ParameterException(parameter, text, allowed);
        }
        String[] parts = text.split(",", -1);
        int[] x = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                x[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException(parameter, text, allowed + " ('" + parts[i].trim() + "' is not an integer)");
            }
            if (x[i] < min) {
                throw new ParameterException(parameter, text, allowed + " (" + x[i] + " < " + min + ")");
            }
        }
        int[] sorted = x.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new ParameterException(parameter, text, allowed + " (" + sorted[i] + " is repeated)");
            }
        }
        if (sorted.length < count) {
            throw new ParameterException(parameter, text, allowed);
        }
        return sorted;
    }

    private static String unescape(String text) {
        return text == null ? null : text.replace("\\,", ",");
    }
}
