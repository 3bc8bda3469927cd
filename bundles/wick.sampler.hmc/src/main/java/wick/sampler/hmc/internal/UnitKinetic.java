package wick.sampler.hmc.internal;

import wick.api.random.RandomStream;

/** The standard kinetic term {@code ½ πᵀπ} ({@code M = I}): momenta {@code N(0, I)}, {@code φ ← φ + επ}. */
final class UnitKinetic implements Kinetic {
    /** Draws {@code π_n} site by site in index order from {@code random.nextGaussian()}. */
    @Override
    public void draw(RandomStream random, double[] pi) {
        for (int n = 0; n < pi.length; n++) {
            pi[n] = random.nextGaussian();
        }
    }

    @Override
    public double energy(double[] pi) {
        double s = 0;
        for (double p : pi) {
            s += p * p;
        }
        return 0.5 * s;
    }

    @Override
    public void drift(double[] phi, double[] pi, double epsilon) {
        for (int n = 0; n < phi.length; n++) {
            phi[n] += epsilon * pi[n];
        }
    }
}
