package wick.model.fock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;

/** {@code C_H(τ)}: exactly {@code e^{−mτ}/(2m)} in the free theory; the Krylov spectral sum against the dense one. */
class CorrelatorTest {

    @Test
    void freeTheoryGivesExactlyTheSingleExponential() {
        for (int n : new int[] {1, 3, 4}) {
            for (double a : new double[] {1, 0.5}) {
                double m2 = 0.64;
                var r = new CorrelatorTask().compute(Fixtures.parameters("sites", n, "spacing", a, "m2", m2, "lambda", 0.0,
                        "truncation", "nmax:2", "basis", "modes", "solver", "auto", "tauMax", 6.0, "points", 12), new TestContext(1, null));
                SeriesResult c = (SeriesResult) r.get("correlator");
                double m = Math.sqrt(m2);
                for (int i = 0; i < c.size(); i++) {
                    double tau = c.x()[i];
                    assertEquals(Math.exp(-m * tau) / (2 * m), c.y()[i], Tolerance.EXACT, "N=" + n + " a=" + a + " tau=" + tau);
                }
                assertEquals(m, ((ScalarResult) r.get("gap")).value(), Tolerance.EXACT);
            }
        }
    }

    @Test
    void krylovSpectralSumMatchesTheDenseOne() {
        ModeModel model = new ModeModel(new Modes(3, 1, 1), 6, false);
        FockBasis b = Fixtures.basis(model, Fixtures.energy(9), 0);
        SparseMatrix h = Fixtures.hamiltonian(model, b);
        Eigenpairs all = DenseEigen.symmetric(h.denseReal());
        SparseMatrix phi0 = OperatorBuilder.hermitian(b, model.zeroMomentumField(), null, ProgressMonitor.NONE);
        SpectralFunction f = SpectralFunction.of(h, phi0, all.vectors()[0], all.values()[0], 1, ProgressMonitor.NONE);
        double[] psi = new double[b.dimension()];
        phi0.multiply(all.vectors()[0], psi);
        for (double tau : new double[] {0, 0.5, 2, 6}) {
            double c = 0;
            for (int j = 0; j < all.count(); j++) {
                double w = Lanczos.dot(all.vectors()[j], psi);
                c += w * w * Math.exp(-(all.values()[j] - all.values()[0]) * tau);
            }
            assertEquals(c, f.correlator(tau), 1e-11, "tau " + tau);
        }
        // the gap: the lowest level with a non-zero matrix element of phi_0
        for (int j = 1; j < all.count(); j++) {
            double w = Lanczos.dot(all.vectors()[j], psi);
            if (w * w > 1e-10) {
                assertEquals(all.values()[j] - all.values()[0], f.gap(), 1e-10);
                break;
            }
        }
        var spectrum = new SpectrumTask().compute(Fixtures.parameters("sites", 3, "spacing", 1.0, "m2", 1.0, "lambda", 6.0,
                "truncation", "energy:9", "basis", "modes", "levels", 4, "sector", "0", "solver", "lanczos", "convergenceSteps", 0),
                new TestContext(2, null));
        assertEquals(f.gap(), ((ScalarResult) spectrum.get("gap")).value(), 1e-9);
        assertEquals(all.values()[0], ((SeriesResult) spectrum.get("energies")).y()[0], 1e-10);
        assertEquals(RandomStream.class, new TestContext(1, null).random().getClass());
    }
}
