package wick.model.fock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.progress.ProgressMonitor;

/** Time evolution: Krylov against exact diagonalisation, unitarity over 10⁴ steps, Euler's drift. */
class EvolutionTest {
    private final ModeModel model = new ModeModel(new Modes(3, 1, 1), 6, false);
    private final FockBasis basis = Fixtures.basis(model, Fixtures.energy(7), FockBasis.ALL_SECTORS);
    private final SparseMatrix h = Fixtures.hamiltonian(model, basis);

    private double[] start() {
        return InitialStates.create(Fixtures.parameters("initial", "coherent", "mode", 1, "alpha", 0.8), model, basis, h);
    }

    @Test
    void krylovMatchesExactDiagonalisation() {
        double[] a = start();
        double[] b = a.clone();
        new KrylovPropagator(h, 20, 1e-13).advance(a, 3.7);
        new ExactPropagator(h).advance(b, 3.7);
        for (int i = 0; i < a.length; i++) {
            assertEquals(b[i], a[i], 1e-10);
        }
    }

    @Test
    void normAndEnergyAreConservedOverTenThousandSteps() {
        double[] s = start();
        StateObservables obs = new StateObservables(model, basis, h, ProgressMonitor.NONE);
        double e0 = obs.energy(s);
        KrylovPropagator k = new KrylovPropagator(h, 12, 1e-12);
        for (int step = 0; step < 10_000; step++) {
            k.advance(s, 0.05);
        }
        assertEquals(1, obs.norm(s), Tolerance.UNITARY);
        assertEquals(e0, obs.energy(s), Tolerance.UNITARY * Math.max(1, Math.abs(e0)));
        assertTrue(k.substeps() >= 10_000);
    }

    @Test
    void eulerStepGrowsTheNormExactlyAsPredicted() {
        double[] s = start();
        StateObservables obs = new StateObservables(model, basis, h, ProgressMonitor.NONE);
        int n = basis.dimension();
        double[] hs = new double[2 * n];
        h.multiplyComplex(s, hs);
        double h2 = ComplexVectors.dotRe(hs, hs, n);
        double eps = 0.01;
        new EulerPropagator(h, eps).advance(s, eps);
        // ‖h − iεHh‖² = 1 + ε²‖Hh‖² for Hermitian H
        assertEquals(1 + eps * eps * h2, Math.pow(obs.norm(s), 2), Tolerance.EXACT * 10);
        new EulerPropagator(h, eps).advance(s, 10);
        assertTrue(obs.norm(s) - 1 > 0.1, "Euler drifts: norm " + obs.norm(s));
    }

    @Test
    void evolveTaskReportsDriftsAndObservables() {
        var r = new EvolveTask().compute(Fixtures.parameters("sites", 3, "spacing", 1.0, "m2", 1.0, "lambda", 6.0,
                "truncation", "energy:7", "basis", "modes", "sector", "all", "initial", "packet", "x0", 0.0, "k0", 2.0,
                "width", 1.0, "time", 5.0, "points", 50, "method", "krylov", "krylov", 20, "tolerance", 1e-12), new TestContext(1, null));
        assertTrue(((wick.api.result.ScalarResult) r.get("normDrift")).value() < Tolerance.UNITARY);
        assertTrue(((wick.api.result.ScalarResult) r.get("energyDrift")).value() < Tolerance.UNITARY);
        var occ = (wick.api.result.FieldResult) r.get("occupation");
        assertEquals(51 * 3, occ.values().length);
        // one particle in a packet, lambda mixes particle number but <N> starts at 1
        double n0 = occ.values()[0] + occ.values()[1] + occ.values()[2];
        assertEquals(1, n0, Tolerance.EXACT);
    }
}
