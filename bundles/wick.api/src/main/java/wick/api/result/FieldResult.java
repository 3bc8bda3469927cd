package wick.api.result;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A matrix or a lattice field: values in row-major order (last index fastest) with a shape, e.g.
 * {@code [N_t, N_x]} for a 2-D field or {@code [rows, cols]} for a matrix. Arrays are copied.
 */
public final class FieldResult implements Result {
    static final String KIND = "field";
    private final int[] shape;
    private final double[] values;
    private final String label;

    /**
     * @param shape  extents, each ≥ 1
     * @param values {@code Π shape} values, row-major
     * @param label  what the values are
     */
    public FieldResult(int[] shape, double[] values, String label) {
        long n = 1;
        for (int s : shape) {
            if (s < 1) {
                throw new IllegalArgumentException("field shape entries must be ≥ 1: " + Arrays.toString(shape));
            }
            n *= s;
        }
        if (n != values.length) {
            throw new IllegalArgumentException("field of shape " + Arrays.toString(shape) + " needs " + n
                    + " values, got " + values.length);
        }
        this.shape = shape.clone();
        this.values = values.clone();
        this.label = label == null ? "value" : label;
    }

    public int[] shape() {
        return shape.clone();
    }

    public double[] values() {
        return values.clone();
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
        m.put("shape", JsonArrays.list(shape));
        m.put("values", JsonArrays.list(values));
        m.put("label", label);
        return m;
    }

    /** One line per value: the indices, then the value. */
    @Override
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < shape.length; d++) {
            b.append("i").append(d).append(',');
        }
        b.append(label).append('\n');
        int[] idx = new int[shape.length];
        for (double v : values) {
            for (int i : idx) {
                b.append(i).append(',');
            }
            b.append(v).append('\n');
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return b.toString();
    }

    static FieldResult fromJson(Map<String, ?> json) {
        return new FieldResult(JsonArrays.ints(json, "shape"), JsonArrays.doubles(json, "values"),
                JsonArrays.label(json, "label", "value"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldResult f && Arrays.equals(shape, f.shape) && Arrays.equals(values, f.values)
                && label.equals(f.label);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + Arrays.hashCode(values);
    }
}
