package wick.model.gravity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.random.RandomStream;
import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;
import wick.model.gravity.StressTensor;

/** The encoder σ | φ against PHYSICS section 4. */
class EncoderTest {
    private static final double K = Tolerance.STANDARD_ERRORS;

    @Test
    void conditionalMeanAndVarianceMatchPhysics4() {
        Lattice lattice = Fields.D2; // 4x3, spacings 0.7, 1.3
        Blocks blocks = Blocks.parse(lattice, "2x3");
        double m2 = 0.8;
        double kappa2 = 0.05;
        RandomStream r = RandomStream.of(11);
        double[] phi = Fields.randomField(lattice.volume(), r);
        for (int i = 0; i < phi.length; i++) {
            phi[i] *= 0.4;
        }
        int p = 3;
        double[] t = new double[lattice.volume() * p];
        new StressTensor(lattice, m2, StressOption.SYMMETRIC).compute(phi, t);
        double[] tbar = new double[blocks.count() * p];
        StressTensor.blockMeans(blocks, t, tbar);
        double vm = lattice.cellVolume() * blocks.size();

        Encoder encoder = new Encoder(blocks, m2, kappa2, StressOption.SYMMETRIC, 1000);
        LatentField sigma = new LatentField(blocks);
        int n = 40_000;
        double[] s1 = new double[tbar.length];
        double[] s2 = new double[tbar.length];
        for (int k = 0; k < n; k++) {
            encoder.sample(phi, r, sigma);
            assertTrue(sigma.inOmega());
            for (int i = 0; i < s1.length; i++) {
                double x = sigma.values()[i];
                s1[i] += x;
                s2[i] += x * x;
            }
        }
        for (int i = 0; i < s1.length; i++) {
            int q = i % p;
            double w = q == 1 ? 2 : 1; // off-diagonal weight
            double var = kappa2 / (vm * w);
            assertEquals(var, encoder.standardDeviation(q) * encoder.standardDeviation(q), 1e-15);
            double mean = s1[i] / n;
            double sampleVar = s2[i] / n - mean * mean;
            assertEquals(kappa2 * tbar[i], mean, K * Math.sqrt(var / n), "mean of entry " + i);
            assertEquals(var, sampleVar, K * var * Math.sqrt(2.0 / n), "variance of entry " + i);
        }
        assertTrue(encoder.rejectionRate() < 1e-3, "mean well inside Omega: " + encoder.rejectionRate());
    }

    /** Where Ω binds, the factorised sampler agrees with brute-force rejection from the untruncated normal. */
    @Test
    void truncatedDrawsAgreeWithPlainRejection() {
        Lattice lattice = Lattice.of(2, 2);
        Blocks blocks = Blocks.parse(lattice, "2x2");
        Encoder encoder = new Encoder(blocks, 1, 0.3, StressOption.SYMMETRIC, 1000);
        double[] sd = {encoder.standardDeviation(0), encoder.standardDeviation(1), encoder.standardDeviation(2)};
        double[] mean = {0.1, 0.35, -0.6}; // u = −0.5, w = (0.7, 0.7): both constraints bind
        LatentField sigma = new LatentField(blocks);
        RandomStream r = RandomStream.of(12);
        int n = 100_000;
        double[][] a = new double[3][2];
        double[][] b = new double[3][2];
        double[] cross = new double[2]; // Σ σ00 σ11: the u, w factors must stay independent
        long plainFirstRejected = 0;
        for (int k = 0; k < n; k++) {
            encoder.sampleAround(mean, r, sigma);
            assertTrue(sigma.inOmega(0));
            for (int q = 0; q < 3; q++) {
                a[q][0] += sigma.values()[q];
                a[q][1] += sigma.values()[q] * sigma.values()[q];
            }
            cross[0] += sigma.values()[0] * sigma.values()[2];
            boolean first = true;
            do {
                for (int q = 0; q < 3; q++) {
                    sigma.values()[q] = mean[q] + sd[q] * r.nextGaussian();
                }
                if (first && !sigma.inOmega(0)) {
                    plainFirstRejected++;
                }
                first = false;
            } while (!sigma.inOmega(0));
            for (int q = 0; q < 3; q++) {
                b[q][0] += sigma.values()[q];
                b[q][1] += sigma.values()[q] * sigma.values()[q];
            }
            cross[1] += sigma.values()[0] * sigma.values()[2];
        }
        double rate = encoder.rejectionRate();
        assertTrue(rate > 0.2 && rate < 0.9, "Omega binds here: rejection rate " + rate);
        double plainRate = (double) plainFirstRejected / n;
        assertEquals(plainRate, rate, K * Math.sqrt(2 * plainRate * (1 - plainRate) / n), "rejection rate against plain rejection's");
        double ca = cross[0] / n - a[0][0] / n * a[2][0] / n;
        double cb = cross[1] / n - b[0][0] / n * b[2][0] / n;
        double scale = Math.sqrt((a[0][1] / n) * (a[2][1] / n));
        assertEquals(cb, ca, K * 2 * scale / Math.sqrt(n), "covariance of sigma00 and sigma11");
        for (int q = 0; q < 3; q++) {
            double ma = a[q][0] / n;
            double mb = b[q][0] / n;
            double va = a[q][1] / n - ma * ma;
            double vb = b[q][1] / n - mb * mb;
            double se = Math.sqrt((va + vb) / n);
            assertEquals(mb, ma, K * se, "mean of component " + q);
            // variance of a sample variance ≈ 2σ⁴/n (within a factor for non-Gaussian tails: use the fourth moment bound 3σ⁴)
            assertEquals(vb, va, K * Math.sqrt(3 * (va * va + vb * vb) / n), "variance of component " + q);
        }
    }

    @Test
    void meanFarOutsideOmegaDoesNotStall() {
        Lattice lattice = Lattice.of(8, 8);
        Blocks blocks = Blocks.parse(lattice, "8x8");
        Encoder encoder = new Encoder(blocks, 1, 1e-3, StressOption.SYMMETRIC, 1000);
        LatentField sigma = new LatentField(blocks);
        RandomStream r = RandomStream.of(13);
        double[][] means = {
            {-40, 150, 30}, // u = −10, |w| ≈ 300: far outside both faces, width ~ 0.006
            {5, 0, -5}, // w = (10, 0): outside the disk
            {-3, 0, -3}, // u = −6
            {2000, -1500, 1000}, // |w| ≈ 3000
        };
        long start = System.nanoTime();
        for (double[] mean : means) {
            double uMean = mean[0] + mean[2];
            for (int k = 0; k < 10_000; k++) {
                encoder.sampleAround(mean, r, sigma);
                assertTrue(sigma.inOmega(0));
                double u = sigma.values()[0] + sigma.values()[2];
                if (uMean < -1) {
                    assertTrue(u < -1 + 0.05, "u hugs its face: " + u);
                }
            }
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        assertTrue(seconds < 1, "40000 far-outside draws took " + seconds + " s");
        assertEquals(1.0, encoder.rejectionRate(), 1e-12);
    }

    @Test
    void dimensionThreeGivesUpNamingKappaAndBlock() {
        Lattice lattice = Lattice.of(2, 2, 2);
        Blocks blocks = Blocks.parse(lattice, "1x2x2");
        Encoder encoder = new Encoder(blocks, 1, 1e-3, StressOption.SYMMETRIC, 50);
        LatentField sigma = new LatentField(blocks);
        double[] mean = new double[blocks.count() * 6];
        mean[6] = 5; // block 1, σ_00 far outside
        ParameterException e = assertThrows(ParameterException.class,
                () -> encoder.sampleAround(mean, RandomStream.of(14), sigma));
        assertEquals("kappa2", e.parameter());
        assertTrue(e.getMessage().contains("block 1") && e.getMessage().contains("M = 4") && e.getMessage().contains("0.001"),
                e.getMessage());
    }

    @Test
    void dimensionThreeInsideOmegaMatchesTheNormal() {
        Lattice lattice = Lattice.of(2, 2, 2);
        Blocks blocks = Blocks.parse(lattice, "2x2x2");
        Encoder encoder = new Encoder(blocks, 1, 0.02, StressOption.SYMMETRIC, 1000);
        LatentField sigma = new LatentField(blocks);
        double[] mean = {0.05, -0.02, 0.01, 0.03, 0.0, -0.04};
        RandomStream r = RandomStream.of(15);
        int n = 20_000;
        double[] s = new double[6];
        for (int k = 0; k < n; k++) {
            encoder.sampleAround(mean, r, sigma);
            assertTrue(sigma.inOmega(0));
            for (int q = 0; q < 6; q++) {
                s[q] += sigma.values()[q];
            }
        }
        for (int q = 0; q < 6; q++) {
            assertEquals(mean[q], s[q] / n, K * encoder.standardDeviation(q) / Math.sqrt(n), "component " + q);
        }
    }

    @Test
    void truncatedNormalTailMean() {
        RandomStream r = RandomStream.of(16);
        for (double a : new double[] {-0.5, 0.2, 3, 25}) {
            int n = 50_000;
            double s = 0;
            double s2 = 0;
            for (int k = 0; k < n; k++) {
                double z = TruncatedNormal.standard(r, a, Double.POSITIVE_INFINITY);
                assertTrue(z > a);
                s += z - a;
                s2 += (z - a) * (z - a);
            }
            double tail = 0.5 * org.apache.commons.math3.special.Erf.erfc(a / Math.sqrt(2));
            double exact = Math.exp(-0.5 * a * a) / Math.sqrt(2 * Math.PI) / tail;
            double mean = a + s / n;
            double sd = Math.sqrt(s2 / n - (mean - a) * (mean - a));
            assertEquals(exact, mean, K * sd / Math.sqrt(n) + 1e-12 * Math.abs(exact), "a = " + a);
        }
    }

    /** Each branch of the disk sampler (wide/uniform, x-marginal, Gamma(3/2) far outside) against plain rejection. */
    @Test
    void diskSamplerBranchesAgreeWithPlainRejection() {
        double[][] cases = {{1.5, 0.5, 1.5}, {0.6, -0.5, 0.3}, {-2.7, 3.6, 1.2}}; // m0, m1, s
        RandomStream r = RandomStream.of(17);
        double[] out = new double[2];
        for (double[] c : cases) {
            int n = 40_000;
            double[][] a = new double[2][5];
            double[][] b = new double[2][5];
            for (int k = 0; k < n; k++) {
                TruncatedNormal.disk(r, c[0], c[1], c[2], out);
                assertTrue(out[0] * out[0] + out[1] * out[1] < 1);
                double x;
                double y;
                do {
                    x = c[0] + c[2] * r.nextGaussian();
                    y = c[1] + c[2] * r.nextGaussian();
                } while (x * x + y * y >= 1);
                for (int m = 1; m <= 4; m++) {
                    a[0][m] += Math.pow(out[0], m);
                    a[1][m] += Math.pow(out[1], m);
                    b[0][m] += Math.pow(x, m);
                    b[1][m] += Math.pow(y, m);
                }
            }
            for (int j = 0; j < 2; j++) {
                for (int m = 1; m <= 2; m++) {
                    double ma = a[j][m] / n;
                    double mb = b[j][m] / n;
                    double va = a[j][2 * m] / n - ma * ma;
                    double vb = b[j][2 * m] / n - mb * mb;
                    double se = Math.sqrt((va + vb) / n);
                    assertEquals(mb, ma, K * se, "case " + java.util.Arrays.toString(c) + " moment " + m + " of axis " + j);
                }
            }
        }
    }

    /** A blown-up φ (mean beyond floating-point resolution of the face) fails fast with kappa2 named, never hangs. */
    @Test
    void astronomicalMeanFailsFastNamingKappa() {
        Lattice lattice = Lattice.of(2, 2);
        Blocks blocks = Blocks.parse(lattice, "2x2");
        Encoder encoder = new Encoder(blocks, 1, 1e-3, StressOption.SYMMETRIC, 1000);
        LatentField sigma = new LatentField(blocks);
        double[] mean = {-1e15, 0, -1e15};
        long start = System.nanoTime();
        try {
            encoder.sampleAround(mean, RandomStream.of(18), sigma);
            assertTrue(sigma.inOmega(0));
        } catch (ParameterException e) {
            assertEquals("kappa2", e.parameter());
            assertTrue(e.getMessage().contains("block 0") && e.getMessage().contains("M = 4"), e.getMessage());
        }
        assertTrue((System.nanoTime() - start) * 1e-9 < 1);
    }
}
