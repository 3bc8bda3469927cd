package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;
import wick.model.gravity.StressTensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.lattice.DenseOperators;

/**
 * K[σ] (PHYSICS section 4): the defining identity ½φᵀK[σ]φ = ½φᵀK_Eφ − v Σ σ·T, agreement of the
 * matrix-free, sparse and dense forms, K[0] = K_E, positivity inside Ω, and the constant-σ symbol.
 */
class KSigmaTest {
    private static final double M2 = 0.8;

    @Test
    void identityD2Symmetric() {
        identity(Fields.D2, StressOption.SYMMETRIC, new int[] {1, 1}, 1);
        identity(Fields.D2, StressOption.SYMMETRIC, new int[] {2, 3}, 2);
    }

    @Test
    void identityD2Forward() {
        identity(Fields.D2, StressOption.FORWARD, new int[] {1, 1}, 3);
    }

    @Test
    void identityD3Symmetric() {
        identity(Fields.D3, StressOption.SYMMETRIC, new int[] {1, 1, 1}, 4);
        identity(Fields.D3, StressOption.SYMMETRIC, new int[] {3, 1, 2}, 5);
    }

    @Test
    void identityD3Forward() {
        identity(Fields.D3, StressOption.FORWARD, new int[] {1, 1, 1}, 6);
    }

    /** Largest relative error seen in the identity, printed for the report. */
    private static void identity(Lattice l, StressOption option, int[] block, long seed) {
        RandomStream r = RandomStream.of(seed);
        double worst = 0;
        for (int trial = 0; trial < 10; trial++) {
            LatentField sigma = Fields.randomSigma(new Blocks(l, block), 0.4, r);
            double[] phi = Fields.randomField(l.volume(), r);
            KSigma k = new KSigma(l, M2, option, sigma);
            double left = 0.5 * k.quadraticForm(phi);
            double[] t = new double[l.volume() * LatentField.components(l.dimension())];
            new StressTensor(l, M2, option).compute(phi, t);
            DMatrixRMaj ke = DenseOperators.euclidean(l, M2);
            double free = 0.5 * quadratic(ke, phi);
            double right = free - l.cellVolume() * StressTensor.contract(sigma, t);
            double error = Math.abs(left - right) / free;
            worst = Math.max(worst, error);
            assertTrue(error < Tolerance.EXACT, l + " " + option + ": ½φᵀKφ = " + left + " vs " + right);
        }
        System.out.printf("identity %s %s blocks %s: max relative error %.2e%n", l, option, java.util.Arrays.toString(block), worst);
    }

    @Test
    void denseSparseAndMatrixFreeAgree() {
        for (StressOption option : StressOption.values()) {
            // D = 2 runs the 9-point stencil: extents 1 and 2 alias its offsets, unequal extents and spacings catch layout slips
            for (Lattice l : new Lattice[] {Fields.D2, Fields.D3, new Lattice(new int[] {2, 1, 5}, new double[] {1.2, 0.5, 0.8}),
                    new Lattice(new int[] {4, 3}, new double[] {1.1, 0.6}), new Lattice(new int[] {2, 5}, new double[] {0.7, 1.3}),
                    new Lattice(new int[] {1, 3}, new double[] {0.9, 1.0}), new Lattice(new int[] {5, 2}, new double[] {0.8, 1.2}),
                    new Lattice(new int[] {3, 1}, new double[] {1.3, 0.7}), new Lattice(new int[] {2, 2}, new double[] {0.9, 1.1}),
                    new Lattice(new int[] {1, 1}, new double[] {1.0, 0.6})}) {
                RandomStream r = RandomStream.of(11);
                int[] ones = new int[l.dimension()];
                java.util.Arrays.fill(ones, 1);
                KSigma k = new KSigma(l, M2, option, Fields.randomSigma(new Blocks(l, ones), 0.4, r));
                DMatrixRMaj dense = k.dense();
                DMatrixSparseCSC sparse = k.sparse();
                double scale = maxAbs(dense);
                int v = l.volume();
                double[] e = new double[v];
                double[] col = new double[v];
                double[] diagonal = new double[v];
                k.diagonal(diagonal);
                for (int i = 0; i < v; i++) {
                    assertEquals(dense.get(i, i), diagonal[i], Tolerance.EXACT * scale, l + " " + option + " diagonal (" + i + ")");
                }
                for (int j = 0; j < v; j++) {
                    java.util.Arrays.fill(e, 0);
                    e[j] = 1;
                    k.apply(e, col);
                    for (int i = 0; i < v; i++) {
                        assertEquals(dense.get(i, j), col[i], Tolerance.EXACT * scale, l + " " + option + " apply vs dense (" + i + "," + j + ")");
                        assertEquals(dense.get(i, j), sparse.get(i, j), Tolerance.EXACT * scale, l + " " + option + " sparse vs dense (" + i + "," + j + ")");
                        assertEquals(dense.get(i, j), dense.get(j, i), Tolerance.EXACT * scale, "symmetric");
                    }
                }
            }
        }
    }

    @Test
    void atZeroSigmaIsEuclidean() {
        for (StressOption option : StressOption.values()) {
            for (Lattice l : new Lattice[] {Fields.D2, Fields.D3}) {
                DMatrixRMaj k = new KSigma(l, M2, option, new LatentField(Blocks.sites(l))).dense();
                DMatrixRMaj ke = DenseOperators.euclidean(l, M2);
                double scale = maxAbs(ke);
                for (int i = 0; i < k.getNumElements(); i++) {
                    assertEquals(ke.data[i], k.data[i], Tolerance.EXACT * scale, l + " " + option);
                }
            }
        }
    }

    @Test
    void positiveDefiniteInsideOmega() {
        RandomStream r = RandomStream.of(21);
        for (StressOption option : StressOption.values()) {
            for (Lattice l : new Lattice[] {Fields.D2, Fields.D3}) {
                for (int trial = 0; trial < 5; trial++) {
                    LatentField sigma = Fields.randomSigmaInOmega(Blocks.sites(l), 0.9, r);
                    double[] eig = DenseOperators.symmetricEigenvalues(new KSigma(l, M2, option, sigma).dense());
                    assertTrue(eig[0] > 0, l + " " + option + ": smallest eigenvalue " + eig[0]);
                }
            }
        }
    }

    @Test
    void constantSigmaSymbolIsTheSpectrum() {
        for (StressOption option : StressOption.values()) {
            for (Lattice l : new Lattice[] {Fields.D2, Fields.D3, new Lattice(new int[] {6, 5}, new double[] {0.8, 1.1})}) {
                RandomStream r = RandomStream.of(31);
                LatentField sigma = Fields.randomSigmaInOmega(new Blocks(l, l.extents()), 0.5, r);
                KSigma k = new KSigma(l, M2, option, sigma);
                double[] eig = DenseOperators.symmetricEigenvalues(k.dense());
                double[] symbol = KSymbol.ofMean(l, M2, option, sigma);
                java.util.Arrays.sort(symbol);
                for (int i = 0; i < eig.length; i++) {
                    assertEquals(symbol[i], eig[i], Tolerance.EXACT * symbol[symbol.length - 1], l + " " + option + " eigenvalue " + i);
                }
            }
        }
    }

    private static double quadratic(DMatrixRMaj a, double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                s += x[i] * a.get(i, j) * x[j];
            }
        }
        return s;
    }

    private static double maxAbs(DMatrixRMaj a) {
        double m = 0;
        for (double x : a.data) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
