package wick.model.fock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The mode basis (all sectors) and the per-site oscillator basis agree where both have converged. */
class BasisCrossCheckTest {

    @Test
    void twoSitesInteracting() {
        int levels = 6;
        ModeModel modes = new ModeModel(new Modes(2, 1, 1), 6, false);
        double[] a = DenseEigen.lowest(Fixtures.hamiltonian(modes, Fixtures.basis(modes, Fixtures.energy(34), -1)), levels).values();
        SiteModel sites = new SiteModel(2, 1, 1, 6, 0);
        double[] b = DenseEigen.lowest(Fixtures.hamiltonian(sites, Fixtures.basis(sites, Fixtures.nmax(28), -1)), levels).values();
        for (int i = 0; i < levels; i++) {
            assertEquals(a[i], b[i], 1e-7, "level " + i + ": modes " + Arrays.toString(a) + " sites " + Arrays.toString(b));
        }
    }
}
