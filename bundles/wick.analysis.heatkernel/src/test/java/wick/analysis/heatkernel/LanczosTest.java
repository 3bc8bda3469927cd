package wick.analysis.heatkernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.model.gravity.StressOption;

/** Lanczos quadrature from a unit vector reproduces the dense heat-kernel diagonal. */
class LanczosTest {
    @Test
    void gaussRuleGivesTheDiagonalOfTheExponential() {
        Lattice l = Lattice.of(6, 6);
        LatticeOperator op = LatticeOperator.sigma(l, 0.4, StressOption.SYMMETRIC, Background.parse("conformal:0.2,1,1", l).sigma());
        DMatrixRMaj k = op.dense();
        org.ejml.interfaces.decomposition.EigenDecomposition_F64<DMatrixRMaj> eig =
                org.ejml.dense.row.factory.DecompositionFactory_DDRM.eig(36, true, true);
        assertTrue(eig.decompose(k.copy()));
        Lanczos lanczos = new Lanczos(op.operator(), 36, 36);
        double[] e = new double[36];
        for (int n : new int[] {0, 7, 20}) {
            java.util.Arrays.fill(e, 0);
            e[n] = 1;
            lanczos.start(e);
            while (lanczos.step()) {
                // run to exhaustion
            }
            GaussQuadrature rule = lanczos.quadrature();
            for (double s : new double[] {0.5, 3}) {
                double exact = 0;
                for (int i = 0; i < 36; i++) {
                    double u = eig.getEigenVector(i).get(n);
                    exact += u * u * Math.exp(-s * eig.getEigenvalue(i).getReal());
                }
                Tolerance.assertRelative(exact, rule.exponential(s), 1e-10, "site " + n + " s = " + s);
            }
        }
    }
}
