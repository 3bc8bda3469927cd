package wick.analysis.seeleydewitt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import wick.analysis.heatkernel.Background;
import wick.analysis.heatkernel.CholeskyLogDet;
import wick.analysis.heatkernel.LatticeOperator;
import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;
import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;
import wick.model.gravity.SiteCoefficients;
import wick.model.gravity.StressOption;

/**
 * The pieces of seeleydewitt.induced against exact results: the periodic tridiagonal and the block-diagonal
 * log det against dense Cholesky, the A² coefficient against the exact constant mode and against dense
 * second-order perturbation theory, the invariants against their closed forms, the fit against synthetic data.
 */
class InducedNumericsTest {
    @Test
    void periodicTridiagonalEqualsDenseCholesky() {
        Random rnd = new Random(11);
        double[] shifts = {0, 0.3, 2.5};
        PeriodicTridiagonal family = new PeriodicTridiagonal(shifts);
        for (int n = 1; n <= 40; n += n < 12 ? 1 : 9) {
            double[] d = new double[n];
            double[] t = new double[n];
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = -0.2 - rnd.nextDouble();
                t[i] = 0.5 + rnd.nextDouble();
            }
            for (int i = 0; i < n; i++) {
                d[i] = 0.1 + rnd.nextDouble() - 2 * Math.min(e[i], e[(i + n - 1) % n]) - (n == 1 ? 2 * e[0] : 0);
            }
            double[] out = new double[shifts.length];
            family.logDets(d, t, e, n, out, ProgressMonitor.NONE);
            for (int g = 0; g < shifts.length; g++) {
                DMatrixRMaj a = new DMatrixRMaj(n, n);
                for (int i = 0; i < n; i++) {
                    a.add(i, i, d[i] + t[i] * shifts[g]);
                    int j = (i + 1) % n;
                    a.add(i, j, e[i]);
                    a.add(j, i, e[i]);
                }
                double exact = CholeskyLogDet.dense(a);
                assertEquals(exact, out[g], 1e-12 * Math.max(1, Math.abs(exact)), "n = " + n + ", shift " + shifts[g]);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new PeriodicTridiagonal(new double[] {0})
                .logDets(new double[] {1, 1, 1}, new double[3], new double[] {-1, -1, -1}, 3, new double[1], ProgressMonitor.NONE));
    }

    @Test
    void blockLogDetEqualsDenseCholesky() {
        String[][] cases = {
            {"4x6x10", "1", "conformal:0.05,0,0,2", "0.3"},
            {"4x6x10", "1,1.2,0.8", "conformal:0.08,0,0,1+0.03,0,0,3", "0.05"},
            {"5x5x12", "0.7", "conformal:-0.1,0,0,5", "1.5"},
            {"3x4x3", "1", "conformal:0.1,0,0,1", "0.2"},
            {"3x4x2", "1", "conformal:0.1,0,0,1", "0.2"},
            {"3x4x1", "1", "conformal:0.1,0,0,0", "0.2"},
        };
        for (String[] c : cases) {
            Lattice lattice = Lattice.parse(c[0], c[1]);
            Background full = Background.parse(c[2], lattice);
            double m2 = Double.parseDouble(c[3]);
            int[] ext = lattice.extents();
            Lattice line = new Lattice(new int[] {1, 1, ext[2]}, lattice.spacings());
            SiteCoefficients coefficients = new SiteCoefficients(line, Background.parse(c[2], line).sigma());
            TransverseModes modes = new TransverseModes(new int[] {ext[0], ext[1]}, new double[] {lattice.spacing(0), lattice.spacing(1)});
            for (StressOption option : StressOption.values()) {
                double dense = CholeskyLogDet.dense(LatticeOperator.sigma(lattice, m2, option, full.sigma()).dense());
                double slab = new SlabLogDet(modes, line, option, lattice.volume(), lattice.cellVolume()).logDet(coefficients, m2, ProgressMonitor.NONE);
                System.out.printf("%s %s %s %s: dense %.14f slab %.14f diff %.2e%n", c[0], c[1], c[2], option.id(), dense, slab, slab - dense);
                assertEquals(dense, slab, 1e-10 * Math.max(1, Math.abs(dense)), String.join(" ", c) + " " + option.id());
            }
        }
    }

    /** Every transverse momentum counted once, in a group whose q² is its own (checked by brute force). */
    @Test
    void transverseModesCountEveryMomentumOnce() {
        int[][] extents = {{16, 16}, {6, 6}, {5, 8}, {7, 7}, {1, 4}};
        double[][] spacings = {{1, 1}, {1, 1.5}, {1, 1}, {0.5, 0.5}, {1, 1}};
        int[] groups = {9 * 10 / 2, 16, 15, 10, 3};
        for (int c = 0; c < extents.length; c++) {
            TransverseModes t = new TransverseModes(extents[c], spacings[c]);
            assertEquals(groups[c], t.count(), "groups of " + java.util.Arrays.toString(extents[c]));
            java.util.List<Double> brute = new java.util.ArrayList<>();
            for (int a = 0; a < extents[c][0]; a++) {
                for (int b = 0; b < extents[c][1]; b++) {
                    brute.add(Math.pow(2 / spacings[c][0] * Math.sin(Math.PI * a / extents[c][0]), 2)
                            + Math.pow(2 / spacings[c][1] * Math.sin(Math.PI * b / extents[c][1]), 2));
                }
            }
            java.util.List<Double> grouped = new java.util.ArrayList<>();
            for (int g = 0; g < t.count(); g++) {
                for (long m = 0; m < t.multiplicity(g); m++) {
                    grouped.add(t.q2(g));
                }
            }
            java.util.Collections.sort(brute);
            java.util.Collections.sort(grouped);
            assertEquals(brute.size(), grouped.size());
            for (int i = 0; i < brute.size(); i++) {
                assertEquals(brute.get(i), grouped.get(i), 1e-12);
            }
        }
    }

    /** j = 0: K[σ] is translation invariant with symbol v[(1+s)k̂² + m²(1+3s)], s = ½(e^{2A} − 1), so c_2 = ¼ Σ_k (2u_k − u_k²), u = (k̂² + 3m²)/(k̂² + m²). */
    @Test
    void constantModeEqualsExactSecondDerivative() {
        int[] ext = {8, 12, 40};
        double m2 = 0.07;
        double exact = 0;
        for (int a = 0; a < ext[0]; a++) {
            for (int b = 0; b < ext[1]; b++) {
                for (int c = 0; c < ext[2]; c++) {
                    double k2 = hat2(a, ext[0]) + hat2(b, ext[1]) + hat2(c, ext[2]);
                    double u = (k2 + 3 * m2) / (k2 + m2);
                    exact += 0.25 * (2 * u - u * u);
                }
            }
        }
        InducedGravity.Settings s = new InducedGravity.Settings(ext, new double[] {1, 1, 1}, new double[] {m2}, 0.01,
                new int[] {0, 1, 2, 3, 4}, StressOption.SYMMETRIC);
        InducedGravity.Outcome o = InducedGravity.compute(s, ProgressMonitor.NONE);
        double c2 = o.masses().get(0).c2()[0];
        double err = o.masses().get(0).c2Error()[0];
        System.out.printf("constant mode: c2 %.12f exact %.12f diff %.2e error estimate %.2e%n", c2, exact, c2 - exact, err);
        assertTrue(Math.abs(c2 - exact) <= err, "within the Richardson error estimate");
        assertTrue(err < 1e-6 * Math.abs(exact), "error estimate " + err);
    }

    /**
     * Dense second-order perturbation theory: K[σ] is affine in σ, σ = s(A)δ with s = ½(e^{2Af} − 1) = Af + A²f² + ...,
     * so with K_1 = K[fδ] − K[0], K_2 = K[2f²δ] − K[0] and G = K[0]⁻¹: c_2 = ¼[Tr(G K_2) − Tr(G K_1 G K_1)].
     */
    @Test
    void modesEqualDenseSecondOrderPerturbationTheory() {
        Lattice lattice = Lattice.of(4, 6, 16);
        double m2 = 0.25;
        int[] modes = {0, 1, 2, 3, 5};
        for (StressOption option : StressOption.values()) {
            InducedGravity.Settings s = new InducedGravity.Settings(lattice.extents(), lattice.spacings(), new double[] {m2}, 0.01, modes, option);
            InducedGravity.Outcome o = InducedGravity.compute(s, ProgressMonitor.NONE);
            DMatrixRMaj k0 = LatticeOperator.sigma(lattice, m2, option, new LatentField(Blocks.sites(lattice))).dense();
            DMatrixRMaj g = new DMatrixRMaj(k0.numRows, k0.numCols);
            CommonOps_DDRM.invert(k0, g);
            for (int i = 0; i < modes.length; i++) {
                double[] f = new double[lattice.volume()];
                double[] f2 = new double[lattice.volume()];
                int[] x = new int[3];
                for (int n = 0; n < f.length; n++) {
                    lattice.coordinates(n, x);
                    f[n] = Math.cos(2 * Math.PI * modes[i] * x[2] / lattice.extent(2));
                    f2[n] = 2 * f[n] * f[n];
                }
                DMatrixRMaj k1 = minus(LatticeOperator.sigma(lattice, m2, option, conformal(lattice, f)).dense(), k0);
                DMatrixRMaj k2 = minus(LatticeOperator.sigma(lattice, m2, option, conformal(lattice, f2)).dense(), k0);
                DMatrixRMaj gk1 = new DMatrixRMaj(g.numRows, g.numCols);
                CommonOps_DDRM.mult(g, k1, gk1);
                DMatrixRMaj gk2 = new DMatrixRMaj(g.numRows, g.numCols);
                CommonOps_DDRM.mult(g, k2, gk2);
                DMatrixRMaj sq = new DMatrixRMaj(g.numRows, g.numCols);
                CommonOps_DDRM.mult(gk1, gk1, sq);
                double exact = 0.25 * (CommonOps_DDRM.trace(gk2) - CommonOps_DDRM.trace(sq));
                double c2 = o.masses().get(0).c2()[i];
                double err = o.masses().get(0).c2Error()[i];
                System.out.printf("%s j=%d: c2 %.12f perturbation theory %.12f diff %.2e error estimate %.2e%n", option.id(), modes[i], c2, exact,
                        c2 - exact, err);
                assertTrue(Math.abs(c2 - exact) <= err + 1e-11 * Math.abs(exact), option.id() + " mode " + modes[i]);
                assertTrue(err < 1e-6 * Math.abs(exact), "error estimate " + err);
            }
        }
    }

    private static LatentField conformal(Lattice lattice, double[] s) {
        LatentField sigma = new LatentField(Blocks.sites(lattice));
        for (int n = 0; n < s.length; n++) {
            for (int mu = 0; mu < lattice.dimension(); mu++) {
                sigma.set(n, mu, mu, s[n]);
            }
        }
        return sigma;
    }

    private static DMatrixRMaj minus(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.subtract(a, b, c);
        return c;
    }

    private static double hat2(int j, int n) {
        double s = 2 * Math.sin(Math.PI * j / n);
        return s * s;
    }

    /** S_0..S_6 for one mode: (9/4)V, V k̂², 8V k̂⁴, 8V k̂⁶ (j ≠ 0, N/2); j = 0: (9/2)V, 0, 0, 0. */
    @Test
    void invariantsEqualClosedForms() {
        Lattice line = new Lattice(new int[] {1, 1, 48}, new double[] {1, 1, 0.8});
        double transverse = 6 * 10;
        double volume = transverse * 48;
        for (int j : new int[] {0, 1, 3, 7}) {
            double[][] s = LocalInvariants.of(line, j, 0.01, transverse, ProgressMonitor.NONE);
            double k2 = Math.pow(2 / 0.8 * Math.sin(Math.PI * j / 48), 2);
            double[] expected = j == 0 ? new double[] {4.5 * volume, 0, 0, 0}
                    : new double[] {2.25 * volume, volume * k2, 8 * volume * k2 * k2, 8 * volume * k2 * k2 * k2};
            for (int k = 0; k < 4; k++) {
                System.out.printf("j=%d S_%d %.12e expected %.12e error estimate %.1e%n", j, 2 * k, s[0][k], expected[k], s[1][k]);
                assertEquals(expected[k], s[0][k], s[1][k] + 1e-12 * volume, "j = " + j + ", S_" + 2 * k);
                assertTrue(s[1][k] <= 1e-6 * Math.max(Math.abs(expected[k]), 1e-3 * volume), "error estimate");
            }
        }
    }

    /** c_2 = λ S_0 + B S_2 + C S_4 exactly: the fit returns 1/(16πG) = −B/v and a vanishing error. */
    @Test
    void fitRecoversSyntheticCoefficients() {
        int[] ext = {16, 16, 256};
        int[] modes = {0, 1, 2, 3, 4, 5};
        Lattice line = new Lattice(new int[] {1, 1, 256}, new double[] {0.5, 0.5, 0.5});
        InducedGravity.Settings s = new InducedGravity.Settings(ext, new double[] {0.5, 0.5, 0.5}, new double[] {0.1}, 0.01, modes, StressOption.SYMMETRIC);
        double[][] inv = new double[modes.length][];
        double[] c2 = new double[modes.length];
        double lambda = 0.31;
        double b = -0.0271;
        double c = 0.8;
        for (int i = 0; i < modes.length; i++) {
            inv[i] = LocalInvariants.of(line, modes[i], 0.01, 256, ProgressMonitor.NONE)[0];
            c2[i] = lambda * inv[i][0] + b * inv[i][1] + c * inv[i][2];
        }
        InducedGravity.PerMass pm = InducedGravity.perMass(s, 0.1, inv, c2, new double[modes.length]);
        assertEquals(-b / 0.125, pm.inducedNewton(), 1e-9 * Math.abs(b / 0.125));
        assertTrue(pm.error() < 1e-7 * Math.abs(b / 0.125), "error " + pm.error());
    }
}
