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
            PerturbationOptimisationDecoder pre = new PerturbationOptimisationDecoder(k, true, Decoders.CG_TOLERANCE);
            PerturbationOptimisationDecoder plain = new PerturbationOptimisationDecoder(k, false, Decoders.CG_TOLERANCE);
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
            plain.sample(RandomStream.of(8), phi);
            int plainIterations = plain.iterations();
            System.out.printf("CG 32x32 |sigma| <= %.2f: preconditioned %d iterations, plain %d, residual %.1e%n",
                    amp, preIterations, plainIterations, residual);
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
        PerturbationOptimisationDecoder pre = new PerturbationOptimisationDecoder(k, true, Decoders.CG_TOLERANCE);
        pre.sample(RandomStream.of(10), new double[L.volume()]);
        System.out.printf("CG 32x32 forward, 4x4 blocks, |sigma| <= 0.05: %d iterations%n", pre.iterations());
        assertTrue(pre.residual() <= Decoders.CG_TOLERANCE && pre.iterations() < 30, pre.iterations() + " iterations");
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
