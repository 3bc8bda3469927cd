package wick.ui.internal.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as a results table shows them: {@code value ± error} with the error to two significant digits. */
public final class ValueFormat {

    private ValueFormat() {
    }

    /** {@code 0.4123 ± 0.0012}; an exact value (error 0) with ten significant digits. */
    public static String format(double value, double error) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (!(error > 0) || !Double.isFinite(error)) {
            return exact(value) + (Double.isNaN(error) ? " ± NaN" : "");
        }
        double a = Math.abs(value);
        if (a != 0 && (a < 1e-4 || a >= 1e7) || error >= 1e7 || error < 1e-12) {
            return String.format(Locale.ROOT, "%.4e ± %.2e", value, error);
        }
        int decimals = Math.max(0, 1 - (int) Math.floor(Math.log10(error)));
        BigDecimal v = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
        BigDecimal e = new BigDecimal(error).setScale(decimals, RoundingMode.HALF_EVEN);
        return v.toPlainString() + " ± " + e.toPlainString();
    }

    /** An exact value: ten significant digits, trailing zeros dropped. */
    public static String exact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double a = Math.abs(value);
        if (a < 1e-4 || a >= 1e10) {
            return String.format(Locale.ROOT, "%.9e", value);
        }
        return new BigDecimal(value).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
