package wick.api.result;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A series {@code y(x)} with error bars (zeros when exact), e.g. a correlator {@code C(τ)}.
 * The arrays are copied in and out.
 */
public final class SeriesResult implements Result {
    static final String KIND = "series";
    private final double[] x;
    private final double[] y;
    private final double[] error;
    private final String xLabel;
    private final String yLabel;

    /**
     * @param x      abscissae
     * @param y      values, same length
     * @param error  standard errors, same length, or {@code null} for exact values
     * @param xLabel axis label, e.g. {@code "tau"}
     * @param yLabel axis label, e.g. {@code "C"}
     */
    public SeriesResult(double[] x, double[] y, double[] error, String xLabel, String yLabel) {
        if (x.length != y.length || error != null && error.length != y.length) {
            throw new IllegalArgumentException("series arrays differ in length: x " + x.length + ", y " + y.length
                    + (error == null ? "" : ", error " + error.length));
        }
        this.x = x.clone();
        this.y = y.clone();
        this.error = error == null ? new double[y.length] : error.clone();
        this.xLabel = xLabel == null ? "x" : xLabel;
        this.yLabel = yLabel == null ? "y" : yLabel;
    }

    /** A series over {@code x = 0, 1, ..., y.length−1}. */
    public static SeriesResult indexed(double[] y, double[] error, String xLabel, String yLabel) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return new SeriesResult(x, y, error, xLabel, yLabel);
    }

    public double[] x() {
        return x.clone();
    }

    public double[] y() {
        return y.clone();
    }

    public double[] error() {
        return error.clone();
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    /** Number of points. */
    public int size() {
        return y.length;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("x", JsonArrays.list(x));
        m.put("y", JsonArrays.list(y));
        m.put("error", JsonArrays.list(error));
        m.put("xLabel", xLabel);
        m.put("yLabel", yLabel);
        return m;
    }

    @Override
    public String toCsv() {
        StringBuilder b = new StringBuilder(xLabel).append(',').append(yLabel).append(",error\n");
        for (int i = 0; i < y.length; i++) {
            b.append(x[i]).append(',').append(y[i]).append(',').append(error[i]).append('\n');
        }
        return b.toString();
    }

    static SeriesResult fromJson(Map<String, ?> json) {
        return new SeriesResult(JsonArrays.doubles(json, "x"), JsonArrays.doubles(json, "y"),
                json.containsKey("error") ? JsonArrays.doubles(json, "error") : null,
                JsonArrays.label(json, "xLabel", "x"), JsonArrays.label(json, "yLabel", "y"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesResult s && Arrays.equals(x, s.x) && Arrays.equals(y, s.y)
                && Arrays.equals(error, s.error) && xLabel.equals(s.xLabel) && yLabel.equals(s.yLabel);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(y) * 31 + Arrays.hashCode(x);
    }

    @Override
    public String toString() {
        return "Series[" + yLabel + "(" + xLabel + "), n=" + y.length + "]";
    }
}
