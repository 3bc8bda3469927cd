package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/**
 * The perturbation–optimisation solve (PHYSICS section 4): relative residual ≤ 1e-10 (recomputed
 * here), few iterations for small σ on 32×32 with the FFT preconditioner K[σ̄]⁻¹, and fewer than
 * plain CG.
 */
class ConjugateGradientTest {
    private static final Lattice L = new Lattice(new int[] {32, 32}, new double[] {1.0, 0.8});
    private static final double M2 = 0.25;

    @Test
    void fewIterationsForSmallSigmaAndFewerThanPlainCg() {
        double[] amplitudes = {0.0, 0.02, 0.05, 0.1, 0.2, 0.3};
        for (double amp : amplitudes) {
            RandomStream r = RandomStream.of(7);
            LatentField sigma = Fields.randomSigmaInOmega(Blocks.sites(L), amp, r);
            KSigma k = new KSigma(L, M2, StressOption.SYMMETRIC, sigma);
            PerturbationOptimisationDecoder pre = new PerturbationOptimisationDecoder(k, PerturbationOptimisationDecoder.Preconditioning.FFT, Decoders.CG_TOLERANCE);
            PerturbationOptimisationDecoder plain = new PerturbationOptimisationDecoder(k, PerturbationOptimisationDecoder.Preconditioning.NONE, Decoders.CG_TOLERANCE);
            double[] phi = new double[L.volume()];
            double[] b = new double[L.volume()];
            RandomStream r1 = RandomStream.of(8);
            pre.sample(r1, phi);
            int preIterations = pre.iterations();
            // the true residual of the returned φ against the b of the same draw
            pre.perturbation(RandomStream.of(8), b);
            double[] kphi = new double[L.volume()];
            k.apply(phi, kphi);
            double residual = norm(diff(b, kphi)) / norm(b);
            assertTrue(residual <= Decoders.CG_TOLERANCE, "amplitude " + amp + ": residual " + residual);
            PerturbationOptimisationDecoder jacobi = new PerturbationOptimisationDecoder(k, PerturbationOptimisationDecoder.Preconditioning.JACOBI, Decoders.CG_TOLERANCE);
            jacobi.sample(RandomStream.of(8), phi);
            k.apply(phi, kphi);
            double jacobiResidual = norm(diff(b, kphi)) / norm(b);
            assertTrue(jacobiResidual <= Decoders.CG_TOLERANCE, "amplitude " + amp + ": Jacobi residual " + jacobiResidual);
            plain.sample(RandomStream.of(8), phi);
            int plainIterations = plain.iterations();
            System.out.printf("CG 32x32 |sigma| <= %.2f: FFT-preconditioned %d iterations, Jacobi %d, plain %d, residual %.1e%n",
                    amp, preIterations, jacobi.iterations(), plainIterations, residual);
            assertTrue(jacobi.iterations() <= plainIterations, "amplitude " + amp + ": Jacobi " + jacobi.iterations() + " vs plain " + plainIterations);
            assertTrue(preIterations < plainIterations, "amplitude " + amp + ": " + preIterations + " vs plain " + plainIterations);
            if (amp <= 0.1) {
                assertTrue(preIterations < 30, "amplitude " + amp + ": " + preIterations + " iterations");
            }
        }
    }

    @Test
    void forwardOptionConvergesToo() {
        LatentField sigma = Fields.randomSigmaInOmega(new Blocks(L, new int[] {4, 4}), 0.05, RandomStream.of(9));
        KSigma k = new KSigma(L, M2, StressOption.FORWARD, sigma);
        PerturbationOptimisationDecoder pre = new PerturbationOptimisationDecoder(k, PerturbationOptimisationDecoder.Preconditioning.FFT, Decoders.CG_TOLERANCE);
        pre.sample(RandomStream.of(10), new double[L.volume()]);
        System.out.printf("CG 32x32 forward, 4x4 blocks, |sigma| <= 0.05: %d iterations%n", pre.iterations());
        assertTrue(pre.residual() <= Decoders.CG_TOLERANCE && pre.iterations() < 30, pre.iterations() + " iterations");
    }

    /**
     * The preconditioner is the exact inverse of K[σ] for constant σ: K x then the preconditioner
     * gives x back, through the real 2-D transform (extents powers of two) and the complex one (odd extent, D = 3).
     */
    @Test
    void preconditionerInvertsTheConstantSigmaOperator() {
        Lattice[] lattices = {new Lattice(new int[] {8, 16}, new double[] {1.0, 0.7}), new Lattice(new int[] {8, 6}, new double[] {1.0, 0.7}), new Lattice(new int[] {2, 4}, new double[] {0.9, 1.2}),
            new Lattice(new int[] {5, 4}, new double[] {0.8, 1.1}), new Lattice(new int[] {4, 3, 6}, new double[] {1.0, 0.9, 1.3})};
        for (Lattice l : lattices) {
            for (StressOption option : StressOption.values()) {
                LatentField sigma = new LatentField(new Blocks(l, extents(l)));
                double[] s = sigma.values();
                for (int q = 0; q < s.length; q++) {
                    s[q] = 0.03 * (q + 1) * (q % 2 == 0 ? 1 : -1);
                }
                assertTrue(sigma.inOmega());
                KSigma k = new KSigma(l, M2, option, sigma);
                FftPreconditioner pre = new FftPreconditioner(l, KSymbol.ofMean(l, M2, option, sigma));
                double[] x = Fields.randomField(l.volume(), RandomStream.of(12));
                double[] kx = new double[l.volume()];
                double[] back = new double[l.volume()];
                k.apply(x, kx);
                pre.apply(kx, back);
                double error = norm(diff(back, x)) / norm(x);
                assertTrue(error < 1e-12, l + " " + option + ": |M K x - x|/|x| = " + error);
            }
        }
    }

    /** A decoder rebound to a new K draws exactly what a new decoder for that K draws. */
    @Test
    void reboundDecoderEqualsAFreshOne() {
        Blocks blocks = new Blocks(L, new int[] {2, 2});
        for (String name : new String[] {Decoders.CG, Decoders.CG_JACOBI, Decoders.CG_SSOR}) {
            rebound(blocks, name);
        }
    }

    private static void rebound(Blocks blocks, String name) {
        Decoder reused = null;
        Decoder first = null;
        for (int round = 0; round < 3; round++) {
            LatentField sigma = Fields.randomSigmaInOmega(blocks, 0.1 * (round + 1), RandomStream.of(30 + round));
            TensorPrecision k = new TensorPrecision(new KSigma(L, M2, StressOption.SYMMETRIC, sigma));
            reused = Decoders.reuse(name, k, reused);
            first = first == null ? reused : first;
            assertTrue(reused == first, name + " decoder reused");
            double[] a = new double[L.volume()];
            double[] b = new double[L.volume()];
            reused.sample(RandomStream.of(40 + round), a);
            Decoders.create(name, k).sample(RandomStream.of(40 + round), b);
            assertTrue(norm(diff(a, b)) <= 1e-14 * norm(b), name + " round " + round);
        }
    }

    /**
     * In D = 3 (K through differences and fluxes, the complex-FFT preconditioner, the diagonal by
     * assembly) and on a D = 2 lattice whose extents are not powers of two, both CG decoders solve
     * K φ = b for their own b to the tolerance, and φ equals the dense solve of that b.
     */
    @Test
    void bothCgDecodersSolveInThreeDimensionsAndOnOddLattices() {
        Lattice[] lattices = {new Lattice(new int[] {4, 3, 6}, new double[] {1.0, 0.9, 1.3}), new Lattice(new int[] {6, 5}, new double[] {0.8, 1.1})};
        for (Lattice l : lattices) {
            for (StressOption option : StressOption.values()) {
                LatentField sigma = Fields.randomSigmaInOmega(Blocks.sites(l), 0.2, RandomStream.of(50));
                KSigma k = new KSigma(l, M2, option, sigma);
                org.ejml.data.DMatrixRMaj dense = k.dense();
                for (PerturbationOptimisationDecoder.Preconditioning p : new PerturbationOptimisationDecoder.Preconditioning[] {
                    PerturbationOptimisationDecoder.Preconditioning.FFT, PerturbationOptimisationDecoder.Preconditioning.JACOBI}) {
                    PerturbationOptimisationDecoder decoder = new PerturbationOptimisationDecoder(k, p, Decoders.CG_TOLERANCE);
                    double[] b = new double[l.volume()];
                    double[] phi = new double[l.volume()];
                    decoder.perturbation(RandomStream.of(51), b);
                    decoder.sample(RandomStream.of(51), phi);
                    assertTrue(decoder.residual() <= Decoders.CG_TOLERANCE, l + " " + option + " " + p + ": residual " + decoder.residual());
                    org.ejml.data.DMatrixRMaj x = new org.ejml.data.DMatrixRMaj(l.volume(), 1);
                    org.ejml.dense.row.CommonOps_DDRM.solve(dense, new org.ejml.data.DMatrixRMaj(l.volume(), 1, true, b), x);
                    double error = norm(diff(phi, x.data)) / norm(x.data);
                    assertTrue(error < 1e-8, l + " " + option + " " + p + ": |phi - K^-1 b| / |K^-1 b| = " + error);
                }
            }
        }
    }

    private static int[] extents(Lattice l) {
        int[] e = new int[l.dimension()];
        for (int mu = 0; mu < e.length; mu++) {
            e[mu] = l.extent(mu);
        }
        return e;
    }

    private static double[] diff(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
