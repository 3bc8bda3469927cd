package wick.model.gravity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

/**
 * The SSOR-preconditioned CG (PHYSICS section 4's solve with a stronger preconditioner): the
 * triangular solves of both splits against dense triangular solves of the scaled K, and the solve
 * against the dense solve of the same b, to the true relative residual 1e-10, on D = 2 lattices
 * whose first and last rows and columns wrap and whose extents 1 and 2 alias stencil offsets (the
 * stencil split), in D = 3 and for the rank-0 precision (the sparse split).
 */
class SsorConjugateGradientTest {
    private static final double M2 = 0.8;
    private static final Lattice[] D2 = {new Lattice(new int[] {6, 5}, new double[] {0.8, 1.1}), new Lattice(new int[] {4, 4}, new double[] {1.0, 1.0}),
        new Lattice(new int[] {2, 5}, new double[] {0.7, 1.3}), new Lattice(new int[] {5, 2}, new double[] {1.2, 0.9}),
        new Lattice(new int[] {3, 1}, new double[] {1.0, 0.6}), new Lattice(new int[] {1, 4}, new double[] {0.9, 1.0}),
        new Lattice(new int[] {3, 3}, new double[] {1.1, 0.8})};

    @Test
    void splitsAreTheTrianglesOfTheScaledMatrix() {
        for (Lattice l : D2) {
            for (StressOption option : StressOption.values()) {
                KSigma k = new KSigma(l, M2, option, Fields.randomSigmaInOmega(Blocks.sites(l), 0.3, RandomStream.of(61)));
                TensorPrecision precision = new TensorPrecision(k);
                double[] scale = scale(precision);
                StencilSplit stencil = new StencilSplit(l);
                stencil.bind(k, scale, SsorConjugateGradient.OMEGA);
                SparseSplit sparse = new SparseSplit();
                sparse.bind(precision, scale, SsorConjugateGradient.OMEGA);
                DMatrixRMaj lower = relaxedTriangle(k.dense(), scale, true);
                DMatrixRMaj upper = relaxedTriangle(k.dense(), scale, false);
                for (TriangularSplit split : new TriangularSplit[] {stencil, sparse}) {
                    double[] w = gaussians(62, l.volume());
                    double[] u = new double[l.volume()];
                    split.forward(w, u);
                    assertClose(solve(lower, w), u, l + " " + option + " " + split.getClass().getSimpleName() + " forward");
                    split.backward(w, u);
                    assertClose(solve(upper, w), u, l + " " + option + " " + split.getClass().getSimpleName() + " backward");
                    // Eisenstat's second half: u = (I + ωL)⁻¹(a p + c t) + a t, returning pᵀu
                    double[] p = gaussians(68, l.volume());
                    double a = 1 / SsorConjugateGradient.OMEGA;
                    double c = 1 - 2 / SsorConjugateGradient.OMEGA;
                    double[] rhs = new double[l.volume()];
                    for (int n = 0; n < rhs.length; n++) {
                        rhs[n] = a * p[n] + c * w[n];
                    }
                    double[] expected = solve(lower, rhs);
                    double product = 0;
                    for (int n = 0; n < rhs.length; n++) {
                        expected[n] += a * w[n];
                        product += p[n] * expected[n];
                    }
                    double returned = split.forwardProduct(p, w, a, c, u);
                    assertClose(expected, u, l + " " + option + " " + split.getClass().getSimpleName() + " forwardProduct");
                    assertEquals(product, returned, 1e-12 * Math.max(1, Math.abs(product)), l + " " + option + " forwardProduct's pᵀu");
                }
            }
        }
    }

    @Test
    void solvesLikeTheDenseSolveInTwoAndThreeDimensions() {
        java.util.List<Lattice> lattices = new java.util.ArrayList<>(java.util.List.of(D2));
        lattices.add(new Lattice(new int[] {4, 3, 5}, new double[] {1.0, 0.9, 1.3}));
        lattices.add(new Lattice(new int[] {2, 1, 3}, new double[] {1.0, 0.9, 1.3}));
        for (Lattice l : lattices) {
            for (StressOption option : StressOption.values()) {
                KSigma k = new KSigma(l, M2, option, Fields.randomSigmaInOmega(Blocks.sites(l), 0.3, RandomStream.of(63)));
                check(new TensorPrecision(k), l + " " + option);
            }
        }
    }

    @Test
    void solvesTheRankZeroPrecision() {
        Lattice l = new Lattice(new int[] {6, 4}, new double[] {0.9, 1.2});
        ScalarModel model = new ScalarModel(new Blocks(l, new int[] {2, 2}), M2, 0.4);
        double[] sigma = gaussians(64, model.blocks().count());
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = 0.1 * Math.tanh(sigma[i]);
        }
        check(model.precision(sigma), "rank 0 " + l);
    }

    /** A large lattice: far fewer iterations than Jacobi's for the same b (the reason for the preconditioner). */
    @Test
    void takesFewerIterationsThanJacobi() {
        Lattice l = Lattice.of(32, 32);
        KSigma k = new KSigma(l, 1.0, StressOption.SYMMETRIC, Fields.randomSigmaInOmega(new Blocks(l, new int[] {2, 2}), 0.3, RandomStream.of(65)));
        PerturbationOptimisationDecoder ssor = new PerturbationOptimisationDecoder(k, PerturbationOptimisationDecoder.Preconditioning.SSOR, Decoders.CG_TOLERANCE);
        PerturbationOptimisationDecoder jacobi = new PerturbationOptimisationDecoder(k, PerturbationOptimisationDecoder.Preconditioning.JACOBI, Decoders.CG_TOLERANCE);
        double[] phi = new double[l.volume()];
        ssor.sample(RandomStream.of(66), phi);
        jacobi.sample(RandomStream.of(66), phi);
        System.out.printf("CG 32x32 |sigma| <= 0.3: SSOR %d iterations (residual %.1e), Jacobi %d%n", ssor.iterations(), ssor.residual(), jacobi.iterations());
        assertTrue(ssor.residual() <= Decoders.CG_TOLERANCE);
        assertTrue(2 * ssor.iterations() < jacobi.iterations(), ssor.iterations() + " vs " + jacobi.iterations());
    }

    private static void check(Precision k, String what) {
        int v = k.lattice().volume();
        PerturbationOptimisationDecoder decoder = new PerturbationOptimisationDecoder(k, PerturbationOptimisationDecoder.Preconditioning.SSOR, Decoders.CG_TOLERANCE);
        double[] b = new double[v];
        double[] phi = new double[v];
        decoder.perturbation(RandomStream.of(67), b);
        decoder.sample(RandomStream.of(67), phi);
        assertTrue(decoder.residual() <= Decoders.CG_TOLERANCE, what + ": residual " + decoder.residual());
        double[] k_phi = new double[v];
        k.apply(phi, k_phi);
        double r = 0;
        double bb = 0;
        for (int i = 0; i < v; i++) {
            r += (b[i] - k_phi[i]) * (b[i] - k_phi[i]);
            bb += b[i] * b[i];
        }
        assertEquals(decoder.residual(), Math.sqrt(r / bb), 1e-13, what + ": the reported residual is the true one");
        DMatrixRMaj x = new DMatrixRMaj(v, 1);
        CommonOps_DDRM.solve(k.dense(), new DMatrixRMaj(v, 1, true, b), x);
        assertClose(x.data, phi, what + " solve");
    }

    private static double[] gaussians(long seed, int n) {
        RandomStream r = RandomStream.of(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
        }
        return x;
    }

    private static double[] scale(Precision k) {
        double[] s = new double[k.lattice().volume()];
        k.diagonal(s);
        for (int i = 0; i < s.length; i++) {
            s[i] = 1 / Math.sqrt(s[i]);
        }
        return s;
    }

    /** {@code I + ω L̂} (lower) or {@code I + ω Û} of {@code K̂ = S K S}. */
    private static DMatrixRMaj relaxedTriangle(DMatrixRMaj k, double[] s, boolean lower) {
        int v = s.length;
        DMatrixRMaj t = new DMatrixRMaj(v, v);
        for (int i = 0; i < v; i++) {
            t.set(i, i, 1);
            for (int j = 0; j < v; j++) {
                if (lower ? j < i : j > i) {
                    t.set(i, j, SsorConjugateGradient.OMEGA * s[i] * k.get(i, j) * s[j]);
                }
            }
        }
        return t;
    }

    private static double[] solve(DMatrixRMaj a, double[] b) {
        DMatrixRMaj x = new DMatrixRMaj(b.length, 1);
        CommonOps_DDRM.solve(a, new DMatrixRMaj(b.length, 1, true, b), x);
        return x.data;
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        double d = 0;
        double n = 0;
        for (int i = 0; i < expected.length; i++) {
            d += (expected[i] - actual[i]) * (expected[i] - actual[i]);
            n += expected[i] * expected[i];
        }
        assertTrue(Math.sqrt(d) <= 1e-8 * Math.sqrt(n), what + ": relative error " + Math.sqrt(d / n));
    }
}
