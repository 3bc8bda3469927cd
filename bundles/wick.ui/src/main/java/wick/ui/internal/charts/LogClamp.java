package wick.ui.internal.charts;

/**
 * Makes a series with error bars drawable on a logarithmic axis. JFreeChart's {@code LogAxis}
 * maps values ≤ 0 to NaN, so a correlator whose lower error end (or whose value, deep in the noise)
 * is ≤ 0 would lose its bar or point. Every value, lower end and upper end below
 * {@code floor = 10⁻³ × (smallest positive value or positive lower end)} is raised to that floor:
 * such a point or bar end is drawn at the bottom of the axis, meaning "compatible with zero".
 *
 * @param y     the values, clamped
 * @param lower the lower ends {@code y − error}, clamped
 * @param upper the upper ends {@code y + error}, clamped
 * @param floor the floor (NaN when the series has no positive value, so it cannot go on a log axis)
 */
public record LogClamp(double[] y, double[] lower, double[] upper, double floor) {
    /** The factor between the smallest positive value and the floor. */
    public static final double FLOOR_FACTOR = 1e-3;

    /** Clamps {@code y ± error} (arrays not modified; non-finite values are clamped too). */
    public static LogClamp of(double[] y, double[] error) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 0 && y[i] < smallest) {
                smallest = y[i];
            }
            double lo = y[i] - error[i];
            if (lo > 0 && lo < smallest) {
                smallest = lo;
            }
        }
        if (smallest == Double.POSITIVE_INFINITY) {
            return new LogClamp(y.clone(), y.clone(), y.clone(), Double.NaN);
        }
        double floor = FLOOR_FACTOR * smallest;
        double[] v = new double[y.length];
        double[] lo = new double[y.length];
        double[] hi = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            v[i] = clamp(y[i], floor);
            lo[i] = clamp(y[i] - error[i], floor);
            hi[i] = Math.max(clamp(y[i] + error[i], floor), v[i]);
            lo[i] = Math.min(lo[i], v[i]);
        }
        return new LogClamp(v, lo, hi, floor);
    }

    /** Whether the series has something positive to draw on a log axis. */
    public boolean drawable() {
        return !Double.isNaN(floor);
    }

    private static double clamp(double x, double floor) {
        return x > floor && x < Double.POSITIVE_INFINITY ? x : floor;
    }
}
