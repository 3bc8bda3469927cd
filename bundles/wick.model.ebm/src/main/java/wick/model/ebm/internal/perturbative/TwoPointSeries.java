package wick.model.ebm.internal.perturbative;

import java.util.List;

import wick.api.lattice.Lattice;
import wick.lattice.FreeField;

/**
 * The perturbative coefficients of the φ⁴ two-point function (PHYSICS 2.4):
 * {@code ⟨φ_x φ_0⟩ = Σ_{k ≤ K} λ^k h_k(x) + O(λ^{K+1})}, the zero-momentum correlator
 * {@code C(τ) = Σ_k λ^k c_k(τ)} with {@code c_k(τ) = a_s^{D−1} Σ_z h_k(τ, z)} (the expectation of the
 * estimator of PHYSICS 2.1; {@code c_0} is the free {@link FreeField#correlator()}), and
 * {@code ⟨φ_0²⟩ = Σ_k λ^k h_k(0)}. Immutable; arrays returned are new.
 */
public final class TwoPointSeries {
    private final Lattice lattice;
    private final double m2;
    private final int maxOrder;
    private final List<DiagramTerm> terms;
    private final double[][] columns;

    TwoPointSeries(Lattice lattice, double m2, int maxOrder, List<DiagramTerm> terms) {
        this.lattice = lattice;
        this.m2 = m2;
        this.maxOrder = maxOrder;
        this.terms = List.copyOf(terms);
        this.columns = new double[maxOrder + 1][lattice.volume()];
        for (DiagramTerm t : terms) {
            double[] c = columns[t.diagram().order()];
            for (int x = 0; x < c.length; x++) {
                c[x] += t.at(x);
            }
        }
    }

    /** The lattice. */
    public Lattice lattice() {
        return lattice;
    }

    /** The squared mass of the free theory expanded around. */
    public double m2() {
        return m2;
    }

    /** The highest order {@code K} computed. */
    public int maxOrder() {
        return maxOrder;
    }

    /** Every diagram's contribution, by order, most pairings first. */
    public List<DiagramTerm> terms() {
        return terms;
    }

    /** {@code h_k(x)}: the coefficient of {@code λ^k} in {@code ⟨φ_x φ_0⟩}, field layout, length V. */
    public double[] column(int order) {
        return columns[check(order)].clone();
    }

    /** {@code c_k(τ)}, {@code τ = 0..N_t−1}: the coefficient of {@code λ^k} in the zero-momentum correlator. */
    public double[] correlator(int order) {
        return FreeField.correlatorFromPropagator(lattice, columns[check(order)]);
    }

    /** {@code h_k(0)}: the coefficient of {@code λ^k} in {@code ⟨φ_0²⟩}. */
    public double phi2(int order) {
        return columns[check(order)][0];
    }

    /**
     * {@code Σ_{k ≤ order} λ^k c_k(τ)}, the correlator truncated at {@code λ^order}.
     *
     * @param order {@code 0..maxOrder()}
     */
    public double[] correlator(double lambda, int order) {
        double[] c = new double[lattice.extent(0)];
        double power = 1;
        for (int k = 0; k <= check(order); k++, power *= lambda) {
            double[] ck = correlator(k);
            for (int t = 0; t < c.length; t++) {
                c[t] += power * ck[t];
            }
        }
        return c;
    }

    /** {@code Σ_{k ≤ order} λ^k h_k(0)}, {@code ⟨φ_0²⟩} truncated at {@code λ^order}. */
    public double phi2(double lambda, int order) {
        double s = 0;
        double power = 1;
        for (int k = 0; k <= check(order); k++, power *= lambda) {
            s += power * phi2(k);
        }
        return s;
    }

    private int check(int order) {
        if (order < 0 || order > maxOrder) {
            throw new IllegalArgumentException("order must be 0.." + maxOrder + " (computed), got " + order);
        }
        return order;
    }
}
