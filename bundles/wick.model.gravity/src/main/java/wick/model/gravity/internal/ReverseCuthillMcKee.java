package wick.model.gravity.internal;

import java.util.ArrayDeque;
import java.util.Arrays;

import org.ejml.data.DMatrixSparseCSC;

/**
 * Reverse Cuthill–McKee ordering of a structurally symmetric sparse matrix: breadth-first search
 * from a minimum-degree vertex, neighbours visited by increasing degree, order reversed; each
 * connected component in turn. Deterministic (ties broken by index).
 */
final class ReverseCuthillMcKee {
    private ReverseCuthillMcKee() {
    }

    /** @return {@code perm[new] = old}, a new array */
    static int[] order(DMatrixSparseCSC a) {
        int n = a.numCols;
        int[] degree = new int[n];
        for (int j = 0; j < n; j++) {
            degree[j] = a.col_idx[j + 1] - a.col_idx[j];
        }
        boolean[] seen = new boolean[n];
        int[] order = new int[n];
        int count = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        while (count < n) {
            int start = -1;
            for (int j = 0; j < n; j++) {
                if (!seen[j] && (start < 0 || degree[j] < degree[start])) {
                    start = j;
                }
            }
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int j = queue.poll();
                order[count++] = j;
                int from = a.col_idx[j];
                int to = a.col_idx[j + 1];
                Integer[] next = new Integer[to - from];
                int m = 0;
                for (int k = from; k < to; k++) {
                    int i = a.nz_rows[k];
                    if (!seen[i]) {
                        seen[i] = true;
                        next[m++] = i;
                    }
                }
                Integer[] sorted = Arrays.copyOf(next, m);
                Arrays.sort(sorted, (x, y) -> degree[x] != degree[y] ? Integer.compare(degree[x], degree[y]) : Integer.compare(x, y));
                queue.addAll(Arrays.asList(sorted));
            }
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = order[n - 1 - i];
        }
        return perm;
    }
}
