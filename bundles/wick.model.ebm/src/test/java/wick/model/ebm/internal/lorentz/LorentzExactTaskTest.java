package wick.model.ebm.internal.lorentz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wick.model.ebm.internal.lorentz.Tasks.assertClose;
import static wick.model.ebm.internal.lorentz.Tasks.assertRejected;
import static wick.model.ebm.internal.lorentz.Tasks.field;
import static wick.model.ebm.internal.lorentz.Tasks.parameters;
import static wick.model.ebm.internal.lorentz.Tasks.run;
import static wick.model.ebm.internal.lorentz.Tasks.scalar;
import static wick.model.ebm.internal.lorentz.Tasks.series;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.result.FieldResult;
import wick.api.result.Result;
import wick.lattice.DenseOperators;

/** Task {@code lorentz.exact} (PHYSICS 1): the symbol and signature of K_M and the Feynman propagator. */
class LorentzExactTaskTest {
    private static final List<String> CONTRACT = List.of("symbolKM", "kmPositive", "kmNegative", "kmZero", "onShell", "GMReal", "GMImag",
            "GMMaxAbs");
    /** ω̂² (and k̂²) on N = 4, a = 1 for j = 0..3 (PHYSICS 1). */
    private static final double[] HAT_K2_4 = {0, 2, 4, 2};

    private static Parameters parameters(String lattice, String spacing, Object m2, Object epsilon) {
        return Tasks.parameters("lattice", lattice, "spacing", spacing, "m2", m2, "epsilon", epsilon);
    }

    @Test
    void returnsTheContractResultsInOrder() {
        Map<String, Result> r = run(new LorentzExactTask(), parameters("4x4", "1", 1.0, 1e-3));
        assertEquals(CONTRACT, List.copyOf(r.keySet()));
        FieldResult symbol = field(r, "symbolKM");
        assertArrayEquals(new int[] {4, 4}, symbol.shape());
        assertEquals(4, series(r, "GMReal").size());
        assertEquals(4, series(r, "GMImag").size());
    }

    /** PHYSICS 1: the eigenvalues of the dense K_M equal its symbol (sorted) to 1e-12 relative to max|eig|. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4x4;1;1.0", "4x4;1;-0.7", "6x4;0.5,1;0.3", "6x4;1;2.5", "3x2x4;1;0.8", "3x2x4;0.5,1,2;-1.5"})
    void symbolEqualsTheDenseEigenvalues(String lattice, String spacing, double m2) {
        Map<String, Result> r = run(new LorentzExactTask(), parameters(lattice, spacing, m2, 1e-3));
        Lattice l = Lattice.parse(lattice, spacing);
        assertArrayEquals(l.extents(), field(r, "symbolKM").shape());
        double[] symbol = field(r, "symbolKM").values();
        Arrays.sort(symbol);
        double[] dense = DenseOperators.symmetricEigenvalues(DenseOperators.minkowski(l, m2));
        double max = Math.max(Math.abs(dense[0]), Math.abs(dense[dense.length - 1]));
        assertEquals(dense.length, symbol.length);
        for (int i = 0; i < dense.length; i++) {
            assertClose(dense[i], symbol[i], max, "eigenvalue " + i + " on " + lattice + " a=" + spacing);
        }
    }

    /** On 4×4, a = 1, m² = 2: ω̂² − k̂² − 2 vanishes exactly for (ω̂², k̂²) = (2, 0) and (4, 2): 2·1 + 1·2 = 4 modes. */
    @Test
    void signatureAtM2Equal2CountsTheExactZeros() {
        Map<String, Result> r = run(new LorentzExactTask(), parameters("4x4", "1", 2.0, 1e-3));
        int[] expected = countSigns(2.0);
        assertEquals(4, expected[2], "the enumeration finds 4 on-shell modes");
        assertEquals(expected[0], scalar(r, "kmPositive"));
        assertEquals(expected[1], scalar(r, "kmNegative"));
        assertEquals(expected[2], scalar(r, "kmZero"));
        assertEquals(4.0, scalar(r, "onShell"));
        assertEquals(16.0, scalar(r, "kmPositive") + scalar(r, "kmNegative") + scalar(r, "kmZero"));
    }

    /** On 4×4, a = 1, m² = 1 the symbol takes the odd values ω̂² − k̂² − 1: 5 positive, 11 negative, no zero. */
    @Test
    void signatureAtM2Equal1FollowsFromTheMomentumTables() {
        Map<String, Result> r = run(new LorentzExactTask(), parameters("4x4", "1", 1.0, 1e-3));
        int[] expected = countSigns(1.0);
        assertArrayEquals(new int[] {5, 11, 0}, expected);
        assertEquals(expected[0], scalar(r, "kmPositive"));
        assertEquals(expected[1], scalar(r, "kmNegative"));
        assertEquals(expected[2], scalar(r, "kmZero"));
        assertEquals(0.0, scalar(r, "onShell"));
    }

    /** {positive, negative, zero} of ω̂² − k̂² − m² over the 4×4 momentum tables, by exact enumeration. */
    private static int[] countSigns(double m2) {
        int[] c = new int[3];
        for (double w : HAT_K2_4) {
            for (double k : HAT_K2_4) {
                double x = w - k - m2;
                c[x > 0 ? 0 : x < 0 ? 1 : 2]++;
            }
        }
        return c;
    }

    @Test
    void onShellModesHavePropagatorOneOverEpsilon() {
        Lattice l = Lattice.of(4, 4);
        for (double eps : new double[] {1e-3, 1e-9, 1e-15}) {
            Map<String, Result> r = run(new LorentzExactTask(), parameters("4x4", "1", 2.0, eps));
            assertClose(1 / eps, scalar(r, "GMMaxAbs"), 0, "GMMaxAbs at eps " + eps);
            LorentzianPropagator g = new LorentzianPropagator(l, 2.0, eps);
            double[] gk = g.momentumSpace();
            boolean[] onShell = g.onShell();
            for (int k = 0; k < onShell.length; k++) {
                if (onShell[k]) {
                    assertEquals(0.0, gk[2 * k], "Re G_M on shell, mode " + k);
                    assertClose(-1 / eps, gk[2 * k + 1], 0, "Im G_M on shell, mode " + k);
                } else {
                    assertTrue(Math.hypot(gk[2 * k], gk[2 * k + 1]) < 1 / eps, "off shell |G_M| < 1/eps, mode " + k);
                }
            }
        }
    }

    @Test
    void maxAbsWithoutOnShellModesIsOneOverTheSmallestSymbol() {
        Map<String, Result> r = run(new LorentzExactTask(), parameters("4x4", "1", 1.0, 1e-3));
        // |K_M| ≥ 1 on 4×4 at m² = 1 (odd integers), attained
        assertClose(1 / Math.hypot(1, 1e-3), scalar(r, "GMMaxAbs"), 0, "GMMaxAbs");
    }

    /** Im 1/(K + iε) = −ε/(K² + ε²): the sign of −ε for every mode, and so at t = 0 of the projection. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4x4;1;2.0", "4x4;1;1.0", "6x4;0.5,1;0.3", "3x2x4;1;-0.5"})
    void imaginaryPartsHaveTheSignOfMinusEpsilon(String lattice, String spacing, double m2) {
        LorentzianPropagator g = new LorentzianPropagator(Lattice.parse(lattice, spacing), m2, 1e-2);
        double[] gk = g.momentumSpace();
        for (int k = 0; k < gk.length / 2; k++) {
            assertTrue(gk[2 * k + 1] < 0, "Im G_M(k) < 0 for mode " + k + ": " + gk[2 * k + 1]);
        }
        Map<String, Result> r = run(new LorentzExactTask(), parameters(lattice, spacing, m2, 1e-2));
        assertTrue(series(r, "GMImag").y()[0] < 0, "Im of the projection at t = 0");
    }

    /** Off shell, 1/(K + iε) − 1/K = −iε/(K(K + iε)): the error is below ε/K² and shrinks linearly. */
    @Test
    void offShellValuesConvergeToOneOverKmAsEpsilonVanishes() {
        Lattice l = Lattice.parse("6x4", "0.5,1");
        double[] previous = null;
        for (double eps : new double[] {1e-2, 1e-4, 1e-6, 1e-8}) {
            LorentzianPropagator g = new LorentzianPropagator(l, 0.3, eps);
            double[] km = g.symbol();
            double[] gk = g.momentumSpace();
            double[] err = new double[km.length];
            for (int k = 0; k < km.length; k++) {
                err[k] = Math.hypot(gk[2 * k] - 1 / km[k], gk[2 * k + 1]);
                assertTrue(err[k] <= eps / (km[k] * km[k]) * (1 + 1e-12), "mode " + k + " at eps " + eps + ": error " + err[k]);
                if (previous != null) {
                    assertEquals(0.01, err[k] / previous[k], 1e-3, "error ∝ eps, mode " + k);
                }
            }
            previous = err;
        }
    }

    /** The projection a_s^{D−1} Σ_x G_M(t, x) = (a_s^{D−1}/N_t) Σ_{j_0} e^{2πi j_0 t/N_t} / (K_M(j_0, 0) + iε). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4x4;1;2.0;1e-3", "6x4;0.5,1;0.3;0.1", "3x2x4;1,2,0.5;-0.5;0.05", "5;0.7;1.0;0.2"})
    void zeroMomentumProjectionMatchesTheTimeMomentumSum(String lattice, String spacing, double m2, double eps) {
        Lattice l = Lattice.parse(lattice, spacing);
        Map<String, Result> r = run(new LorentzExactTask(), parameters(lattice, spacing, m2, eps));
        double[] re = series(r, "GMReal").y();
        double[] im = series(r, "GMImag").y();
        int nt = l.extent(0);
        double at = l.spacing(0);
        double scale = 0;
        double[][] expected = new double[2][nt];
        for (int t = 0; t < nt; t++) {
            for (int j = 0; j < nt; j++) {
                double s = Math.sin(Math.PI * Math.min(j, nt - j) / nt);
                double k = l.cellVolume() * (4 * s * s / (at * at) - m2);
                if (Math.abs(k) < 1e-10) {
                    k = 0;
                }
                double d = k * k + eps * eps;
                double c = Math.cos(2 * Math.PI * j * t / nt);
                double sn = Math.sin(2 * Math.PI * j * t / nt);
                // e^{iφ} (K − iε)/d
                expected[0][t] += (c * k + sn * eps) / d;
                expected[1][t] += (sn * k - c * eps) / d;
            }
            expected[0][t] *= l.spatialCellVolume() / nt;
            expected[1][t] *= l.spatialCellVolume() / nt;
            scale = Math.max(scale, Math.hypot(expected[0][t], expected[1][t]));
        }
        for (int t = 0; t < nt; t++) {
            assertClose(expected[0][t], re[t], scale, "Re projection at t = " + t);
            assertClose(expected[1][t], im[t], scale, "Im projection at t = " + t);
        }
    }

    /**
     * G_M(x) = ((K_M + iε)⁻¹)_{x,0}: the FFT column against a dense solve of the real 2V×2V form
     * [[K_M, −εI], [εI, K_M]] (g_re, g_im) = (e_0, 0).
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4x4;1;1.3;0.1", "4x4;1;2.0;0.05", "6x4;0.5,1;0.3;0.2", "3x2x4;1,2,0.5;-0.5;0.1"})
    void positionSpaceEqualsTheDenseInverse(String lattice, String spacing, double m2, double eps) {
        Lattice l = Lattice.parse(lattice, spacing);
        int v = l.volume();
        DMatrixRMaj km = DenseOperators.minkowski(l, m2);
        DMatrixRMaj block = new DMatrixRMaj(2 * v, 2 * v);
        CommonOps_DDRM.insert(km, block, 0, 0);
        CommonOps_DDRM.insert(km, block, v, v);
        for (int n = 0; n < v; n++) {
            block.set(n, v + n, -eps);
            block.set(v + n, n, eps);
        }
        DMatrixRMaj rhs = new DMatrixRMaj(2 * v, 1);
        rhs.set(0, 1.0);
        DMatrixRMaj sol = new DMatrixRMaj(2 * v, 1);
        assertTrue(CommonOps_DDRM.solve(block, rhs, sol), "dense solve");
        double[] g = new LorentzianPropagator(l, m2, eps).positionSpace();
        double scale = CommonOps_DDRM.elementMaxAbs(sol);
        for (int n = 0; n < v; n++) {
            // conditioning |K|max/ε ≲ 10³ costs digits in the dense solve
            assertEquals(sol.get(n), g[2 * n], 1e-10 * scale, "Re G_M(x_" + n + ")");
            assertEquals(sol.get(v + n), g[2 * n + 1], 1e-10 * scale, "Im G_M(x_" + n + ")");
        }
    }

    @Test
    void parameterErrorsNameTheParameter() {
        LorentzExactTask task = new LorentzExactTask();
        assertRejected(task, parameters("4x4", "1", 1.0, 0.0), "epsilon");
        assertRejected(task, parameters("4x4", "1", 1.0, -1e-3), "epsilon");
        assertRejected(task, parameters("4x4", "1", 1.0, Double.NaN), "epsilon");
        assertRejected(task, parameters("4x4", "1", 1.0, Double.POSITIVE_INFINITY), "epsilon");
        assertRejected(task, parameters("4x4", "1", 1.0, "small"), "epsilon");
        assertRejected(task, parameters("4x4", "1", Double.NaN, 1e-3), "m2");
        assertRejected(task, parameters("4x4", "1", "Infinity", 1e-3), "m2");
        assertRejected(task, parameters("0x4", "1", 1.0, 1e-3), "lattice");
        assertRejected(task, parameters("4x4", "1,-1", 1.0, 1e-3), "spacing");
        assertRejected(task, Tasks.parameters("lattice", "4x4", "spacing", "1", "m2", 1.0), "epsilon");
    }

    @Test
    void acceptsAnyFiniteM2() {
        LorentzExactTask task = new LorentzExactTask();
        task.validate(parameters("4x4", "1", 0.0, 1e-3));
        task.validate(parameters("4x4", "1", -3.0, 1e-3));
        Map<String, Result> r = run(task, parameters("4x4", "1", 0.0, 1e-3));
        // m² = 0: on shell where ω̂² = k̂²: (0,0)×1 + (2,2)×4 + (4,4)×1 = 6 modes
        assertEquals(6.0, scalar(r, "onShell"));
    }
}
