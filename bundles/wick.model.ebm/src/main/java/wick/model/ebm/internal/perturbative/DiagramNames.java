package wick.model.ebm.internal.perturbative;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names of the diagrams of {@code ⟨φ_a φ_b⟩} up to order λ², keyed by canonical graph. Naming only:
 * the engine finds and counts the diagrams itself ({@link WickExpansion}); a graph missing here is
 * named after its lines.
 */
final class DiagramNames {
    private static final int A = FeynmanGraph.A;
    private static final int B = FeynmanGraph.B;
    private static final int C1 = 2;
    private static final int C2 = 3;
    private static final Map<FeynmanGraph, String> NAMES = new LinkedHashMap<>();

    static {
        name("propagator", FeynmanGraph.of(0, new int[] {A, B}));
        name("tadpole", FeynmanGraph.of(1, new int[] {A, C1}, new int[] {C1, C1}, new int[] {C1, B}));
        // a and b on the same vertex, whose loop runs through a second vertex carrying its own loop
        name("cactus", FeynmanGraph.of(2, new int[] {A, C1}, new int[] {C1, B}, new int[] {C1, C2}, new int[] {C1, C2},
                new int[] {C2, C2}));
        // a — c1 — c2 — b with a tadpole loop on each vertex
        name("tadpole chain", FeynmanGraph.of(2, new int[] {A, C1}, new int[] {C1, C1}, new int[] {C1, C2}, new int[] {C2, C2},
                new int[] {C2, B}));
        name("sunset", FeynmanGraph.of(2, new int[] {A, C1}, new int[] {C1, C2}, new int[] {C1, C2}, new int[] {C1, C2},
                new int[] {C2, B}));
    }

    private DiagramNames() {
    }

    private static void name(String name, FeynmanGraph g) {
        NAMES.put(g.canonical(), name);
    }

    /** The name of a canonical graph, or {@code "graph " + lines} when it has none here. */
    static String of(FeynmanGraph canonical) {
        String n = NAMES.get(canonical);
        return n != null ? n : "graph " + canonical.lines();
    }
}
