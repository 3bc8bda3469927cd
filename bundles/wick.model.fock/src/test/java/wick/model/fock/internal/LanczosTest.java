package wick.model.fock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;

/** Lanczos (full reorthogonalisation, deflation for degenerate levels) against dense EJML. */
class LanczosTest {

    private static void compare(SparseMatrix h, int k) {
        double[] dense = DenseEigen.lowest(h, k).values();
        Eigenpairs lz = new Lanczos(h, EigenSolver.TOLERANCE, 400, RandomStream.of(11), ProgressMonitor.NONE).lowest(k);
        for (int i = 0; i < k; i++) {
            assertEquals(dense[i], lz.values()[i], 1e-10 * Math.max(1, Math.abs(dense[i])), "level " + i);
            // the vector is an eigenvector
            double[] y = new double[h.size()];
            h.multiply(lz.vectors()[i], y);
            double r = 0;
            for (int j = 0; j < y.length; j++) {
                r += Math.pow(y[j] - lz.values()[i] * lz.vectors()[i][j], 2);
            }
            assertEquals(0, Math.sqrt(r), 1e-8, "residual of level " + i);
        }
    }

    @Test
    void interactingSectorsAgreeWithDense() {
        ModeModel model = new ModeModel(new Modes(4, 1, 1), 6, false);
        for (int sector : new int[] {0, 1}) {
            FockBasis b = Fixtures.basis(model, Fixtures.energy(12), sector);
            compare(Fixtures.hamiltonian(model, b), 8);
        }
    }

    @Test
    void degenerateLevelsAreAllFound() {
        // site basis, N = 3: the momentum sectors 1 and 2 are mirror images, so their levels are doubly degenerate
        SiteModel model = new SiteModel(3, 1, 1, 3, 0);
        FockBasis b = Fixtures.basis(model, Fixtures.nmax(4), FockBasis.ALL_SECTORS);
        SparseMatrix h = Fixtures.hamiltonian(model, b);
        double[] dense = DenseEigen.lowest(h, 10).values();
        int pairs = 0;
        for (int i = 0; i + 1 < dense.length; i++) {
            pairs += Math.abs(dense[i + 1] - dense[i]) < 1e-9 ? 1 : 0;
        }
        assertTrue(pairs >= 2, "the test needs degenerate pairs: " + java.util.Arrays.toString(dense));
        compare(h, 10);
    }
}
