package wick.model.gravity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.junit.jupiter.api.Test;

import wick.api.param.ParameterException;
import wick.api.random.RandomStream;
import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

/** The rank-0 variant (PHYSICS section 4): K identity, its forms, the encoder, the decoder. */
class ScalarModelTest {
    private static final double M2 = 0.7;

    /** ½φᵀK[σ]φ = ½φᵀK_0φ + v Σ_n σ(n) φ_n², and apply, dense and sparse agree. */
    @Test
    void kEqualsTheQuadraticFormAndItsFormsAgree() {
        Blocks blocks = Blocks.parse(Fields.D2, "2x1");
        ScalarModel model = new ScalarModel(blocks, M2, 0.4);
        RandomStream r = RandomStream.of(61);
        double[] sigma = new double[blocks.count()];
        for (int b = 0; b < sigma.length; b++) {
            sigma[b] = 0.3 * (2 * r.nextDouble() - 1);
        }
        Precision k = model.precision(sigma);
        KSigma k0 = new KSigma(Fields.D2, M2, StressOption.SYMMETRIC, new LatentField(blocks));
        DMatrixRMaj dense = k.dense();
        DMatrixSparseCSC sparse = k.sparse();
        for (int trial = 0; trial < 5; trial++) {
            double[] phi = Fields.randomField(Fields.D2.volume(), r);
            double expected = k0.quadraticForm(phi);
            for (int n = 0; n < phi.length; n++) {
                expected += 2 * Fields.D2.cellVolume() * sigma[blocks.blockOf(n)] * phi[n] * phi[n];
            }
            double[] kphi = new double[phi.length];
            k.apply(phi, kphi);
            double applied = 0;
            double viaDense = 0;
            double viaSparse = 0;
            for (int i = 0; i < phi.length; i++) {
                applied += phi[i] * kphi[i];
                for (int j = 0; j < phi.length; j++) {
                    viaDense += phi[i] * dense.get(i, j) * phi[j];
                    viaSparse += phi[i] * sparse.get(i, j) * phi[j];
                }
            }
            assertEquals(expected, applied, Tolerance.EXACT * Math.abs(expected));
            assertEquals(expected, viaDense, Tolerance.EXACT * Math.abs(expected));
            assertEquals(expected, viaSparse, Tolerance.EXACT * Math.abs(expected));
        }
        // symbol of the mean equals the dense eigenvalues when σ is constant: check K·plane wave
        assertThrows(ParameterException.class, () -> model.precision(new double[] {-0.5 * M2, 0}));
    }

    /** σ_B | φ ~ N(−κ² mean_B(φ²), κ²/(vM)) truncated to m² + 2σ > 0. */
    @Test
    void encoderConditionalMeanAndVariance() {
        Blocks blocks = Blocks.parse(Fields.D2, "2x3");
        double kappa2 = 0.05;
        ScalarModel model = new ScalarModel(blocks, M2, kappa2);
        RandomStream r = RandomStream.of(62);
        double[] phi = Fields.randomField(Fields.D2.volume(), r);
        for (int i = 0; i < phi.length; i++) {
            phi[i] *= 0.4;
        }
        double[] mean = new double[blocks.count()];
        for (int n = 0; n < phi.length; n++) {
            mean[blocks.blockOf(n)] -= kappa2 * phi[n] * phi[n] / blocks.size();
        }
        double var = kappa2 / (Fields.D2.cellVolume() * blocks.size());
        LatentModel.LatentEncoder encoder = model.encoder();
        int n = 40_000;
        double[] s = new double[blocks.count()];
        double[] s1 = new double[s.length];
        double[] s2 = new double[s.length];
        for (int k = 0; k < n; k++) {
            encoder.sample(phi, r, s);
            for (int b = 0; b < s.length; b++) {
                assertTrue(model.inOmega(s, b));
                s1[b] += s[b];
                s2[b] += s[b] * s[b];
            }
        }
        for (int b = 0; b < s.length; b++) {
            double m = s1[b] / n;
            double v = s2[b] / n - m * m;
            assertEquals(mean[b], m, Tolerance.STANDARD_ERRORS * Math.sqrt(var / n));
            assertEquals(var, v, Tolerance.STANDARD_ERRORS * var * Math.sqrt(2.0 / n));
        }
        assertTrue(encoder.rejections() < 0.001 * encoder.draws());
    }

    /** Where Ω binds, draws stay in Ω and the truncated mean exceeds the untruncated one. */
    @Test
    void encoderTruncatesToOmega() {
        Blocks blocks = Blocks.parse(Fields.D2, "4x3");
        ScalarModel model = new ScalarModel(blocks, M2, 2.0);
        double[] phi = new double[Fields.D2.volume()];
        java.util.Arrays.fill(phi, 1.0); // mean −κ² = −2, far below the face −m²/2
        LatentModel.LatentEncoder encoder = model.encoder();
        double[] s = new double[1];
        RandomStream r = RandomStream.of(63);
        for (int k = 0; k < 1000; k++) {
            encoder.sample(phi, r, s);
            assertTrue(s[0] > -0.5 * M2);
        }
        assertEquals(1000, encoder.rejections());
    }

    /** Each decoder's sample covariance matches K⁻¹ (dense inverse) within 4 standard errors. */
    @Test
    void decodersSampleTheInversePrecision() {
        Blocks blocks = Blocks.parse(Fields.D2, "2x1");
        ScalarModel model = new ScalarModel(blocks, M2, 0.4);
        double[] sigma = {0.2, -0.25, 0.1, -0.05, 0.15, 0.0};
        Precision k = model.precision(sigma);
        DMatrixRMaj g = k.dense();
        int v = Fields.D2.volume();
        double[] diagonal = new double[v];
        k.diagonal(diagonal);
        for (int i = 0; i < v; i++) {
            assertEquals(g.get(i, i), diagonal[i], 1e-12 * Math.abs(g.get(i, i)), "diagonal " + i);
        }
        org.ejml.dense.row.CommonOps_DDRM.invert(g);
        for (String solver : new String[] {Decoders.DENSE, Decoders.SPARSE, Decoders.CG, Decoders.CG_JACOBI}) {
            Decoder decoder = Decoders.create(solver, k);
            RandomStream r = RandomStream.of(64);
            int n = 20_000;
            double[] phi = new double[v];
            double[][] c = new double[v][v];
            for (int s = 0; s < n; s++) {
                decoder.sample(r, phi);
                for (int i = 0; i < v; i++) {
                    for (int j = 0; j < v; j++) {
                        c[i][j] += phi[i] * phi[j] / n;
                    }
                }
            }
            int failures = 0;
            for (int i = 0; i < v; i++) {
                for (int j = 0; j < v; j++) {
                    double exact = g.get(i, j);
                    double se = Math.sqrt((g.get(i, i) * g.get(j, j) + exact * exact) / n);
                    if (Math.abs(c[i][j] - exact) > Tolerance.STANDARD_ERRORS * se) {
                        failures++;
                    }
                }
            }
            assertEquals(0, failures, solver + ": covariance entries beyond 4 standard errors");
        }
        assertFalse(model.inOmega(new double[] {-0.4, 0, 0, 0, 0, 0}, 0));
    }
}
