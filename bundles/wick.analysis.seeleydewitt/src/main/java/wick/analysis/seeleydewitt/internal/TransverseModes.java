package wick.analysis.seeleydewitt.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The distinct transverse lattice momenta of a slab whose background depends on the last coordinate
 * only: {@code q² = Σ_{μ<D−1} k̂_μ²}, {@code k̂_μ = (2/a_μ) sin(π j_μ/N_μ)} (PHYSICS 0), with how many
 * of the {@code Π_{μ<D−1} N_μ} momenta share it. Momenta are identified exactly (no floating-point
 * comparison): {@code j_μ ~ N_μ − j_μ} (same {@code sin²}; canonical {@code 0 ≤ j_μ ≤ N_μ/2}, which stands
 * for 1 momentum at {@code j_μ = 0} or {@code N_μ/2}, else 2), and the order of the indices does not matter
 * among directions with equal extent and spacing (the tuple is sorted within such classes). Cost
 * O(Π (N_μ/2 + 1)). Immutable.
 */
final class TransverseModes {
    private final double[] q2;
    private final long[] multiplicity;

    /** @param extents {@code N_0 .. N_{D−2}}; {@code spacings} the matching {@code a_μ} */
    TransverseModes(int[] extents, double[] spacings) {
        int t = extents.length;
        int[] half = new int[t];
        long count = 1;
        for (int mu = 0; mu < t; mu++) {
            half[mu] = extents[mu] / 2 + 1;
            count *= half[mu];
        }
        Map<Long, long[]> groups = new LinkedHashMap<>();
        Map<Long, Double> values = new LinkedHashMap<>();
        int[] j = new int[t];
        for (long c = 0; c < count; c++) {
            long r = c;
            long mult = 1;
            double q = 0;
            for (int mu = t - 1; mu >= 0; mu--) {
                j[mu] = (int) (r % half[mu]);
                r /= half[mu];
                boolean single = j[mu] == 0 || 2 * j[mu] == extents[mu];
                mult *= single ? 1 : 2;
                double s = 2 / spacings[mu] * Math.sin(Math.PI * j[mu] / extents[mu]);
                q += s * s;
            }
            long key = key(j, extents, spacings, half);
            groups.computeIfAbsent(key, x -> new long[1])[0] += mult;
            values.putIfAbsent(key, q);
        }
        q2 = new double[groups.size()];
        multiplicity = new long[groups.size()];
        int i = 0;
        for (Map.Entry<Long, long[]> g : groups.entrySet()) {
            q2[i] = values.get(g.getKey());
            multiplicity[i] = g.getValue()[0];
            i++;
        }
    }

    /** The tuple sorted within each class of directions with equal (extent, spacing), as a mixed-radix number. */
    private static long key(int[] j, int[] extents, double[] spacings, int[] half) {
        int t = j.length;
        int[] k = j.clone();
        for (int a = 0; a < t; a++) {
            for (int b = a + 1; b < t; b++) {
                if (extents[a] == extents[b] && spacings[a] == spacings[b] && k[b] < k[a]) {
                    int x = k[a];
                    k[a] = k[b];
                    k[b] = x;
                }
            }
        }
        long key = 0;
        for (int mu = 0; mu < t; mu++) {
            key = key * half[mu] + k[mu];
        }
        return key;
    }

    /** Number of distinct momenta. */
    int count() {
        return q2.length;
    }

    /** {@code q²} of group {@code g}. */
    double q2(int g) {
        return q2[g];
    }

    /** How many transverse momenta have the {@code q²} of group {@code g}. */
    long multiplicity(int g) {
        return multiplicity[g];
    }
}
