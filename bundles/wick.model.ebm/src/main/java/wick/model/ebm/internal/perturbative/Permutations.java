package wick.model.ebm.internal.perturbative;

import java.util.ArrayList;
import java.util.List;

/** All permutations of {@code 0..n−1} (n! of them; for the few vertices of a diagram). */
final class Permutations {
    private Permutations() {
    }

    /** The {@code n!} permutations as new arrays, identity first. */
    static List<int[]> of(int n) {
        List<int[]> out = new ArrayList<>();
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        build(p, 0, out);
        return out;
    }

    private static void build(int[] p, int k, List<int[]> out) {
        if (k >= p.length - 1) {
            out.add(p.clone());
            return;
        }
        for (int i = k; i < p.length; i++) {
            swap(p, k, i);
            build(p, k + 1, out);
            swap(p, k, i);
        }
    }

    private static void swap(int[] p, int i, int j) {
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
}
