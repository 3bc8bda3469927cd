package wick.model.fock.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.ScalarResult;
import wick.api.result.TableResult;

/** The Born rule with grouped degenerate eigenvalues and Lüders collapse. */
class MeasurementTest {
    private final ModeModel model = new ModeModel(new Modes(3, 1, 1), 6, false);
    private final FockBasis basis = Fixtures.basis(model, Fixtures.energy(7), FockBasis.ALL_SECTORS);
    private final SparseMatrix h = Fixtures.hamiltonian(model, basis);

    private double[] evolvedState() {
        double[] s = InitialStates.create(Fixtures.parameters("initial", "coherent", "mode", 1, "alpha", 0.9), model, basis, h);
        new KrylovPropagator(h, 20, 1e-13).advance(s, 1.3);
        return s;
    }

    @Test
    void chiSquaredOfTenToTheFiveDrawsAcceptsTheBornProbabilities() {
        double[] s = evolvedState();
        Measurable n = Observables.of("N", 0, model, basis, h, ProgressMonitor.NONE);
        double[] p = new double[n.eigenvalues().length];
        n.probabilities(s, p);
        double total = 0;
        for (double x : p) {
            total += x;
        }
        assertEquals(1, total, Tolerance.EXACT);
        long[] counts = new long[p.length];
        RandomStream r = RandomStream.of(20240607);
        for (int i = 0; i < 100_000; i++) {
            counts[MeasurementSequence.draw(p, r)]++;
        }
        ChiSquare chi = ChiSquare.test(counts, p);
        assertTrue(chi.dof() >= 3, "several outcomes: " + chi);
        assertTrue(chi.pValue() > 1e-3, "Born rule rejected: " + chi);
        // the same counts against wrong probabilities (outcome 0 shifted by 3 standard errors of 1e5 draws) are rejected
        double[] wrong = p.clone();
        double shift = 0.02;
        wrong[0] += shift;
        wrong[1] -= shift;
        assertTrue(ChiSquare.test(counts, wrong).pValue() < 1e-6, "the test has power");
    }

    @Test
    void degenerateEigenvaluesAreGrouped() {
        Measurable n = Observables.of("N", 0, model, basis, h, ProgressMonitor.NONE);
        int[] deg = n.degeneracies();
        double[] ev = n.eigenvalues();
        for (int g = 0; g < ev.length; g++) {
            int count = 0;
            for (int s = 0; s < basis.dimension(); s++) {
                if (basis.particles(s) == ev[g]) {
                    count++;
                }
            }
            assertEquals(count, deg[g], "N = " + ev[g]);
        }
        Measurable h0 = Observables.of("H0", 0, model, basis, h, ProgressMonitor.NONE);
        int degenerate = 0;
        for (int d : h0.degeneracies()) {
            degenerate += d > 1 ? 1 : 0;
        }
        assertTrue(degenerate > 0, "H0 has degenerate levels (k and -k)");
    }

    @Test
    void collapseLeavesANormalisedStateInTheEigenspace() {
        for (String name : new String[] {"N", "P", "n", "H0", "H", "phi"}) {
            Measurable o = Observables.of(name, 1, model, basis, h, ProgressMonitor.NONE);
            SparseMatrix matrix = switch (name) {
                case "H" -> h;
                case "phi" -> OperatorBuilder.hermitian(basis, model.field(1), null, ProgressMonitor.NONE);
                default -> null;
            };
            double[] s = evolvedState();
            double[] p = new double[o.eigenvalues().length];
            o.probabilities(s, p);
            int g = MeasurementSequence.draw(p, RandomStream.of(5));
            double pg = o.collapse(s, g);
            assertEquals(p[g], pg, 1e-12, name);
            int n = basis.dimension();
            assertEquals(1, ComplexVectors.norm(s, n), 1e-12, name);
            double[] after = new double[p.length];
            o.probabilities(s, after);
            assertEquals(1, after[g], 1e-10, name + ": all weight in the eigenspace");
            if (matrix != null) {
                double[] y = new double[2 * n];
                matrix.multiplyComplex(s, y);
                ComplexVectors.subtractScaled(y, o.eigenvalues()[g], 0, s, n);
                assertEquals(0, ComplexVectors.norm(y, n), 1e-9, name + ": O h = lambda h");
            }
        }
    }

    @Test
    void measureTaskIsRepeatableAndStreamsItsOutcomes(@TempDir Path dir) throws Exception {
        var p = Fixtures.parameters("sites", 3, "spacing", 1.0, "m2", 1.0, "lambda", 6.0, "truncation", "energy:7",
                "basis", "modes", "sector", "all", "initial", "coherent", "mode", 1, "alpha", 0.9, "observable", "N",
                "index", 0, "times", "0.5,1,1.5,2,2.5", "shots", 100000, "method", "krylov", "krylov", 20, "tolerance", 1e-12);
        var a = new MeasureTask().compute(p, new TestContext(42, dir));
        var b = new MeasureTask().compute(p, new TestContext(42, null));
        assertEquals(a.get("outcomes"), b.get("outcomes"));
        assertTrue(((ScalarResult) a.get("pValue")).value() > 1e-3, a.get("shots").toCsv() + a.get("chi2") + a.get("dof"));
        List<String> lines = Files.readAllLines(dir.resolve("outcomes.csv"));
        assertEquals(6, lines.size());
        TableResult outcomes = (TableResult) a.get("outcomes");
        List<Object> times = new ArrayList<>();
        outcomes.rows().forEach(r -> times.add(r.get(1)));
        assertArrayEquals(new Object[] {0.5, 1.0, 1.5, 2.0, 2.5}, times.toArray());
    }
}
