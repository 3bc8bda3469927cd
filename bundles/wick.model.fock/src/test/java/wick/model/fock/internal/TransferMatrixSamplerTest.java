package wick.model.fock.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.model.GaussianSymbolTarget;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.lattice.FreeField;
import wick.lattice.Symbols;

/** The transfer-matrix (periodic AR(1) bridge) sampler of the free field. */
class TransferMatrixSamplerTest {

    record Free(Lattice lattice, double[] precisionSymbol) implements GaussianSymbolTarget {
        @Override
        public String describe() {
            return "free field " + lattice.extentsString();
        }
    }

    /** The bridge is linear in its noise: its exact covariance is M Mᵀ, compared with the periodic propagator. */
    @Test
    void bridgeCovarianceIsThePeriodicPropagatorExactly() {
        for (int t : new int[] {1, 2, 3, 8, 33}) {
            double c = 1.7;
            double mu2 = 0.45;
            PeriodicBridge b = new PeriodicBridge(t, c, mu2);
            double[][] m = new double[t][t];
            double[] out = new double[t];
            for (int i = 0; i < t; i++) {
                double[] noise = new double[t];
                noise[i] = 1;
                b.sample(noise, out, 0, 1);
                for (int s = 0; s < t; s++) {
                    m[s][i] = out[s];
                }
            }
            for (int s = 0; s < t; s++) {
                for (int u = 0; u < t; u++) {
                    double cov = 0;
                    for (int i = 0; i < t; i++) {
                        cov += m[s][i] * m[u][i];
                    }
                    // exact: (1/T) Σ_j e^{2πij(s−u)/T} / (c (μ² + 2 − 2 cos(2πj/T)))
                    double g = 0;
                    for (int j = 0; j < t; j++) {
                        double q = t == 1 ? c * mu2 : c * (mu2 + 2 - 2 * Math.cos(2 * Math.PI * j / t));
                        g += Math.cos(2 * Math.PI * j * (s - u) / t) / q;
                    }
                    g /= t;
                    assertEquals(g, cov, Tolerance.EXACT * Math.max(1, Math.abs(g)), "T=" + t + " (" + s + "," + u + ")");
                }
            }
        }
    }

    @Test
    void bindsOnlyToPrecisionsThatAreNearestNeighbourInTime() {
        Lattice l = Lattice.parse("6x4", "0.5,1");
        TransferMatrixSampler s = new TransferMatrixSampler();
        assertTrue(s.accepts(new Free(l, Symbols.euclidean(l, 0.7))));
        double[] bad = Symbols.euclidean(l, 0.7);
        bad[2 * 4 + 1] += 0.3; // a next-nearest-neighbour term in time
        assertFalse(s.accepts(new Free(l, bad)));
        assertThrows(IllegalArgumentException.class, () -> s.bind(new Free(l, bad), Parameters.empty()));
    }

    @Test
    void samplesHaveTheExactFreeCovariance() {
        checkCovariance(Lattice.parse("6x4", "0.5,1"), 0.7, 40_000);
        checkCovariance(Lattice.parse("5x3x2", "1,1,1"), 1.1, 20_000);
        checkCovariance(Lattice.parse("7", "0.8"), 0.5, 20_000);
    }

    /** {@code c_n = (1/V) Σ_x φ_x φ_{x+n}} per sample against {@code (K_E⁻¹)_{n,0}}, within 4.5 standard errors (draws are independent). */
    private static void checkCovariance(Lattice l, double m2, int samples) {
        FreeField free = new FreeField(l, m2);
        double[] g = free.propagatorFft();
        Move move = new TransferMatrixSampler().bind(new Free(l, free.symbol()), Parameters.empty());
        int v = l.volume();
        int[] coord = new int[l.dimension()];
        int[] shifted = new int[l.dimension()];
        int[][] plus = new int[v][v];
        int[] nc = new int[l.dimension()];
        for (int n = 0; n < v; n++) {
            l.coordinates(n, nc);
            for (int x = 0; x < v; x++) {
                l.coordinates(x, coord);
                for (int mu = 0; mu < coord.length; mu++) {
                    shifted[mu] = (coord[mu] + nc[mu]) % l.extent(mu);
                }
                plus[n][x] = l.index(shifted);
            }
        }
        double[] sum = new double[v];
        double[] sum2 = new double[v];
        double[] phi = new double[v];
        RandomStream r = RandomStream.of(77);
        for (int s = 0; s < samples; s++) {
            move.sweep(phi, r);
            for (int n = 0; n < v; n++) {
                double c = 0;
                for (int x = 0; x < v; x++) {
                    c += phi[x] * phi[plus[n][x]];
                }
                c /= v;
                sum[n] += c;
                sum2[n] += c * c;
            }
        }
        for (int n = 0; n < v; n++) {
            double mean = sum[n] / samples;
            double se = Math.sqrt((sum2[n] / samples - mean * mean) / (samples - 1));
            assertEquals(g[n], mean, Tolerance.SIGMAS * se, l.extentsString() + " lag " + n);
        }
    }

    @Test
    void checkpointRestoresTheKeptDraw() {
        Lattice l = Lattice.parse("4x4", "1,1");
        Free target = new Free(l, Symbols.euclidean(l, 1));
        Move a = new TransferMatrixSampler().bind(target, Parameters.empty());
        double[] f = new double[16];
        a.sweep(f, RandomStream.of(1));
        double[] state = a.saveState();
        Move b = new TransferMatrixSampler().bind(target, Parameters.empty());
        b.restoreState(state);
        double[] x = new double[16];
        double[] y = new double[16];
        a.sweep(x, RandomStream.of(9));
        b.sweep(y, RandomStream.of(9));
        assertArrayEquals(x, y);
    }
}
