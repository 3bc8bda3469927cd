package wick.model.ebm.internal.perturbative;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A Feynman graph of the two-point function: the multigraph a pairing of
 * {@code φ_a φ_b Π_c φ_c⁴} induces on its nodes. Node {@link #A} is the external point {@code a},
 * node {@link #B} the external point {@code b} (both labelled: they are not permuted), nodes
 * {@code 2 .. k+1} the {@code k} interaction vertices (unlabelled: the graph's topology does not
 * depend on their order). {@code multiplicity(i, j)} is the number of lines between nodes i ≠ j,
 * {@code loops(i)} the number of self-lines (each a factor {@code G_cc}). Immutable.
 */
final class FeynmanGraph {
    /** The external point {@code a}. */
    static final int A = 0;
    /** The external point {@code b}. */
    static final int B = 1;
    /** Number of external points. */
    static final int EXTERNAL = 2;

    private final int vertices;
    /** Symmetric, {@code (k+2)×(k+2)}; the diagonal holds the self-line counts. */
    private final int[][] m;

    private FeynmanGraph(int vertices, int[][] m) {
        this.vertices = vertices;
        this.m = m;
    }

    /**
     * A graph from its lines.
     *
     * @param vertices number of interaction vertices {@code k ≥ 0}
     * @param lines    pairs {@code {i, j}} of node indices ({@link #A}, {@link #B}, {@code 2..k+1}); {@code i = j} is a self-line
     */
    static FeynmanGraph of(int vertices, int[]... lines) {
        int[][] m = new int[vertices + EXTERNAL][vertices + EXTERNAL];
        for (int[] l : lines) {
            add(m, l[0], l[1]);
        }
        return new FeynmanGraph(vertices, m);
    }

    /**
     * The graph of one pairing.
     *
     * @param partner  the pairing (point {@code i} paired with {@code partner[i]}), not modified
     * @param node     the node each point belongs to ({@code node[i]} in {@code 0..k+1}), not modified
     * @param vertices number of interaction vertices {@code k}
     */
    static FeynmanGraph fromPairing(int[] partner, int[] node, int vertices) {
        int[][] m = new int[vertices + EXTERNAL][vertices + EXTERNAL];
        for (int i = 0; i < partner.length; i++) {
            if (i < partner[i]) {
                add(m, node[i], node[partner[i]]);
            }
        }
        return new FeynmanGraph(vertices, m);
    }

    private static void add(int[][] m, int i, int j) {
        m[i][j]++;
        if (i != j) {
            m[j][i]++;
        }
    }

    /** Number of interaction vertices {@code k} (the order in λ). */
    int vertices() {
        return vertices;
    }

    /** Number of nodes, {@code k + 2}. */
    int nodes() {
        return vertices + EXTERNAL;
    }

    /** Lines between distinct nodes {@code i ≠ j}, or self-lines of {@code i} when {@code i = j}. */
    int multiplicity(int i, int j) {
        return m[i][j];
    }

    /** Self-lines of node {@code i}. */
    int loops(int i) {
        return m[i][i];
    }

    /** Number of line ends at node {@code i} (a self-line counts twice). */
    int degree(int i) {
        int d = m[i][i];
        for (int j = 0; j < nodes(); j++) {
            d += m[i][j];
        }
        return d;
    }

    /**
     * Whether every node is joined to the external line: the pairings the normalisation by Z keeps
     * (linked-cluster theorem; a piece without external points is a vacuum bubble). Since {@code a}
     * and {@code b} have one line each and vertices four, {@code a} and {@code b} always lie in the
     * same component, so this is plain connectedness.
     */
    boolean isConnected() {
        return component(A).length == nodes();
    }

    /** The nodes reachable from {@code start}, in breadth-first order. */
    int[] component(int start) {
        boolean[] seen = new boolean[nodes()];
        int[] order = new int[nodes()];
        int n = 0;
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            order[n++] = i;
            for (int j = 0; j < nodes(); j++) {
                if (j != i && m[i][j] > 0 && !seen[j]) {
                    seen[j] = true;
                    queue.add(j);
                }
            }
        }
        return Arrays.copyOf(order, n);
    }

    /**
     * Whether the graph with its multi-lines merged and its self-lines dropped is a tree (connected,
     * {@code nodes − 1} distinct neighbour pairs): then its sum over internal sites factorises into
     * nested convolutions ({@link DiagramEvaluator}). Every connected two-point graph with at most
     * two vertices is one.
     */
    boolean isTree() {
        int pairs = 0;
        for (int i = 0; i < nodes(); i++) {
            for (int j = i + 1; j < nodes(); j++) {
                if (m[i][j] > 0) {
                    pairs++;
                }
            }
        }
        return isConnected() && pairs == nodes() - 1;
    }

    /**
     * The canonical representative: the relabelling of the vertices (externals fixed) whose
     * upper-triangle encoding is lexicographically smallest. Two graphs are topologically the same
     * diagram iff their canonical forms are equal. Cost {@code O(k!·k²)}.
     */
    FeynmanGraph canonical() {
        int[][] best = null;
        for (int[] p : Permutations.of(vertices)) {
            int[][] q = permuted(p);
            if (best == null || compare(q, best) < 0) {
                best = q;
            }
        }
        return new FeynmanGraph(vertices, best);
    }

    /**
     * The order of the graph's automorphism group acting on line ends, with the externals fixed:
     * {@code |Aut_vertices| · Π_{i<j} m_ij! · Π_i 2^{l_i} l_i!} (permutations of the vertices that
     * preserve all multiplicities; exchange of the lines of a multi-line; exchange of the two ends of
     * a self-line and of the self-lines of one vertex). By orbit–stabilizer the graph collects
     * {@code k! (4!)^k / |Aut|} of the pairings, so its symmetry factor is {@code 1/|Aut|}: an
     * independent check of the counted pairings.
     */
    long automorphisms() {
        long vertexPerms = 0;
        for (int[] p : Permutations.of(vertices)) {
            if (compare(permuted(p), m) == 0) {
                vertexPerms++;
            }
        }
        long a = vertexPerms;
        for (int i = 0; i < nodes(); i++) {
            a *= (1L << m[i][i]) * factorial(m[i][i]);
            for (int j = i + 1; j < nodes(); j++) {
                a *= factorial(m[i][j]);
            }
        }
        return a;
    }

    /** Lines as text, {@code a-1 1-1 1-b} (vertices numbered from 1), in node order. */
    String lines() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < nodes(); i++) {
            for (int j = i; j < nodes(); j++) {
                for (int r = 0; r < m[i][j]; r++) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(label(i)).append('-').append(label(j));
                }
            }
        }
        return b.toString();
    }

    private static String label(int node) {
        return node == A ? "a" : node == B ? "b" : String.valueOf(node - 1);
    }

    /** The matrix with vertex {@code 2 + i} renamed {@code 2 + p[i]}. */
    private int[][] permuted(int[] p) {
        int n = nodes();
        int[] map = new int[n];
        map[A] = A;
        map[B] = B;
        for (int i = 0; i < vertices; i++) {
            map[EXTERNAL + i] = EXTERNAL + p[i];
        }
        int[][] q = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[map[i]][map[j]] = m[i][j];
            }
        }
        return q;
    }

    private static int compare(int[][] x, int[][] y) {
        for (int i = 0; i < x.length; i++) {
            for (int j = i; j < x.length; j++) {
                if (x[i][j] != y[i][j]) {
                    return Integer.compare(x[i][j], y[i][j]);
                }
            }
        }
        return 0;
    }

    private static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeynmanGraph g && g.vertices == vertices && Arrays.deepEquals(g.m, m);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(m);
    }

    @Override
    public String toString() {
        return "FeynmanGraph[" + lines() + "]";
    }
}
