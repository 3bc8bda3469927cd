package wick.sampler.hmc.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.model.ebm.Phi4Target;

/**
 * Rough cost of one leapfrog step per site on 64x64 φ⁴ (a measurement, not a check): run with
 * {@code -Dwick.bench=true -Dtest=LeapfrogBenchmark}.
 */
@EnabledIfSystemProperty(named = "wick.bench", matches = "true")
class LeapfrogBenchmark {
    @Test
    void nanosecondsPerSitePerStep() {
        Phi4Target target = new Phi4Target(Lattice.of(64, 64), -0.5, 1.0, null);
        int v = target.lattice().volume();
        for (String id : new String[] {HmcSampler.ID, FaHmcSampler.ID}) {
            Leapfrog lf = Integrators.of(id, target);
            RandomStream r = RandomStream.of(1);
            double[] phi = new double[v];
            double[] pi = new double[v];
            for (int rep = 0; rep < 5; rep++) {
                int steps = 2000;
                lf.kinetic().draw(r, pi);
                lf.prepare(phi);
                long t0 = System.nanoTime();
                lf.integrate(phi, pi, steps, 0.01);
                long t1 = System.nanoTime();
                System.out.printf("%s 64x64: %.1f ns per site per leapfrog step%n", id, (t1 - t0) / ((double) steps * v));
            }
        }
    }
}
