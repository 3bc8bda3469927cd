package wick.model.fock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;

/** λ = 0: the truncated spectrum is exactly {@code Σ n_k ω_k + ½ Σ ω_k} (PHYSICS 3). */
class FreeSpectrumTest {

    /** Brute force: every occupation vector with n_k ≤ K in the sector, its free energy, sorted. */
    private static double[] expected(int n, double a, double m2, int k, int sector) {
        double[] w = new double[n];
        double zp = 0;
        for (int j = 0; j < n; j++) {
            double khat = 2 / a * Math.sin(Math.PI * j / n);
            w[j] = Math.sqrt(khat * khat + m2);
            zp += w[j] / 2;
        }
        List<Double> e = new ArrayList<>();
        int total = (int) Math.pow(k + 1, n);
        for (int code = 0; code < total; code++) {
            int c = code;
            double en = zp;
            int p = 0;
            for (int j = 0; j < n; j++) {
                int occ = c % (k + 1);
                c /= k + 1;
                en += occ * w[j];
                p += occ * j;
            }
            if (p % n == sector) {
                e.add(en);
            }
        }
        return e.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    @Test
    void denseSpectrumEqualsFreeLevelsInEverySector() {
        for (double a : new double[] {1.0, 0.7}) {
            for (int sector = 0; sector < 3; sector++) {
                ModeModel model = new ModeModel(new Modes(3, a, 1.3), 0, false);
                FockBasis b = Fixtures.basis(model, Fixtures.nmax(3), sector);
                double[] got = DenseEigen.symmetric(Fixtures.hamiltonian(model, b).denseReal()).values();
                double[] want = expected(3, a, 1.3, 3, sector);
                assertEquals(want.length, got.length);
                for (int i = 0; i < want.length; i++) {
                    assertEquals(want[i], got[i], Tolerance.EXACT * Math.max(1, want[i]), "a=" + a + " sector " + sector + " level " + i);
                }
            }
        }
    }

    @Test
    void lanczosPathAndNormalOrderingGiveTheSameFreeLevels() {
        ModeModel model = new ModeModel(new Modes(4, 1, 0.8), 0, true);
        FockBasis b = Fixtures.basis(model, Fixtures.nmax(3), 0);
        SparseMatrix h = Fixtures.hamiltonian(model, b);
        double[] got = EigenSolver.lowest(h, 12, "lanczos", RandomStream.of(3), ProgressMonitor.NONE).values();
        double[] want = Arrays.copyOf(expected(4, 1, 0.8, 3, 0), 12);
        for (int i = 0; i < 12; i++) {
            assertEquals(want[i], got[i], Tolerance.EXACT * Math.max(1, want[i]));
        }
    }

    @Test
    void energyTruncationKeepsExactlyTheStatesBelowTheCutoff() {
        Modes modes = new Modes(4, 1, 1);
        ModeModel model = new ModeModel(modes, 0, false);
        double cut = 2 * modes.omega(1) + modes.omega(2); // an exact tie is kept
        FockBasis b = Fixtures.basis(model, Fixtures.energy(cut), FockBasis.ALL_SECTORS);
        int count = 0;
        for (int s = 0; s < b.dimension(); s++) {
            if (b.freeEnergy(s) > cut * (1 + 1e-9)) {
                count++;
            }
        }
        assertEquals(0, count);
        int[] tie = {0, 2, 1, 0};
        assertEquals(true, b.indexOf(tie) >= 0);
        // brute force count of states with Σ n ω ≤ cut
        int brute = 0;
        for (int n0 = 0; n0 <= 10; n0++) {
            for (int n1 = 0; n1 <= 10; n1++) {
                for (int n2 = 0; n2 <= 10; n2++) {
                    for (int n3 = 0; n3 <= 10; n3++) {
                        double e = n0 * modes.omega(0) + n1 * modes.omega(1) + n2 * modes.omega(2) + n3 * modes.omega(3);
                        if (e <= cut * (1 + 1e-9)) {
                            brute++;
                        }
                    }
                }
            }
        }
        assertEquals(brute, b.dimension());
    }
}
