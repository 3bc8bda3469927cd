package wick.analysis.critical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.lattice.FreeField;

/** The cosh effective mass and its plateau (PHYSICS 2.1, 6). */
class EffectiveMassTest {

    @Test
    void exactFreeCorrelatorGivesEhatAtEveryTau() {
        int[] extents = {2, 5, 8, 13, 32};
        double[] spacings = {1, 0.5, 0.1};
        for (int nt : extents) {
            for (double a : spacings) {
                Lattice lattice = new Lattice(new int[] {nt, 4}, new double[] {a, a});
                FreeField free = new FreeField(lattice, 0.7);
                double[] c = free.correlator();
                double e = free.energyLatticeUnits();
                for (int tau = 0; tau <= nt / 2.0 - 1; tau++) {
                    assertTrue(Tolerance.close(e, EffectiveMass.at(c, tau)),
                            "N_t = " + nt + ", a = " + a + ", tau = " + tau + ": " + EffectiveMass.at(c, tau) + " vs " + e);
                }
                EffectiveMass.Estimate p = EffectiveMass.estimate(c, new double[nt], null, 0);
                assertTrue(Tolerance.close(e, p.value()));
                assertEquals(0, p.error());
                assertEquals("exact", p.errorMethod());
            }
        }
    }

    @Test
    void undefinedWhereTheCorrelatorDoesNotDecrease() {
        assertTrue(Double.isNaN(EffectiveMass.at(new double[] {1, 1, 1, 1}, 0)));
        assertTrue(Double.isNaN(EffectiveMass.at(new double[] {1, -1, 1, 1}, 0)));
        assertTrue(Double.isNaN(EffectiveMass.at(new double[] {4, 2, 1, 2}, 2)), "tau beyond N_t/2 - 1");
        assertThrows(IllegalStateException.class, () -> EffectiveMass.estimate(new double[] {1, 1, 1, 1}, new double[] {0.1, 0.1, 0.1, 0.1}, null, 0));
    }

    /**
     * A synthetic chain: each measurement is the exact cosh times (1 + common + independent noise),
     * with an AR(1) autocorrelation along the chain; the Γ-method error must cover the truth and be
     * close to the spread over independent chains.
     */
    @Test
    void gammaMethodErrorOfThePlateauMatchesTheSpreadOverChains() {
        int nt = 16;
        int samples = 4000;
        double eTrue = 0.4;
        int chains = 40;
        double[] values = new double[chains];
        double meanError = 0;
        for (int k = 0; k < chains; k++) {
            RandomStream random = RandomStream.of(1000 + k);
            double[][] columns = new double[nt][samples];
            double common = 0;
            for (int s = 0; s < samples; s++) {
                common = 0.5 * common + 0.05 * random.nextGaussian();
                for (int t = 0; t < nt; t++) {
                    double exact = Math.cosh(eTrue * (nt / 2.0 - t));
                    columns[t][s] = exact * (1 + common + 0.05 * random.nextGaussian());
                }
            }
            double[] mean = new double[nt];
            double[] error = new double[nt];
            for (int t = 0; t < nt; t++) {
                var g = wick.stats.GammaMethod.analyse(columns[t]);
                mean[t] = g.mean();
                error[t] = g.error();
            }
            EffectiveMass.Estimate e = EffectiveMass.estimate(mean, error, columns, 2);
            assertEquals("gamma", e.errorMethod());
            assertEquals(2, e.tauMin());
            assertEquals(7, e.tauMax());
            assertTrue(Math.abs(e.value() - eTrue) < Tolerance.STANDARD_ERRORS * e.error(),
                    "chain " + k + ": " + e.value() + " +- " + e.error());
            EffectiveMass.Estimate bound = EffectiveMass.estimate(mean, error, null, 2);
            assertEquals("bound", bound.errorMethod());
            assertTrue(bound.error() >= 0.5 * e.error(), "the bound " + bound.error() + " vs gamma " + e.error());
            values[k] = e.value();
            meanError += e.error() / chains;
        }
        double spread = CrossingBootstrap.std(values);
        assertTrue(meanError > 0.7 * spread && meanError < 1.4 * spread, "mean Γ error " + meanError + ", spread " + spread);
    }
}
