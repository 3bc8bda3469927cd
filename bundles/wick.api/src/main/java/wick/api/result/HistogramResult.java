package wick.api.result;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** A histogram: {@code counts[i]} in the bin {@code [edges[i], edges[i+1])}. Arrays are copied. */
public final class HistogramResult implements Result {
    static final String KIND = "histogram";
    private final double[] edges;
    private final double[] counts;
    private final String label;

    /**
     * @param edges  bin edges, increasing, length {@code counts.length + 1}
     * @param counts bin contents (counts or densities)
     * @param label  what is binned
     */
    public HistogramResult(double[] edges, double[] counts, String label) {
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException("histogram needs counts.length + 1 edges: " + edges.length + " edges, "
                    + counts.length + " counts");
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("histogram edges must increase; edge " + i + " = " + edges[i]);
            }
        }
        this.edges = edges.clone();
        this.counts = counts.clone();
        this.label = label == null ? "x" : label;
    }

    /** Bins {@code data} into {@code bins} equal bins over [min, max] of the data. */
    public static HistogramResult of(double[] data, int bins, String label) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be ≥ 1, got " + bins);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : data) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        if (data.length == 0) {
            lo = 0;
            hi = 1;
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            e[i] = lo + (hi - lo) * i / bins;
        }
        double[] c = new double[bins];
        for (double d : data) {
            int i = (int) ((d - lo) / (hi - lo) * bins);
            c[Math.min(Math.max(i, 0), bins - 1)]++;
        }
        return new HistogramResult(e, c, label);
    }

    public double[] edges() {
        return edges.clone();
    }

    public double[] counts() {
        return counts.clone();
    }

    public String label() {
        return label;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("edges", JsonArrays.list(edges));
        m.put("counts", JsonArrays.list(counts));
        m.put("label", label);
        return m;
    }

    @Override
    public String toCsv() {
        StringBuilder b = new StringBuilder("lower,upper,count\n");
        for (int i = 0; i < counts.length; i++) {
            b.append(edges[i]).append(',').append(edges[i + 1]).append(',').append(counts[i]).append('\n');
        }
        return b.toString();
    }

    static HistogramResult fromJson(Map<String, ?> json) {
        return new HistogramResult(JsonArrays.doubles(json, "edges"), JsonArrays.doubles(json, "counts"),
                JsonArrays.label(json, "label", "x"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramResult h && Arrays.equals(edges, h.edges) && Arrays.equals(counts, h.counts)
                && label.equals(h.label);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(edges) * 31 + Arrays.hashCode(counts);
    }
}
