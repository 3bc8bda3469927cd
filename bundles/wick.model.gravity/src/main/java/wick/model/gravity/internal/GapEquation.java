package wick.model.gravity.internal;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

import wick.api.lattice.Lattice;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

/**
 * The homogeneous saddle (PHYSICS section 4, "Einstein's equation" = gap equation): σ constant over
 * the lattice with {@code σ = κ² ⟨t⟩_σ}.
 * <ul>
 * <li>Isotropic (tensor model in D = 2, symmetric T, N_0 = N_1 and a_0 = a_1; and the rank-0
 * variant in any D): σ = s δ (rank 0: σ = s), the 1-D root of
 * {@code f(s) = s − κ² ⟨t_00⟩_s}, i.e. {@code s = −½ κ² m² ⟨φ²⟩_{m²(1+2s)}} (rank 0:
 * {@code s = −κ² ⟨φ²⟩_{m² + 2s}}). {@code ⟨φ²⟩} is convex in s, so f is convex, {@code f(0) > 0}
 * and {@code f → +∞} at the face of Ω (the zero mode): the root nearest 0 (the one EM from σ = 0
 * reaches) exists iff {@code min f < 0}; it is found by bracketing between the minimiser and 0.
 * The other root (near the face) is a maximum of S_eff along sδ.</li>
 * <li>Diagonal (tensor model in D = 2, symmetric T, other lattices): {@code σ = diag(s_0, s_1)}, the
 * 2-D root reached by the homogeneous fixed-point iteration from 0 (EM restricted to constant σ),
 * polished by Newton steps with a finite-difference Jacobian.</li>
 * </ul>
 */
final class GapEquation {
    private static final double TOLERANCE = 1e-14;
    private static final int MAX_ITERATIONS = 100_000;

    private GapEquation() {
    }

    /**
     * @param exists  whether a root was found
     * @param block   the saddle's block value (P components), null when none
     * @param kind    "isotropic" or "diagonal"
     * @param message what was found, for people
     */
    record Root(boolean exists, double[] block, String kind, String message) {
    }

    /** Whether the gap equation of PHYSICS 4 applies to this model. */
    static boolean applies(LatentModel model) {
        if (model instanceof ScalarModel) {
            return true;
        }
        return model instanceof TensorModel t && t.lattice().dimension() == 2 && t.stress() == StressOption.SYMMETRIC;
    }

    /** Whether the lattice has the 90° rotation (tensor D = 2), so that the root is isotropic. */
    static boolean isotropic(LatentModel model) {
        if (model instanceof ScalarModel) {
            return true;
        }
        Lattice l = model.lattice();
        return l.extent(0) == l.extent(1) && l.spacing(0) == l.spacing(1);
    }

    /**
     * @throws IllegalArgumentException when {@link #applies} is false
     */
    static Root solve(LatentModel model) {
        if (!applies(model)) {
            throw new IllegalArgumentException("the gap equation of PHYSICS 4 is for D = 2 with symmetric T (or rank 0)");
        }
        return isotropic(model) ? solveIsotropic(model) : solveDiagonal(model);
    }

    /** The block value σ = s δ (tensor) or s (rank 0). */
    static double[] direction(LatentModel model, double s) {
        int p = model.components();
        double[] block = new double[p];
        if (model.rank() == 0) {
            block[0] = s;
        } else {
            int d = model.lattice().dimension();
            for (int mu = 0; mu < d; mu++) {
                block[LatentField.component(d, mu, mu)] = s;
            }
        }
        return block;
    }

    /** The face of Ω along the isotropic direction: s > −½ (tensor, D = 2), s > −m²/2 (rank 0). */
    static double face(LatentModel model) {
        return model.rank() == 0 ? -0.5 * model.m2() : -0.5;
    }

    static Root solveIsotropic(LatentModel model) {
        double face = face(model);
        java.util.function.DoubleUnaryOperator f = s -> s - model.kappa2() * model.homogeneousExpectation(direction(model, s))[0];
        double lo = face + 1e-12 * Math.abs(face);
        UnivariatePointValuePair min = new BrentOptimizer(1e-12, 1e-300).optimize(new MaxEval(10_000), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(f::applyAsDouble), new SearchInterval(lo, 0, 0.5 * face));
        if (f.applyAsDouble(0) <= 0) {
            return new Root(true, direction(model, 0), "isotropic", "s = 0 (kappa2 ⟨t⟩ vanishes at 0)");
        }
        if (min.getValue() >= 0) {
            return new Root(false, null, "isotropic", String.format(java.util.Locale.ROOT,
                    "no root: s - kappa2 <t>_s has its minimum %.6g > 0 at s = %.6g (kappa2 too large for a homogeneous saddle)",
                    min.getValue(), min.getPoint()));
        }
        double s = new BrentSolver(1e-15, 1e-15).solve(10_000, f::applyAsDouble, min.getPoint(), 0);
        return new Root(true, direction(model, s), "isotropic",
                String.format(java.util.Locale.ROOT, "root nearest 0: s = %.15g", s));
    }

    static Root solveDiagonal(LatentModel model) {
        int d = 2;
        int i0 = LatentField.component(d, 0, 0);
        int i1 = LatentField.component(d, 1, 1);
        double[] s = new double[2];
        boolean fixed = false;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] next = map(model, s, i0, i1);
            if (next == null) {
                return new Root(false, null, "diagonal", "no root: the fixed-point iteration from 0 left Omega at iteration " + it);
            }
            double step = Math.max(Math.abs(next[0] - s[0]), Math.abs(next[1] - s[1]));
            s = next;
            if (step <= TOLERANCE) {
                fixed = true;
                break;
            }
        }
        for (int newton = 0; newton < 3 && fixed; newton++) {
            double[] r = residual(model, s, i0, i1);
            double h = 1e-7;
            double[][] j = new double[2][2];
            for (int c = 0; c < 2; c++) {
                double[] sp = s.clone();
                sp[c] += h;
                double[] sm = s.clone();
                sm[c] -= h;
                double[] rp = residual(model, sp, i0, i1);
                double[] rm = residual(model, sm, i0, i1);
                j[0][c] = (rp[0] - rm[0]) / (2 * h);
                j[1][c] = (rp[1] - rm[1]) / (2 * h);
            }
            double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
            s[0] -= (j[1][1] * r[0] - j[0][1] * r[1]) / det;
            s[1] -= (-j[1][0] * r[0] + j[0][0] * r[1]) / det;
        }
        if (!fixed) {
            return new Root(false, null, "diagonal", "no root: the fixed-point iteration from 0 did not converge in " + MAX_ITERATIONS + " steps");
        }
        double[] block = new double[3];
        block[i0] = s[0];
        block[i1] = s[1];
        return new Root(true, block, "diagonal", String.format(java.util.Locale.ROOT, "root diag(%.15g, %.15g)", s[0], s[1]));
    }

    private static double[] map(LatentModel model, double[] s, int i0, int i1) {
        double[] block = new double[3];
        block[i0] = s[0];
        block[i1] = s[1];
        if (!model.inOmega(block, 0)) {
            return null;
        }
        double[] t = model.homogeneousExpectation(block);
        return new double[] {model.kappa2() * t[i0], model.kappa2() * t[i1]};
    }

    private static double[] residual(LatentModel model, double[] s, int i0, int i1) {
        double[] m = map(model, s, i0, i1);
        return new double[] {s[0] - m[0], s[1] - m[1]};
    }
}
