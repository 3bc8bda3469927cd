package wick.model.ebm.internal.perturbative;

import java.math.BigInteger;

/**
 * One topologically distinct Feynman diagram of {@code ⟨φ_a φ_b⟩} at order {@code λ^k}, with the
 * number of Wick pairings it collects. Its symmetry factor is
 * {@code 1/S = pairings / (k! (4!)^k)}: the {@code 1/k!} of the exponential's series and the
 * {@code 1/4!} of each vertex, times the pairings that produce the same graph (PHYSICS 2.4). Its
 * contribution to the coefficient of {@code λ^k} is {@code (−v)^k / S · Σ_{internal sites} Π G}.
 * Immutable.
 */
public final class Diagram {
    private final String name;
    private final FeynmanGraph graph;
    private final long pairings;

    Diagram(String name, FeynmanGraph graph, long pairings) {
        this.name = name;
        this.graph = graph;
        this.pairings = pairings;
    }

    /** The order {@code k}: the number of interaction vertices. */
    public int order() {
        return graph.vertices();
    }

    /** The diagram's name ({@code "propagator"}, {@code "tadpole"}, {@code "sunset"}, ...; see {@link DiagramNames}). */
    public String name() {
        return name;
    }

    /** Its lines as text, e.g. {@code "a-1 b-1 1-1"} for the tadpole (vertices numbered from 1). */
    public String lines() {
        return graph.lines();
    }

    /** The number of pairings of {@code φ_a φ_b Π_c φ_c⁴} that give this diagram. */
    public long pairings() {
        return pairings;
    }

    /** {@code k! (4!)^k}: the denominator of the expansion at this order. */
    public long expansionDenominator() {
        long d = 1;
        for (int i = 1; i <= order(); i++) {
            d *= 24L * i;
        }
        return d;
    }

    /** The symmetry factor {@code 1/S = pairings / (k! (4!)^k)} as a number, e.g. 0.5 for the tadpole. */
    public double symmetryFactor() {
        return (double) pairings / expansionDenominator();
    }

    /** The symmetry factor as a reduced fraction, e.g. {@code "1/6"}. */
    public String symmetryFactorText() {
        BigInteger p = BigInteger.valueOf(pairings);
        BigInteger d = BigInteger.valueOf(expansionDenominator());
        BigInteger g = p.gcd(d);
        return p.divide(g) + "/" + d.divide(g);
    }

    /** The graph (canonical form). */
    FeynmanGraph graph() {
        return graph;
    }

    @Override
    public String toString() {
        return "Diagram[" + name + ", order " + order() + ", " + pairings + " pairings, " + symmetryFactorText() + ", " + lines() + "]";
    }
}
