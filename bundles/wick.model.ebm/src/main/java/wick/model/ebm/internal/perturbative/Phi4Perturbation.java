package wick.model.ebm.internal.perturbative;

import java.util.ArrayList;
import java.util.List;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.lattice.FreeField;

/**
 * Perturbation theory of the lattice φ⁴ two-point function around the free field (PHYSICS 2.2, 2.4):
 * {@code ⟨φ_x φ_0⟩ = Σ_k λ^k h_k(x)} with
 * {@code h_k(x) = Σ_{diagrams D of order k} (−v)^k (1/S_D) Σ_{c_1..c_k} Π_{lines} G},
 * {@code G = K_E⁻¹} the free propagator, {@code v} the cell volume (each vertex of
 * {@code e^{−(λv/4!) Σ_c φ_c⁴}} carries {@code −λv/4!} and a sum over its site). For instance
 * {@code h_1(x) = −(v/2) Σ_c G_{xc} G_{cc} G_{c0}}. The diagrams and their symmetry factors come from
 * the contraction engine ({@link WickExpansion}), the site sums from FFT convolutions
 * ({@link DiagramEvaluator}): {@code O(V log V)} per diagram, any lattice the FFT supports.
 *
 * <p>Entry point for other parts of the bundle (e.g. comparisons with Monte Carlo at small λ):
 * {@link #twoPoint(Lattice, double)}.
 */
public final class Phi4Perturbation {
    /** The highest order evaluated: λ². */
    public static final int MAX_ORDER = 2;
    private static final List<WickExpansion.Order> ORDERS = enumerate();

    private Phi4Perturbation() {
    }

    private static List<WickExpansion.Order> enumerate() {
        List<WickExpansion.Order> orders = new ArrayList<>();
        for (int k = 0; k <= MAX_ORDER; k++) {
            orders.add(WickExpansion.twoPoint(k));
        }
        return List.copyOf(orders);
    }

    /**
     * The pairings and connected diagrams of order {@code k ≤ MAX_ORDER} (enumerated once, cached).
     *
     * @throws IllegalArgumentException when {@code k} is out of range
     */
    static WickExpansion.Order contractions(int order) {
        checkOrder(order);
        return ORDERS.get(order);
    }

    /** The connected diagrams of order {@code k}, {@code 0 ≤ k ≤ MAX_ORDER}, most pairings first. */
    public static List<Diagram> diagrams(int order) {
        return contractions(order).diagrams();
    }

    /**
     * The coefficients of the two-point function through λ² ({@link #MAX_ORDER}).
     *
     * @param lattice the lattice
     * @param m2      the squared mass of the free theory expanded around, {@code > 0}
     * @throws ParameterException naming {@code m2} when {@code m2 ≤ 0} or not finite
     */
    public static TwoPointSeries twoPoint(Lattice lattice, double m2) {
        return twoPoint(lattice, m2, MAX_ORDER);
    }

    /**
     * The coefficients of the two-point function through {@code λ^order}.
     *
     * @param order {@code 0..MAX_ORDER}
     * @throws ParameterException naming {@code m2} when {@code m2 ≤ 0} or not finite
     * @throws IllegalArgumentException when {@code order} is out of range
     */
    public static TwoPointSeries twoPoint(Lattice lattice, double m2, int order) {
        checkOrder(order);
        requirePositiveMass(m2, String.valueOf(m2));
        FreeField free = new FreeField(lattice, m2);
        DiagramEvaluator evaluator = new DiagramEvaluator(lattice, free.propagatorFft());
        double v = lattice.cellVolume();
        List<DiagramTerm> terms = new ArrayList<>();
        for (int k = 0; k <= order; k++) {
            double prefactor = Math.pow(-v, k);
            for (Diagram d : diagrams(k)) {
                double[] t = evaluator.column(d.graph());
                double f = prefactor * d.symmetryFactor();
                for (int x = 0; x < t.length; x++) {
                    t[x] *= f;
                }
                terms.add(new DiagramTerm(d, t));
            }
        }
        return new TwoPointSeries(lattice, m2, order, terms);
    }

    /**
     * Checks {@code m2 > 0} (finite).
     *
     * @param given the value as the user gave it, for the message
     * @throws ParameterException naming {@code m2} otherwise
     */
    static double requirePositiveMass(double m2, String given) {
        if (!(m2 > 0) || Double.isInfinite(m2)) {
            throw new ParameterException("m2", given,
                    "a finite m2 > 0: perturbation theory expands around the free field, which needs m2 > 0 to be normalisable");
        }
        return m2;
    }

    private static void checkOrder(int order) {
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("perturbative order must be 0.." + MAX_ORDER + ", got " + order);
        }
    }
}
