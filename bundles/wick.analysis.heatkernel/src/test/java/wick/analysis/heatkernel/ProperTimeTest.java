package wick.analysis.heatkernel;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;
import wick.model.gravity.StressOption;

/** Proper-time ln det equals the Cholesky ln det to 1e-8 relative (PHYSICS 5), D = 2 and 3, flat and curved. */
class ProperTimeTest {
    static double properTime(double[] spectrum) {
        double tr = 0;
        double tr2 = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double x : spectrum) {
            tr += x;
            tr2 += x * x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return ProperTime.logDet(s -> HeatTrace.at(spectrum, s), spectrum.length, tr, tr2, min, max, ProgressMonitor.NONE);
    }

    private static void check(LatticeOperator op) {
        double chol = CholeskyLogDet.dense(op.dense());
        double pt = properTime(HeatTrace.eigenvalues(op.dense()));
        Tolerance.assertRelative(chol, pt, Tolerance.PROPER_TIME, op.name() + " on " + op.lattice());
        Tolerance.assertRelative(chol, CholeskyLogDet.sparse(op.sparse()), Tolerance.EXACT, "sparse Cholesky " + op.lattice());
    }

    @Test
    void flatTwoAndThreeDimensions() {
        check(LatticeOperator.flat(Lattice.of(8, 8), 0.5));
        check(LatticeOperator.flat(new Lattice(new int[] {6, 8}, new double[] {0.5, 1}), 0.05));
        check(LatticeOperator.flat(Lattice.of(4, 4, 4), 1.5));
    }

    @Test
    void curvedBackgroundsTwoAndThreeDimensions() {
        Lattice l2 = Lattice.of(8, 8);
        check(LatticeOperator.sigma(l2, 0.5, StressOption.SYMMETRIC, Background.parse("conformal:0.2,1,1+0.1,0,2", l2).sigma()));
        check(LatticeOperator.sigma(l2, 0.3, StressOption.FORWARD, Background.parse("general:0.1,0.05,-0.08,1,2", l2).sigma()));
        Lattice l3 = Lattice.of(4, 4, 6);
        check(LatticeOperator.sigma(l3, 0.8, StressOption.SYMMETRIC, Background.parse("conformal:0.15,1,0,1", l3).sigma()));
    }

    @Test
    void symbolSpectrumOfALargerFlatLattice() {
        Lattice l = Lattice.of(32, 32);
        double[] sym = wick.lattice.Symbols.euclidean(l, 0.01);
        double exact = 0;
        for (double k : sym) {
            exact += Math.log(k);
        }
        Tolerance.assertRelative(exact, properTime(sym), Tolerance.PROPER_TIME, "32x32 m2 = 0.01");
    }
}
