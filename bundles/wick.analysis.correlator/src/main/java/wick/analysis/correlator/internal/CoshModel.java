package wick.analysis.correlator.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The periodic correlator model of PHYSICS 6 on a lattice with {@code N_t} time slices:
 * <pre>
 *   f(τ) = A_1 (e^{−E_1 τ} + e^{−E_1 (N_t−τ)})  [+ A_2 (e^{−E_2 τ} + e^{−E_2 (N_t−τ)})]  [+ B]
 * </pre>
 * with one or two states ({@code E_2 > E_1}) and an optional constant B (lattice units throughout).
 *
 * <p>Two parameter vectors are used. The <em>natural</em> one, which results report, is
 * {@code (A, E[, A2, E2][, B])}. The <em>internal</em> one, which the optimiser moves, is
 * {@code (A, ln E[, A2, ln(E2 − E)][, B])}: it keeps {@code E > 0} (the cosh is symmetric under
 * {@code E → −E} up to a rescaled A, a mirror minimum) and {@code E2 > E} without bounds. Errors
 * come from jackknife refits of the natural parameters, so the choice does not enter them.
 *
 * <p>Immutable and thread-safe.
 */
final class CoshModel {
    private final int nt;
    private final int states;
    private final boolean constant;

    /**
     * @param nt       the number of time slices N_t ≥ 2
     * @param states   1 or 2
     * @param constant whether B is fitted
     */
    CoshModel(int nt, int states, boolean constant) {
        if (nt < 2 || states < 1 || states > 2) {
            throw new IllegalArgumentException("need N_t ≥ 2 and 1 or 2 states, got N_t = " + nt + ", states = " + states);
        }
        this.nt = nt;
        this.states = states;
        this.constant = constant;
    }

    int states() {
        return states;
    }

    boolean constant() {
        return constant;
    }

    int nt() {
        return nt;
    }

    /** Number of fitted parameters: 2 per state, plus 1 for B. */
    int parameterCount() {
        return 2 * states + (constant ? 1 : 0);
    }

    /** Names of the natural parameters in order: {@code A, E[, A2, E2][, B]}. */
    List<String> names() {
        List<String> n = new ArrayList<>(List.of("A", "E"));
        if (states == 2) {
            n.add("A2");
            n.add("E2");
        }
        if (constant) {
            n.add("B");
        }
        return n;
    }

    /** Index of B in the parameter vectors (only with {@link #constant()}). */
    int constantIndex() {
        return 2 * states;
    }

    /** Natural from internal parameters (a new array). */
    double[] natural(double[] q) {
        double[] p = q.clone();
        p[1] = Math.exp(q[1]);
        if (states == 2) {
            p[3] = p[1] + Math.exp(q[3]);
        }
        return p;
    }

    /**
     * Internal from natural parameters (a new array); E is clamped to at least 1e-12 and E2 − E to
     * at least 1e-6·E, so any start value maps to a finite internal vector.
     */
    double[] internal(double[] p) {
        double[] q = p.clone();
        double e = Math.max(p[1], 1e-12);
        q[1] = Math.log(e);
        if (states == 2) {
            q[3] = Math.log(Math.max(p[3] - e, 1e-6 * e));
        }
        return q;
    }

    /** {@code e^{−Eτ} + e^{−E(N_t−τ)}}. */
    private double cosh(double e, double tau) {
        return Math.exp(-e * tau) + Math.exp(-e * (nt - tau));
    }

    /** {@code ∂/∂E (e^{−Eτ} + e^{−E(N_t−τ)})}. */
    private double coshDerivative(double e, double tau) {
        return -tau * Math.exp(-e * tau) - (nt - tau) * Math.exp(-e * (nt - tau));
    }

    /** The model at τ for natural parameters p. */
    double value(double[] p, double tau) {
        double f = p[0] * cosh(p[1], tau);
        if (states == 2) {
            f += p[2] * cosh(p[3], tau);
        }
        if (constant) {
            f += p[constantIndex()];
        }
        return f;
    }

    /**
     * The model and its Jacobian with respect to the <em>internal</em> parameters at
     * {@code τ = tauMin, …, tauMin + out.length − 1}.
     *
     * @param q        internal parameters, not modified
     * @param out      overwritten with the model values
     * @param jacobian overwritten, {@code [out.length][parameterCount()]}
     */
    void evaluate(double[] q, int tauMin, double[] out, double[][] jacobian) {
        double a1 = q[0];
        double e1 = Math.exp(q[1]);
        double a2 = 0;
        double gap = 0;
        double e2 = 0;
        if (states == 2) {
            a2 = q[2];
            gap = Math.exp(q[3]);
            e2 = e1 + gap;
        }
        for (int i = 0; i < out.length; i++) {
            double tau = tauMin + i;
            double[] row = jacobian[i];
            double g1 = cosh(e1, tau);
            double d1 = a1 * coshDerivative(e1, tau);
            double f = a1 * g1;
            row[0] = g1;
            row[1] = d1 * e1;
            if (states == 2) {
                double g2 = cosh(e2, tau);
                double d2 = a2 * coshDerivative(e2, tau);
                f += a2 * g2;
                row[1] += d2 * e1;
                row[2] = g2;
                row[3] = d2 * gap;
            }
            if (constant) {
                f += q[constantIndex()];
                row[constantIndex()] = 1;
            }
            out[i] = f;
        }
    }

    /**
     * Start values (natural parameters) from the mean correlator and its effective mass (PHYSICS
     * 2.1): E is the median of the finite effective masses on the window (for two states: on its
     * later half), else the earliest finite one, else 0.5; A is C(τ_min) divided by the cosh at that
     * E. For two states A comes from C(τ_max), E2 is the earliest effective mass when that exceeds
     * 1.5·E (else 2E), and A2 fits what the first state leaves of C(τ_min). B starts at 0.
     *
     * @param c       the mean correlator, length N_t, not modified
     * @param tauMin  first time of the window
     * @param tauMax  last time of the window
     */
    double[] start(double[] c, int tauMin, int tauMax) {
        double[] p = new double[parameterCount()];
        double[] m = EffectiveMass.values(c);
        int lo = Math.max(1, tauMin);
        int hi = Math.min(nt - 2, tauMax);
        double early = firstFinite(m, lo, hi);
        double late = median(m, states == 2 ? Math.max(lo, (lo + hi) / 2) : lo, hi);
        double e1 = Double.isFinite(late) && late > 0 ? late : (Double.isFinite(early) && early > 0 ? early : 0.5);
        p[1] = e1;
        if (states == 1) {
            p[0] = c[tauMin] / cosh(e1, tauMin);
        } else {
            p[0] = c[tauMax] / cosh(e1, tauMax);
            double e2 = Double.isFinite(early) && early > 1.5 * e1 ? early : 2 * e1;
            p[3] = e2;
            double rest = c[tauMin] - p[0] * cosh(e1, tauMin);
            p[2] = rest != 0 && Double.isFinite(rest) ? rest / cosh(e2, tauMin) : 0.1 * p[0];
        }
        return p;
    }

    private static double firstFinite(double[] m, int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (Double.isFinite(m[t - 1]) && m[t - 1] > 0) {
                return m[t - 1];
            }
        }
        return Double.NaN;
    }

    /** Median of the finite, positive effective masses at τ = lo..hi ({@code m[τ−1]}), NaN if none. */
    private static double median(double[] m, int lo, int hi) {
        List<Double> v = new ArrayList<>();
        for (int t = lo; t <= hi; t++) {
            if (t - 1 >= 0 && t - 1 < m.length && Double.isFinite(m[t - 1]) && m[t - 1] > 0) {
                v.add(m[t - 1]);
            }
        }
        if (v.isEmpty()) {
            return Double.NaN;
        }
        v.sort(null);
        int k = v.size();
        return k % 2 == 1 ? v.get(k / 2) : 0.5 * (v.get(k / 2 - 1) + v.get(k / 2));
    }
}
