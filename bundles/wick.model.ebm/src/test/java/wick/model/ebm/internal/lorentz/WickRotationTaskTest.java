package wick.model.ebm.internal.lorentz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wick.model.ebm.internal.lorentz.Tasks.assertClose;
import static wick.model.ebm.internal.lorentz.Tasks.assertRejected;
import static wick.model.ebm.internal.lorentz.Tasks.field;
import static wick.model.ebm.internal.lorentz.Tasks.run;
import static wick.model.ebm.internal.lorentz.Tasks.scalar;
import static wick.model.ebm.internal.lorentz.Tasks.series;

import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.result.TableResult;
import wick.lattice.DenseOperators;
import wick.lattice.FreeField;
import wick.lattice.Signature;
import wick.lattice.Symbols;

/** Task {@code wick.rotation} (PHYSICS 1, 2.1): the path A(θ) from −i K_M to K_E and the Gaussian integral along it. */
class WickRotationTaskTest {
    private static final List<String> CONTRACT = List.of("theta", "eigenvalueFlowReal", "eigenvalueFlowImag", "modeIndex", "minRealPart",
            "logGaussianIntegralReal", "logGaussianIntegralImag", "lnZEuclidean", "phaseAtZero", "onShellAtZero", "onShellModes");

    private static Parameters parameters(String lattice, String spacing, Object m2, Object steps) {
        return Tasks.parameters("lattice", lattice, "spacing", spacing, "m2", m2, "steps", steps);
    }

    /** The flow as {steps × V} arrays in field-layout mode order (undoing the column sort). */
    private static double[][][] flowByMode(Map<String, Result> r, int steps, int v) {
        double[] re = field(r, "eigenvalueFlowReal").values();
        double[] im = field(r, "eigenvalueFlowImag").values();
        double[] index = series(r, "modeIndex").y();
        double[][][] out = new double[2][steps][v];
        for (int j = 0; j < steps; j++) {
            for (int c = 0; c < v; c++) {
                int k = (int) index[c];
                out[0][j][k] = re[j * v + c];
                out[1][j][k] = im[j * v + c];
            }
        }
        return out;
    }

    @Test
    void returnsTheContractResultsWithTheirShapes() {
        Map<String, Result> r = run(new WickRotationTask(), parameters("4x4", "1", 1.0, 33));
        assertEquals(CONTRACT, List.copyOf(r.keySet()));
        assertArrayEquals(new int[] {33, 16}, field(r, "eigenvalueFlowReal").shape());
        assertArrayEquals(new int[] {33, 16}, field(r, "eigenvalueFlowImag").shape());
        double[] theta = series(r, "theta").y();
        assertEquals(33, theta.length);
        assertEquals(0.0, theta[0]);
        assertEquals(Math.PI / 2, theta[32]);
        assertEquals(33, series(r, "logGaussianIntegralReal").size(), "no on-shell mode: θ = 0 included");
        assertArrayEquals(theta, series(r, "logGaussianIntegralImag").x());
    }

    /** A(π/2) = K_E, A(0) = −i K_M, and at every θ the symbol v[−i e^{iθ} ω̂² + i e^{−iθ}(k̂² + m²)] itself. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4x4;1;1.0", "4x4;1;2.0", "6x4;0.5,1;0.3", "3x2x4;1,0.5,2;0.8"})
    void flowIsTheSymbolOfThePathWithExactEndpoints(String lattice, String spacing, double m2) {
        int steps = 17;
        Lattice l = Lattice.parse(lattice, spacing);
        int v = l.volume();
        Map<String, Result> r = run(new WickRotationTask(), parameters(lattice, spacing, m2, steps));
        double[][][] flow = flowByMode(r, steps, v);
        double[] ke = Symbols.euclidean(l, m2);
        double[] km = Symbols.minkowski(l, m2);
        double maxKm = 0;
        for (double x : km) {
            maxKm = Math.max(maxKm, Math.abs(x));
        }
        for (int k = 0; k < v; k++) {
            assertClose(ke[k], flow[0][steps - 1][k], 0, "Re A_k(π/2) = K_E, mode " + k);
            assertEquals(0.0, flow[1][steps - 1][k], "Im A_k(π/2), mode " + k);
            assertEquals(0.0, flow[0][0][k], "Re A_k(0), mode " + k);
            assertClose(-km[k], flow[1][0][k], maxKm, "Im A_k(0) = −K_M, mode " + k);
        }
        double[] hat0 = new double[v];
        double[] spatial = new double[v];
        double[][] k2 = new double[l.dimension()][];
        for (int mu = 0; mu < l.dimension(); mu++) {
            k2[mu] = wick.lattice.Momenta.hatK2(l, mu);
        }
        int[] j = new int[l.dimension()];
        for (int k = 0; k < v; k++) {
            l.coordinates(k, j);
            hat0[k] = k2[0][j[0]];
            for (int mu = 1; mu < l.dimension(); mu++) {
                spatial[k] += k2[mu][j[mu]];
            }
        }
        double cell = l.cellVolume();
        for (int s = 0; s < steps; s++) {
            double th = 0.5 * Math.PI * s / (steps - 1);
            // v[−i e^{iθ} ω̂² + i e^{−iθ} (k̂² + m²)]: −i e^{iθ} = (sin θ, −cos θ), i e^{−iθ} = (sin θ, cos θ)
            for (int k = 0; k < v; k++) {
                double re = cell * (Math.sin(th) * hat0[k] + Math.sin(th) * (spatial[k] + m2));
                double im = cell * (-Math.cos(th) * hat0[k] + Math.cos(th) * (spatial[k] + m2));
                double scale = cell * (hat0[k] + spatial[k] + m2);
                assertClose(re, flow[0][s][k], scale, "Re A_k(θ_" + s + "), mode " + k);
                assertClose(im, flow[1][s][k], scale, "Im A_k(θ_" + s + "), mode " + k);
            }
        }
    }

    /** Re A_k(θ) = v sin θ (ω̂² + Σk̂² + m²) ≥ 0, and minRealPart = v m² sin θ (the k = 0 mode). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4x4;1;1.0", "4x4;1;2.0", "6x4;0.5,1;0.3", "3x2x4;1;0.8"})
    void realPartsAreNonNegativeAlongThePath(String lattice, String spacing, double m2) {
        int steps = 65;
        Lattice l = Lattice.parse(lattice, spacing);
        int v = l.volume();
        Map<String, Result> r = run(new WickRotationTask(), parameters(lattice, spacing, m2, steps));
        double[][][] flow = flowByMode(r, steps, v);
        double[] ke = Symbols.euclidean(l, m2);
        double[] minRe = series(r, "minRealPart").y();
        double[] theta = series(r, "theta").y();
        for (int s = 0; s < steps; s++) {
            double sin = Math.sin(theta[s]);
            for (int k = 0; k < v; k++) {
                assertClose(sin * ke[k], flow[0][s][k], 0, "Re A_k(θ_" + s + ")");
                assertTrue(flow[0][s][k] >= 0, "Re A_k ≥ 0");
                if (s > 0) {
                    assertTrue(flow[0][s][k] > 0, "Re A_k > 0 for θ > 0");
                }
            }
            assertClose(sin * l.cellVolume() * m2, minRe[s], 0, "minRealPart at θ_" + s);
        }
    }

    /** Columns are modes sorted by K_E; each column is an eigenvector's eigenvalue of the dense A(θ) built from Δ_μ. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4x4;1;1.0", "3x2x4;1,0.5,2;0.8"})
    void flowColumnsAreEigenvaluesOfTheDensePathMatrix(String lattice, String spacing, double m2) {
        int steps = 5;
        Lattice l = Lattice.parse(lattice, spacing);
        int v = l.volume();
        Map<String, Result> r = run(new WickRotationTask(), parameters(lattice, spacing, m2, steps));
        double[] index = series(r, "modeIndex").y();
        double[] ke = Symbols.euclidean(l, m2);
        for (int c = 1; c < v; c++) {
            assertTrue(ke[(int) index[c - 1]] <= ke[(int) index[c]], "columns sorted by K_E at " + c);
        }
        // time part T = v Δ_0ᵀΔ_0, space-and-mass part X = v (Σ_i Δ_iᵀΔ_i + m²)
        DMatrixRMaj time = gram(l, 0);
        DMatrixRMaj space = new DMatrixRMaj(v, v);
        for (int mu = 1; mu < l.dimension(); mu++) {
            CommonOps_DDRM.addEquals(space, gram(l, mu));
        }
        for (int n = 0; n < v; n++) {
            space.add(n, n, m2);
        }
        CommonOps_DDRM.scale(l.cellVolume(), time);
        CommonOps_DDRM.scale(l.cellVolume(), space);
        double[] re = field(r, "eigenvalueFlowReal").values();
        double[] im = field(r, "eigenvalueFlowImag").values();
        int[] coord = new int[l.dimension()];
        int[] jk = new int[l.dimension()];
        for (int s = 0; s < steps; s++) {
            double th = 0.5 * Math.PI * s / (steps - 1);
            // A = (sin θ − i cos θ) T + (sin θ + i cos θ) X
            DMatrixRMaj aRe = new DMatrixRMaj(v, v);
            DMatrixRMaj aIm = new DMatrixRMaj(v, v);
            CommonOps_DDRM.add(Math.sin(th), time, Math.sin(th), space, aRe);
            CommonOps_DDRM.add(-Math.cos(th), time, Math.cos(th), space, aIm);
            for (int c = 0; c < v; c++) {
                int k = (int) index[c];
                l.coordinates(k, jk);
                DMatrixRMaj eRe = new DMatrixRMaj(v, 1);
                DMatrixRMaj eIm = new DMatrixRMaj(v, 1);
                for (int n = 0; n < v; n++) {
                    l.coordinates(n, coord);
                    double phase = 0;
                    for (int mu = 0; mu < l.dimension(); mu++) {
                        phase += 2 * Math.PI * jk[mu] * coord[mu] / l.extent(mu);
                    }
                    eRe.set(n, Math.cos(phase));
                    eIm.set(n, Math.sin(phase));
                }
                // (aRe + i aIm)(eRe + i eIm)
                DMatrixRMaj t1 = new DMatrixRMaj(v, 1);
                DMatrixRMaj t2 = new DMatrixRMaj(v, 1);
                CommonOps_DDRM.mult(aRe, eRe, t1);
                CommonOps_DDRM.mult(aIm, eIm, t2);
                DMatrixRMaj outRe = new DMatrixRMaj(v, 1);
                CommonOps_DDRM.subtract(t1, t2, outRe);
                CommonOps_DDRM.mult(aRe, eIm, t1);
                CommonOps_DDRM.mult(aIm, eRe, t2);
                DMatrixRMaj outIm = new DMatrixRMaj(v, 1);
                CommonOps_DDRM.add(t1, t2, outIm);
                double lr = re[s * v + c];
                double li = im[s * v + c];
                double scale = Math.abs(ke[k]) + CommonOps_DDRM.elementMaxAbs(aRe) + CommonOps_DDRM.elementMaxAbs(aIm);
                for (int n = 0; n < v; n++) {
                    double expRe = lr * eRe.get(n) - li * eIm.get(n);
                    double expIm = lr * eIm.get(n) + li * eRe.get(n);
                    assertEquals(expRe, outRe.get(n), 1e-12 * scale, "Re (A e_k)_n, θ_" + s + ", mode " + k + ", site " + n);
                    assertEquals(expIm, outIm.get(n), 1e-12 * scale, "Im (A e_k)_n, θ_" + s + ", mode " + k + ", site " + n);
                }
            }
        }
    }

    /** Δ_μᵀΔ_μ from the dense forward difference. */
    private static DMatrixRMaj gram(Lattice l, int mu) {
        DMatrixRMaj d = DenseOperators.forwardDifference(l, mu);
        DMatrixRMaj g = new DMatrixRMaj(l.volume(), l.volume());
        CommonOps_DDRM.multTransA(d, d, g);
        return g;
    }

    /** PHYSICS 2.1: the path ends at ln Z_E = (V/2) ln 2π − ½ Σ ln (K_E)_k, real. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4x4;1;1.0", "4x4;1;2.0", "6x4;0.5,1;0.3", "3x2x4;1,0.5,2;0.8", "16x8;0.25,1;0.1"})
    void pathEndsAtTheEuclideanPartitionFunction(String lattice, String spacing, double m2) {
        Map<String, Result> r = run(new WickRotationTask(), parameters(lattice, spacing, m2, 9));
        double lnZ = new FreeField(Lattice.parse(lattice, spacing), m2).logPartitionFunction();
        assertClose(lnZ, scalar(r, "lnZEuclidean"), 1, "lnZEuclidean");
        double[] re = series(r, "logGaussianIntegralReal").y();
        double[] im = series(r, "logGaussianIntegralImag").y();
        assertClose(lnZ, re[re.length - 1], 1, "Re ln Z(π/2)");
        assertEquals(0.0, im[im.length - 1], 0.0, "Im ln Z(π/2)");
    }

    /** The continued phase has no jumps: on a fine grid neighbouring values differ by less than π/4. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4x4;1;1.0", "4x4;1;2.0", "6x4;0.5,1;0.3", "8x8;1;0.5"})
    void phaseIsContinuousAlongTheta(String lattice, String spacing, double m2) {
        Map<String, Result> r = run(new WickRotationTask(), parameters(lattice, spacing, m2, 2001));
        double[] im = series(r, "logGaussianIntegralImag").y();
        double maxJump = 0;
        for (int s = 1; s < im.length; s++) {
            maxJump = Math.max(maxJump, Math.abs(im[s] - im[s - 1]));
        }
        assertTrue(maxJump < Math.PI / 4, "largest jump of Im ln Z between neighbouring θ: " + maxJump);
    }

    /** The continued phase equals the principal Arg per mode (Re A_k ≥ 0 keeps every A_k off the cut). */
    @Test
    void continuedPhaseEqualsThePrincipalBranch() {
        Lattice l = Lattice.parse("6x4", "0.5,1");
        WickPath path = new WickPath(l, 0.3);
        int steps = 33;
        PathGaussianIntegral integral = PathGaussianIntegral.compute(path, steps, ProgressMonitor.NONE);
        double[] re = new double[l.volume()];
        double[] im = new double[l.volume()];
        double[] imag = integral.imag();
        for (int s = 0; s < steps; s++) {
            path.symbol(WickPath.sin(s, steps), WickPath.cos(s, steps), re, im);
            double principal = 0;
            for (int k = 0; k < re.length; k++) {
                principal += Math.atan2(im[k], re[k]);
            }
            assertClose(-0.5 * principal, imag[s], Math.PI, "Im ln Z(θ_" + s + ") vs principal branch");
        }
    }

    /** θ = 0: Im ln Z = (π/4)(n₊ − n₋) of K_M, from −½ ln(−i a) = −½ ln|a| + i(π/4) sgn a per mode. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4x4;1;1.0", "6x4;0.5,1;0.3", "3x2x4;1,0.5,2;0.8", "5;1;0.5"})
    void phaseAtZeroIsTheClosedFormula(String lattice, String spacing, double m2) {
        Lattice l = Lattice.parse(lattice, spacing);
        Signature sig = Signature.of(Symbols.minkowski(l, m2));
        assertEquals(0, sig.zero(), "this lattice has no on-shell mode");
        Map<String, Result> r = run(new WickRotationTask(), parameters(lattice, spacing, m2, 33));
        double expected = Math.PI / 4 * (sig.positive() - sig.negative());
        assertClose(expected, scalar(r, "phaseAtZero"), Math.PI, "phaseAtZero");
        assertClose(expected, series(r, "logGaussianIntegralImag").y()[0], Math.PI, "Im ln Z(0)");
        // the real part at θ = 0: (V/2) ln 2π − ½ Σ ln |K_M|
        double s = 0;
        for (double x : Symbols.minkowski(l, m2)) {
            s += Math.log(Math.abs(x));
        }
        assertClose(0.5 * l.volume() * Math.log(2 * Math.PI) - 0.5 * s, series(r, "logGaussianIntegralReal").y()[0], 1, "Re ln Z(0)");
        assertEquals(0.0, scalar(r, "onShellAtZero"));
    }

    @Test
    void fourByFourAtM2Equal1HasPhaseMinusThreePiOverTwo() {
        Map<String, Result> r = run(new WickRotationTask(), parameters("4x4", "1", 1.0, 33));
        // 5 positive, 11 negative (PHYSICS 1 tables)
        assertClose(-1.5 * Math.PI, scalar(r, "phaseAtZero"), Math.PI, "phaseAtZero");
    }

    /** 4×4 at m² = 2: 4 on-shell modes make the θ = 0 integral diverge; the series starts at θ_1, the phase limit stays. */
    @Test
    void onShellModesAreReportedAndThetaZeroIsExcluded() {
        int steps = 33;
        Map<String, Result> r = run(new WickRotationTask(), parameters("4x4", "1", 2.0, steps));
        assertEquals(4.0, scalar(r, "onShellAtZero"));
        TableResult table = (TableResult) r.get("onShellModes");
        assertEquals(4, table.rows().size());
        double[] hat = {0, 2, 4, 2};
        Lattice l = Lattice.of(4, 4);
        int[] j = new int[2];
        for (List<Object> row : table.rows()) {
            l.coordinates((Integer) row.get(0), j);
            assertEquals(hat[j[0]] - hat[j[1]], 2.0, "on shell: ω̂² − k̂² = m², " + row);
            assertEquals(2 * hat[j[0]], (Double) row.get(2), 1e-12, "K_E = 2 v ω̂² on shell: " + row);
        }
        double[] x = series(r, "logGaussianIntegralReal").x();
        assertEquals(steps - 1, x.length);
        assertEquals(0.5 * Math.PI / (steps - 1), x[0], 1e-15, "the series starts at θ_1");
        for (double y : series(r, "logGaussianIntegralReal").y()) {
            assertTrue(Double.isFinite(y), "finite for θ > 0");
        }
        Signature sig = Signature.of(Symbols.minkowski(l, 2.0));
        assertClose(Math.PI / 4 * (sig.positive() - sig.negative()), scalar(r, "phaseAtZero"), Math.PI, "θ → 0⁺ phase");
        assertEquals(-2.5 * Math.PI, scalar(r, "phaseAtZero"), 1e-12, "(π/4)(1 − 11)");
    }

    @Test
    void parameterErrorsNameTheParameter() {
        WickRotationTask task = new WickRotationTask();
        assertRejected(task, parameters("4x4", "1", 0.0, 33), "m2");
        assertRejected(task, parameters("4x4", "1", -1.0, 33), "m2");
        assertRejected(task, parameters("4x4", "1", Double.NaN, 33), "m2");
        assertRejected(task, parameters("4x4", "1", "Infinity", 33), "m2");
        assertRejected(task, parameters("4x4", "1", 1.0, 1), "steps");
        assertRejected(task, parameters("4x4", "1", 1.0, 0), "steps");
        assertRejected(task, parameters("4x4", "1", 1.0, "many"), "steps");
        assertRejected(task, parameters("64x64", "1", 1.0, 100000), "steps");
        assertRejected(task, parameters("4x", "1", 1.0, 33), "lattice");
        assertRejected(task, parameters("4x4", "0", 1.0, 33), "spacing");
        task.validate(parameters("4x4", "1", 1.0, 2));
    }
}
