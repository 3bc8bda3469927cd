package wick.ui.internal.charts;

/**
 * Thins a long Monte Carlo trace for drawing: the first and the last point are kept, the points
 * between fall into {@code (max − 2) / 2} buckets of consecutive measurements, and each bucket keeps
 * its minimum and its maximum (in their order), so spikes and the envelope survive while JFreeChart
 * draws at most {@code max} points.
 */
public final class TraceDecimation {
    /** The most points a live trace hands to JFreeChart. */
    public static final int MAX_POINTS = 1000;

    private TraceDecimation() {
    }

    /**
     * The trace {@code y[i]} at {@code x = i}, thinned to at most {@code max} points ({@code max ≥ 4}).
     *
     * @param y the measurements; not modified
     * @return {@code {x, y}}, the x being measurement indices
     */
    public static double[][] decimate(double[] y, int max) {
        if (max < 4) {
            throw new IllegalArgumentException("a decimated trace keeps at least 4 points, asked for " + max);
        }
        int n = y.length;
        if (n <= max) {
            double[][] xy = new double[2][n];
            for (int i = 0; i < n; i++) {
                xy[0][i] = i;
                xy[1][i] = y[i];
            }
            return xy;
        }
        int buckets = (max - 2) / 2;
        long interior = n - 2L;
        double[] xs = new double[max];
        double[] ys = new double[max];
        int k = 0;
        xs[k] = 0;
        ys[k++] = y[0];
        for (int b = 0; b < buckets; b++) {
            int start = (int) (1 + b * interior / buckets);
            int end = (int) (1 + (b + 1) * interior / buckets);
            int lo = start;
            int hi = start;
            for (int i = start; i < end; i++) {
                if (y[i] < y[lo] || Double.isNaN(y[lo])) {
                    lo = i;
                }
                if (y[i] > y[hi] || Double.isNaN(y[hi])) {
                    hi = i;
                }
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            xs[k] = first;
            ys[k++] = y[first];
            if (second != first) {
                xs[k] = second;
                ys[k++] = y[second];
            }
        }
        xs[k] = n - 1;
        ys[k++] = y[n - 1];
        double[][] xy = new double[2][k];
        System.arraycopy(xs, 0, xy[0], 0, k);
        System.arraycopy(ys, 0, xy[1], 0, k);
        return xy;
    }
}
