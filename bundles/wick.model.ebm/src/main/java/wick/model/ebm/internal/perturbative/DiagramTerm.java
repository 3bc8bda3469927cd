package wick.model.ebm.internal.perturbative;

/**
 * One diagram's contribution to the coefficient of {@code λ^k} in {@code ⟨φ_x φ_0⟩}:
 * {@code (−v)^k (1/S) Σ_{internal sites} Π G} as a field over {@code x} (PHYSICS 2.4). Immutable.
 */
public final class DiagramTerm {
    private final Diagram diagram;
    private final double[] column;

    DiagramTerm(Diagram diagram, double[] column) {
        this.diagram = diagram;
        this.column = column;
    }

    /** The diagram. */
    public Diagram diagram() {
        return diagram;
    }

    /** Its contribution to the coefficient of {@code λ^k} in {@code ⟨φ_x φ_0⟩}, over x in field layout (a new array). */
    public double[] column() {
        return column.clone();
    }

    /** Its contribution at coincident points: the coefficient of {@code λ^k} in {@code ⟨φ_0²⟩}. */
    public double phi2() {
        return column[0];
    }

    double at(int x) {
        return column[x];
    }
}
