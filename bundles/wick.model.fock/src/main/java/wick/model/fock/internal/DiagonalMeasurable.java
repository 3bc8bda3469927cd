package wick.model.fock.internal;

import java.util.Arrays;

/**
 * An observable diagonal in the occupation basis ({@code n_k}, total {@code N}, total momentum,
 * {@code H_0}): eigenvalue {@code value[s]} on basis state {@code s}; the projector on a group keeps
 * the components of the states whose value is in the group.
 */
final class DiagonalMeasurable implements Measurable {
    private final int n;
    private final int[] group;
    private final double[] eigenvalues;
    private final int[] degeneracies;

    DiagonalMeasurable(double[] values) {
        this.n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] distinct = new double[n];
        int count = 0;
        for (double v : sorted) {
            if (count == 0 || !Measurable.same(distinct[count - 1], v)) {
                distinct[count++] = v;
            }
        }
        this.eigenvalues = Arrays.copyOf(distinct, count);
        this.degeneracies = new int[count];
        this.group = new int[n];
        for (int s = 0; s < n; s++) {
            int g = Arrays.binarySearch(eigenvalues, values[s]);
            if (g < 0) {
                int ins = -g - 1;
                g = ins > 0 && (ins == count || Math.abs(eigenvalues[ins - 1] - values[s]) < Math.abs(eigenvalues[ins] - values[s]))
                        ? ins - 1 : ins;
            }
            group[s] = g;
            degeneracies[g]++;
        }
    }

    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    @Override
    public int[] degeneracies() {
        return degeneracies.clone();
    }

    @Override
    public void probabilities(double[] state, double[] out) {
        Arrays.fill(out, 0);
        for (int s = 0; s < n; s++) {
            out[group[s]] += state[s] * state[s] + state[n + s] * state[n + s];
        }
    }

    @Override
    public double collapse(double[] state, int g) {
        double p = 0;
        for (int s = 0; s < n; s++) {
            if (group[s] != g) {
                state[s] = 0;
                state[n + s] = 0;
            } else {
                p += state[s] * state[s] + state[n + s] * state[n + s];
            }
        }
        if (p == 0) {
            throw new IllegalArgumentException("outcome " + eigenvalues[g] + " has probability 0");
        }
        ComplexVectors.scale(state, 1 / Math.sqrt(p), n);
        return p;
    }
}
