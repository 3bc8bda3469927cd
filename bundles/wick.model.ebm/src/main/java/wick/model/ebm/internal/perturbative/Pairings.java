package wick.model.ebm.internal.perturbative;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The perfect matchings (pairings) of {@code 2n} points, which Isserlis' theorem sums over
 * (PHYSICS 2.4): {@code ⟨φ_{i_1} ⋯ φ_{i_{2n}}⟩_0 = Σ_pairings Π_pairs G}. There are
 * {@code (2n−1)!! = 1·3·5⋯(2n−1)} of them; an odd number of points has none.
 */
final class Pairings {
    private Pairings() {
    }

    /**
     * The number of pairings of {@code points} points: {@code (points−1)!!} when even (1 for none), 0 when odd.
     *
     * @throws IllegalArgumentException when {@code points < 0} or the count overflows a long
     */
    static long count(int points) {
        if (points < 0) {
            throw new IllegalArgumentException("number of points must be >= 0, got " + points);
        }
        if (points % 2 != 0) {
            return 0;
        }
        long c = 1;
        for (int k = points - 1; k > 1; k -= 2) {
            c = Math.multiplyExact(c, k);
        }
        return c;
    }

    /**
     * Visits every pairing once. A pairing is given as a partner array: point {@code i} is paired
     * with {@code partner[i]} (so {@code partner[partner[i]] = i}, no fixed points). Recursive: the
     * lowest unpaired point is paired with each later unpaired point in turn, which generates every
     * matching exactly once; {@code O((2n−1)!!)} visits.
     *
     * @param points even number of points
     * @param action called with the partner array, which is reused: read it, do not keep or modify it
     * @throws IllegalArgumentException when {@code points} is odd or negative
     */
    static void forEach(int points, Consumer<int[]> action) {
        if (points < 0 || points % 2 != 0) {
            throw new IllegalArgumentException("pairings need an even number of points >= 0, got " + points);
        }
        int[] partner = new int[points];
        Arrays.fill(partner, -1);
        visit(partner, 0, action);
    }

    private static void visit(int[] partner, int from, Consumer<int[]> action) {
        int i = from;
        while (i < partner.length && partner[i] >= 0) {
            i++;
        }
        if (i == partner.length) {
            action.accept(partner);
            return;
        }
        for (int j = i + 1; j < partner.length; j++) {
            if (partner[j] < 0) {
                partner[i] = j;
                partner[j] = i;
                visit(partner, i + 1, action);
                partner[i] = -1;
                partner[j] = -1;
            }
        }
    }
}
