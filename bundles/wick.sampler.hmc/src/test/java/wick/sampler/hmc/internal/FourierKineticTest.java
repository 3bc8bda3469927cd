package wick.sampler.hmc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/**
 * The normalisation of the Fourier-accelerated kinetic term: {@code M = Σ_μ Δ_μᵀΔ_μ + m_acc²} in
 * position space (no cell-volume factor), momenta {@code N(0, M)}.
 */
class FourierKineticTest {
    private static final Lattice LATTICE = Lattice.parse("4x3", "0.8,1.2");
    private static final double M_ACC2 = 0.6;

    /** {@code (Mφ)_n = Σ_μ (2φ_n − φ_{n+μ̂} − φ_{n−μ̂})/a_μ² + m_acc² φ_n}, by finite differences. */
    private static double[] applyMass(double[] phi) {
        double[] out = new double[phi.length];
        for (int n = 0; n < phi.length; n++) {
            double s = M_ACC2 * phi[n];
            for (int mu = 0; mu < LATTICE.dimension(); mu++) {
                double a = LATTICE.spacing(mu);
                s += (2 * phi[n] - phi[LATTICE.up(mu)[n]] - phi[LATTICE.down(mu)[n]]) / (a * a);
            }
            out[n] = s;
        }
        return out;
    }

    @Test
    void driftAppliesTheInverseMassAndEnergyIsHalfPiMInversePi() {
        FourierKinetic k = new FourierKinetic(LATTICE, M_ACC2);
        RandomStream r = RandomStream.of(3);
        int v = LATTICE.volume();
        double[] pi = new double[v];
        for (int n = 0; n < v; n++) {
            pi[n] = r.nextGaussian();
        }
        double[] velocity = new double[v];
        k.drift(velocity, pi, 1.0);
        double[] back = applyMass(velocity);
        double energy = 0;
        for (int n = 0; n < v; n++) {
            assertEquals(pi[n], back[n], 1e-12, "M (M^-1 pi) at site " + n);
            energy += 0.5 * pi[n] * velocity[n];
        }
        assertEquals(energy, k.energy(pi), 1e-12 * energy);
    }

    /** Independent draws: {@code ⟨π_n π_m⟩ = M_nm} for the diagonal and both nearest neighbours. */
    @Test
    void momentaHaveCovarianceM() {
        FourierKinetic k = new FourierKinetic(LATTICE, M_ACC2);
        RandomStream r = RandomStream.of(4);
        int v = LATTICE.volume();
        int draws = 20_000;
        double[] pi = new double[v];
        int site = 5;
        int[] other = {site, LATTICE.up(0)[site], LATTICE.up(1)[site]};
        double[] exact = {2 / (0.8 * 0.8) + 2 / (1.2 * 1.2) + M_ACC2, -1 / (0.8 * 0.8), -1 / (1.2 * 1.2)};
        double[] sum = new double[3];
        double[] sum2 = new double[3];
        for (int d = 0; d < draws; d++) {
            k.draw(r, pi);
            for (int j = 0; j < 3; j++) {
                double x = pi[site] * pi[other[j]];
                sum[j] += x;
                sum2[j] += x * x;
            }
        }
        for (int j = 0; j < 3; j++) {
            double mean = sum[j] / draws;
            double error = Math.sqrt((sum2[j] / draws - mean * mean) / draws);
            assertEquals(exact[j], mean, Tolerance.STANDARD_ERRORS * error, "<pi_n pi_m> for neighbour " + j);
        }
    }
}
