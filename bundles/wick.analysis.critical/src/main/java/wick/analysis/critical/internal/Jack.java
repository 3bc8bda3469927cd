package wick.analysis.critical.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleBinaryOperator;

/**
 * A value with binned-jackknife replicas over several independent chains: for each chain c that
 * the value depends on, {@code replicas.get(c)[b]} is the value recomputed without bin b of chain c
 * (the other chains whole). The chains are independent, so the variances add:
 * <pre>
 *   σ² = Σ_c (B_c − 1)/B_c Σ_b (f_{c,b} − f̄_c)².
 * </pre>
 * Combining two values ({@link #combine}) applies the operation replica by replica; a chain that
 * only one of them depends on contributes the other's central value. Immutable.
 *
 * @param value    the central value
 * @param replicas chain key → replicas (not copied)
 */
record Jack(double value, Map<String, double[]> replicas) {

    /** The jackknife standard error. */
    double error() {
        double v = 0;
        for (double[] r : replicas.values()) {
            int b = r.length;
            double mean = Arrays.stream(r).average().orElse(0);
            double s = 0;
            for (double x : r) {
                s += (x - mean) * (x - mean);
            }
            v += (b - 1.0) / b * s;
        }
        return Math.sqrt(v);
    }

    /** {@code op(this, other)} with replicas combined chain by chain. */
    Jack combine(Jack other, DoubleBinaryOperator op) {
        Set<String> keys = new TreeSet<>(replicas.keySet());
        keys.addAll(other.replicas.keySet());
        Map<String, double[]> r = new LinkedHashMap<>();
        for (String k : keys) {
            double[] a = replicas.get(k);
            double[] b = other.replicas.get(k);
            int n = a != null ? a.length : b.length;
            if (a != null && b != null && a.length != b.length) {
                throw new IllegalArgumentException("chain " + k + " has " + a.length + " and " + b.length + " jackknife bins");
            }
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = op.applyAsDouble(a == null ? value : a[i], b == null ? other.value : b[i]);
            }
            r.put(k, c);
        }
        return new Jack(op.applyAsDouble(value, other.value), r);
    }
}
