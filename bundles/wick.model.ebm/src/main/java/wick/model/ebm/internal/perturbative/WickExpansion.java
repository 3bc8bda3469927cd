package wick.model.ebm.internal.perturbative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Wick contraction engine for {@code ⟨φ_a φ_b⟩} in φ⁴ theory (PHYSICS 2.4). The order-{@code k}
 * term of {@code ⟨φ_a φ_b e^{−(λv/4!) Σ_c φ_c⁴}⟩_0} has the {@code 2 + 4k} fields
 * {@code φ_a φ_b φ_{c_1}⁴ ⋯ φ_{c_k}⁴}; by Isserlis its Gaussian moment is the sum over their
 * {@code (4k+1)!!} pairings. The engine enumerates them all, builds each one's graph
 * ({@link FeynmanGraph#fromPairing}), drops those with a vacuum piece (the division by Z removes
 * them) and groups the rest by canonical graph into diagrams, counting the pairings of each.
 * Cost {@code O((4k+1)!! · k!·k²)}: 15 pairings at k = 1, 945 at k = 2, 135135 at k = 3.
 */
final class WickExpansion {
    /** The legs of a φ⁴ vertex. */
    static final int LEGS = 4;

    private WickExpansion() {
    }

    /**
     * All pairings of order {@code k} and their connected diagrams.
     *
     * @param order {@code k ≥ 0}
     * @param pairings   all pairings, {@code (4k+1)!!}
     * @param connected  the pairings whose graph is connected
     * @param diagrams   the connected diagrams, most pairings first (ties by lines); their pairings sum to {@code connected}
     */
    record Order(int order, long pairings, long connected, List<Diagram> diagrams) {
        Order {
            diagrams = List.copyOf(diagrams);
        }

        /** The pairings with a vacuum piece, {@code pairings − connected}. */
        long disconnected() {
            return pairings - connected;
        }
    }

    /**
     * Enumerates and classifies the pairings of {@code φ_a φ_b φ_{c_1}⁴ ⋯ φ_{c_k}⁴}.
     *
     * @throws IllegalArgumentException when {@code k < 0} or {@code k > 3} (the enumeration grows as {@code (4k+1)!!})
     */
    static Order twoPoint(int order) {
        if (order < 0 || order > 3) {
            throw new IllegalArgumentException("the contraction engine enumerates orders 0..3, got " + order);
        }
        int points = FeynmanGraph.EXTERNAL + LEGS * order;
        int[] node = new int[points];
        node[0] = FeynmanGraph.A;
        node[1] = FeynmanGraph.B;
        for (int i = FeynmanGraph.EXTERNAL; i < points; i++) {
            node[i] = FeynmanGraph.EXTERNAL + (i - FeynmanGraph.EXTERNAL) / LEGS;
        }
        Map<FeynmanGraph, Long> counts = new LinkedHashMap<>();
        long[] total = new long[2];
        Pairings.forEach(points, partner -> {
            total[0]++;
            FeynmanGraph g = FeynmanGraph.fromPairing(partner, node, order);
            if (g.isConnected()) {
                total[1]++;
                counts.merge(g.canonical(), 1L, Long::sum);
            }
        });
        List<Diagram> diagrams = new ArrayList<>();
        counts.forEach((g, n) -> diagrams.add(new Diagram(DiagramNames.of(g), g, n)));
        diagrams.sort(Comparator.comparingLong(Diagram::pairings).reversed().thenComparing(Diagram::lines));
        return new Order(order, total[0], total[1], diagrams);
    }
}
