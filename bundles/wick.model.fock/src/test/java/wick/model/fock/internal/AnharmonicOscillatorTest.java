package wick.model.fock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One site, m = 1, λ = 24: {@code H = p²/2 + x²/2 + x⁴}, {@code E_0 = 0.803770651234} (issue 7),
 * approached from above as the cutoff grows (P H P is variational on nested spaces).
 */
class AnharmonicOscillatorTest {
    static final double E0 = 0.803770651234;

    private static double ground(FockModel model, Truncation t) {
        FockBasis b = Fixtures.basis(model, t, FockBasis.ALL_SECTORS);
        return DenseEigen.lowest(Fixtures.hamiltonian(model, b), 1).values()[0];
    }

    /** The rounding of a dense symmetric eigensolver: a few ulps of ‖H‖ (bounded by the row-sum norm). */
    private static double rounding(FockModel model, Truncation t) {
        SparseMatrix h = Fixtures.hamiltonian(model, Fixtures.basis(model, t, FockBasis.ALL_SECTORS));
        var d = h.denseReal();
        double norm = 0;
        for (int i = 0; i < d.numRows; i++) {
            double row = 0;
            for (int j = 0; j < d.numCols; j++) {
                row += Math.abs(d.get(i, j));
            }
            norm = Math.max(norm, row);
        }
        return 10 * Math.ulp(1.0) * norm;
    }

    @Test
    void modeBasisConvergesFromAbove() {
        ModeModel model = new ModeModel(new Modes(1, 1, 1), 24, false);
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 4; k <= 80; k += 4) {
            double e = ground(model, Fixtures.nmax(k));
            assertTrue(e <= previous + rounding(model, Fixtures.nmax(k)), "monotone at nmax " + k + ": " + e + " after " + previous);
            assertTrue(e >= E0 - 1e-9, "variational bound at nmax " + k + ": " + e);
            previous = e;
        }
        assertEquals(E0, previous, 1e-9);
    }

    @Test
    void siteBasisAndOtherTruncationsAgree() {
        SiteModel site = new SiteModel(1, 1, 1, 24, 0);
        assertEquals(2.0, site.frequency(), 1e-12, "Hartree frequency: Omega^2 = 1 + 24/(4 Omega)");
        assertEquals(E0, ground(site, Fixtures.nmax(40)), 1e-9);
        assertEquals(E0, ground(new SiteModel(1, 1, 1, 24, 1.3), Fixtures.nmax(80)), 1e-9);
        ModeModel model = new ModeModel(new Modes(1, 1, 1), 24, false);
        assertEquals(E0, ground(model, new Truncation(Truncation.Kind.PARTICLES, 80)), 1e-9);
        assertEquals(E0, ground(model, Fixtures.energy(80)), 1e-9);
    }

    @Test
    void doubleWellIsIndependentOfTheOscillatorFrequency() {
        // m2 < 0 with lambda > 0 works only in the site basis: the converged levels cannot depend on Omega
        double[] a = DenseEigen.lowest(Fixtures.hamiltonian(new SiteModel(1, 1, -4, 24, 0),
                Fixtures.basis(new SiteModel(1, 1, -4, 24, 0), Fixtures.nmax(60), -1)), 2).values();
        SiteModel other = new SiteModel(1, 1, -4, 24, 3.0);
        double[] b = DenseEigen.lowest(Fixtures.hamiltonian(other, Fixtures.basis(other, Fixtures.nmax(60), -1)), 2).values();
        assertEquals(a[0], b[0], 1e-9);
        assertEquals(a[1], b[1], 1e-9);
    }
}
