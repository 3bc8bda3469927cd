package wick.model.fock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import wick.api.progress.ProgressMonitor;

/** Ladder operators on the truncated basis: the canonical commutator below the cutoff, and P H P symmetric. */
class LadderTest {

    @Test
    void commutatorIsDeltaOnStatesBelowTheCutoff() {
        int k = 3;
        FockBasis b = FockBasis.enumerate(new double[] {1, 1.5, 1.5}, Fixtures.nmax(k), true, FockBasis.ALL_SECTORS,
                ProgressMonitor.NONE);
        int n = b.dimension();
        for (int p = 0; p < 3; p++) {
            for (int q = 0; q < 3; q++) {
                SparseMatrix ap = OperatorBuilder.general(b, ModeModel.annihilator(p), ProgressMonitor.NONE);
                SparseMatrix aqDag = OperatorBuilder.general(b, List.of(LadderWord.of(1, new int[] {q}, new boolean[] {true})),
                        ProgressMonitor.NONE);
                double[] x = new double[2 * n];
                double[] y = new double[2 * n];
                double[] z = new double[2 * n];
                double[] u = new double[2 * n];
                for (int s = 0; s < n; s++) {
                    if (b.occupation(s, p) >= k || b.occupation(s, q) >= k) {
                        continue; // at the cutoff a† leaves the space: not "below the cutoff"
                    }
                    x = Fixtures.unit(n, s);
                    aqDag.multiplyComplex(x, y);
                    ap.multiplyComplex(y, z); // a_p a_q† |s>
                    ap.multiplyComplex(x, y);
                    aqDag.multiplyComplex(y, u); // a_q† a_p |s>
                    for (int i = 0; i < 2 * n; i++) {
                        double want = p == q && i == s ? 1 : 0;
                        assertEquals(want, z[i] - u[i], Tolerance.EXACT, "[a_" + p + ", a_" + q + "†] on state " + s);
                    }
                }
            }
        }
    }

    @Test
    void truncatedHamiltonianIsSymmetricInBothBases() {
        for (FockModel model : new FockModel[] {new ModeModel(new Modes(3, 1, 1), 6, false), new SiteModel(3, 1, -0.5, 6, 0)}) {
            FockBasis b = Fixtures.basis(model, Fixtures.nmax(3), FockBasis.ALL_SECTORS);
            SparseMatrix h = Fixtures.hamiltonian(model, b);
            assertTrue(h.isReal());
            var d = h.denseReal();
            for (int i = 0; i < d.numRows; i++) {
                for (int j = 0; j < i; j++) {
                    assertEquals(d.get(i, j), d.get(j, i), Tolerance.EXACT * 10, model.describe());
                }
            }
        }
    }

    @Test
    void hamiltonianConservesMomentum() {
        ModeModel model = new ModeModel(new Modes(4, 1, 1), 6, false);
        FockBasis b = Fixtures.basis(model, Fixtures.energy(9), FockBasis.ALL_SECTORS);
        SparseMatrix h = Fixtures.hamiltonian(model, b);
        int[] rs = h.rowStart();
        int[] cs = h.columns();
        for (int i = 0; i < b.dimension(); i++) {
            for (int p = rs[i]; p < rs[i + 1]; p++) {
                assertEquals(b.momentum(i), b.momentum(cs[p]));
            }
        }
    }
}
