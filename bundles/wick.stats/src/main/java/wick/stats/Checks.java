package wick.stats;

import java.util.function.ToDoubleFunction;

/** Argument checks shared by the estimators; every failure names the argument and its allowed range. */
final class Checks {
    private Checks() {
    }

    /** A time series of at least two finite samples. */
    static void series(String name, double[] series) {
        if (series == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (series.length < 2) {
            throw new IllegalArgumentException(
                    name + " must have at least 2 samples, got " + series.length);
        }
        finite(name, series);
    }

    /** Every entry finite: NaN and infinities are rejected with the offending index. */
    static void finite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + v
                        + "; all samples must be finite");
            }
        }
    }

    /**
     * A non-empty array of time series of one common length of at least two finite samples.
     *
     * @return the common length N
     */
    static int primaries(double[][] primaries) {
        if (primaries == null) {
            throw new IllegalArgumentException("primaries must not be null");
        }
        if (primaries.length == 0) {
            throw new IllegalArgumentException("primaries must hold at least 1 series, got 0");
        }
        if (primaries[0] == null) {
            throw new IllegalArgumentException("primaries[0] must not be null");
        }
        int n = primaries[0].length;
        for (int alpha = 0; alpha < primaries.length; alpha++) {
            double[] series = primaries[alpha];
            if (series == null) {
                throw new IllegalArgumentException("primaries[" + alpha + "] must not be null");
            }
            if (series.length != n) {
                throw new IllegalArgumentException("primaries[" + alpha + "] must have the length "
                        + n + " of primaries[0], got " + series.length);
            }
            series("primaries[" + alpha + "]", series);
        }
        return n;
    }

    static void function(ToDoubleFunction<double[]> f) {
        if (f == null) {
            throw new IllegalArgumentException("f must not be null");
        }
    }

    /** Evaluates f on a copy of the argument (f may scribble on it) and insists on a finite value. */
    static double evaluate(ToDoubleFunction<double[]> f, double[] argument, String where) {
        double value = f.applyAsDouble(argument.clone());
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("f returned " + value + " " + where
                    + "; f must be finite near the means of the primaries");
        }
        return value;
    }

    static void nonNegative(String name, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }
}
