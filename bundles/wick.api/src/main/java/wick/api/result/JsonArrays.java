package wick.api.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Conversions between arrays and the plain JSON model; package-private helpers. */
final class JsonArrays {
    private JsonArrays() {
    }

    static List<Object> list(double[] a) {
        List<Object> l = new ArrayList<>(a.length);
        for (double x : a) {
            l.add(jsonNumber(x));
        }
        return l;
    }

    static List<Object> list(int[] a) {
        List<Object> l = new ArrayList<>(a.length);
        for (int x : a) {
            l.add(x);
        }
        return l;
    }

    /** Finite doubles as themselves; NaN and ±∞ as the strings "NaN", "Infinity", "-Infinity". */
    static Object jsonNumber(double x) {
        return Double.isFinite(x) ? (Object) x : Double.toString(x);
    }

    static double number(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o == null) {
            return Double.NaN;
        }
        return Double.parseDouble(o.toString());
    }

    static double[] doubles(Map<String, ?> json, String key) {
        Object o = json.get(key);
        if (!(o instanceof List<?> l)) {
            throw new IllegalArgumentException("result field '" + key + "' is missing or not a list");
        }
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = number(l.get(i));
        }
        return a;
    }

    static int[] ints(Map<String, ?> json, String key) {
        double[] d = doubles(json, key);
        int[] a = new int[d.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = (int) d[i];
        }
        return a;
    }

    static String label(Map<String, ?> json, String key, String fallback) {
        Object o = json.get(key);
        return o == null ? fallback : o.toString();
    }
}
