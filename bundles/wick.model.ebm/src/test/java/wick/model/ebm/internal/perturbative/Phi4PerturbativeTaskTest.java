package wick.model.ebm.internal.perturbative;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.api.task.TaskContext;
import wick.lattice.FreeField;

/** Task {@code phi4.perturbative} through {@code compute()}: result names, values, parameter errors. */
class Phi4PerturbativeTaskTest {
    private static final List<String> CONTRACT = List.of("G", "order0", "order1", "order2", "phi2", "phi2Order0", "phi2Order1",
            "phi2Order2", "pairs", "diagrams", "pairingsOrder1", "connectedOrder1", "pairingsOrder2", "connectedOrder2");

    @TempDir
    Path runDirectory;

    private TaskContext context() {
        RandomStream random = RandomStream.of(1);
        return new TaskContext() {
            @Override
            public ProgressMonitor progress() {
                return ProgressMonitor.NONE;
            }

            @Override
            public RandomStream random() {
                return random;
            }

            @Override
            public Path runDirectory() {
                return runDirectory;
            }
        };
    }

    /** The OCD defaults, with overrides. */
    private static Parameters parameters(Object... overrides) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lattice", "8x8");
        m.put("pairs", "0-0");
        m.put("spacing", "1");
        m.put("m2", 1.0);
        m.put("lambda", 0.1);
        m.put("order", 2);
        m.put("separations", "all");
        for (int i = 0; i < overrides.length; i += 2) {
            m.put((String) overrides[i], overrides[i + 1]);
        }
        return Parameters.of(m);
    }

    private static double scalar(Map<String, Result> r, String name) {
        ScalarResult s = assertInstanceOf(ScalarResult.class, r.get(name), name);
        assertEquals(0.0, s.error(), name + " is exact");
        return s.value();
    }

    private static SeriesResult series(Map<String, Result> r, String name) {
        return assertInstanceOf(SeriesResult.class, r.get(name), name);
    }

    @Test
    void computesTheContractResultsWithTheDefaults() {
        Map<String, Result> r = new Phi4PerturbativeTask().compute(parameters(), context());
        assertEquals(CONTRACT, List.copyOf(r.keySet()));

        Lattice l = Lattice.of(8, 8);
        double lambda = 0.1;
        TwoPointSeries s = Phi4Perturbation.twoPoint(l, 1.0);
        double[] free = new FreeField(l, 1.0).correlator();
        double[] c0 = series(r, "order0").y();
        double[] c1 = series(r, "order1").y();
        double[] c2 = series(r, "order2").y();
        double[] g = series(r, "G").y();
        assertEquals(8, g.length);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7}, series(r, "G").x());
        for (int t = 0; t < 8; t++) {
            assertTrue(Tolerance.close(free[t], c0[t], 0), "order0 is the free correlator at " + t);
            assertTrue(Tolerance.close(c0[t] + lambda * c1[t] + lambda * lambda * c2[t], g[t], 0), "G = c0 + λ c1 + λ² c2 at " + t);
        }
        assertTrue(Tolerance.close(s.phi2(lambda, 2), scalar(r, "phi2"), 0));
        for (int k = 0; k <= 2; k++) {
            assertEquals(s.phi2(k), scalar(r, "phi2Order" + k), 0.0);
        }
        assertEquals(15.0, scalar(r, "pairingsOrder1"));
        assertEquals(12.0, scalar(r, "connectedOrder1"));
        assertEquals(945.0, scalar(r, "pairingsOrder2"));
        assertEquals(768.0, scalar(r, "connectedOrder2"));

        TableResult table = assertInstanceOf(TableResult.class, r.get("diagrams"));
        assertEquals(List.of("order", "name", "pairings", "symmetryFactor", "weight"), table.columns());
        List<String> names = table.rows().stream().map(row -> (String) row.get(1)).toList();
        assertEquals(List.of("propagator", "tadpole", "tadpole chain", "cactus", "sunset"), names);
        double phi2Order2 = 0;
        for (List<Object> row : table.rows()) {
            if (((Number) row.get(0)).intValue() == 2) {
                phi2Order2 += ((Number) row.get(4)).doubleValue();
            }
        }
        assertTrue(Tolerance.close(scalar(r, "phi2Order2"), phi2Order2, 0), "weights add up to phi2Order2");
        assertEquals(List.of(1, "tadpole", 12L, 0.5), table.rows().get(1).subList(0, 4));
        assertEquals(192L, table.rows().get(4).get(2));
    }

    @Test
    void truncatesAtTheRequestedOrderAndPicksSeparations() {
        double lambda = 0.2;
        Map<String, Result> r = new Phi4PerturbativeTask().compute(
                parameters("lattice", "6x4", "spacing", "0.5,1", "m2", "0.7", "lambda", "0.2", "order", "1", "separations", "3, 0,5"), context());
        TwoPointSeries s = Phi4Perturbation.twoPoint(Lattice.parse("6x4", "0.5,1"), 0.7);
        SeriesResult g = series(r, "G");
        assertArrayEquals(new double[] {3, 0, 5}, g.x());
        int[] tau = {3, 0, 5};
        for (int i = 0; i < 3; i++) {
            double expected = s.correlator(0)[tau[i]] + lambda * s.correlator(1)[tau[i]];
            assertTrue(Tolerance.close(expected, g.y()[i], 0), "G(" + tau[i] + ") through λ");
            assertEquals(s.correlator(2)[tau[i]], series(r, "order2").y()[i], 0.0, "order2 coefficients reported at any order");
        }
        assertTrue(Tolerance.close(s.phi2(0) + lambda * s.phi2(1), scalar(r, "phi2"), 0));

        Map<String, Result> free = new Phi4PerturbativeTask().compute(parameters("order", 0), context());
        assertArrayEquals(new FreeField(Lattice.of(8, 8), 1.0).correlator(), series(free, "G").y(), 1e-15);
    }

    @Test
    void refusesM2AtOrBelowZero() {
        assertRejected(parameters("m2", 0.0), "m2");
        assertRejected(parameters("m2", -0.5), "m2");
        ParameterException e = assertThrows(ParameterException.class,
                () -> new Phi4PerturbativeTask().compute(parameters("m2", -1.0), context()));
        assertEquals("m2", e.parameter());
        assertTrue(e.getMessage().contains("free field"), e.getMessage());
    }

    @Test
    void refusesBadCouplingOrderAndSeparations() {
        assertRejected(parameters("lambda", -0.1), "lambda");
        assertRejected(parameters("order", 3), "order");
        assertRejected(parameters("order", -1), "order");
        assertRejected(parameters("separations", "8"), "separations");
        assertRejected(parameters("separations", "1,x"), "separations");
        assertRejected(parameters("lattice", "0x4"), "lattice");
        new Phi4PerturbativeTask().validate(parameters());
        new Phi4PerturbativeTask().validate(parameters("lambda", 0.0, "separations", "ALL", "lattice", "1"));
    }

    private void assertRejected(Parameters p, String parameter) {
        ParameterException e = assertThrows(ParameterException.class, () -> new Phi4PerturbativeTask().validate(p), p.toString());
        assertEquals(parameter, e.parameter(), e.getMessage());
        ParameterException c = assertThrows(ParameterException.class, () -> new Phi4PerturbativeTask().compute(p, context()), p.toString());
        assertEquals(parameter, c.parameter(), c.getMessage());
    }

    /** ⟨φ_a φ_b⟩ for requested pairs: translation invariance, the λ⁰ term is the propagator, and phi2 is the pair 0-0. */
    @org.junit.jupiter.api.Test
    void sitePairsAreReportedWithTheirCoefficients() throws Exception {
        Phi4PerturbativeTask task = new Phi4PerturbativeTask();
        Parameters p = parameters("lattice", "4x3", "m2", 0.7, "lambda", 0.3, "pairs", "0-0,5-0,0-5,11-2");
        Map<String, Result> r = task.compute(p, context());
        TableResult pairs = assertInstanceOf(TableResult.class, r.get("pairs"));
        assertEquals(List.of("a", "b", "G", "order0", "order1", "order2"), pairs.columns());
        assertEquals(4, pairs.rows().size());
        double phi2 = ((ScalarResult) r.get("phi2")).value();
        assertEquals(phi2, ((Number) pairs.rows().get(0).get(2)).doubleValue(), 1e-12);
        double[] g = new FreeField(wick.api.lattice.Lattice.of(4, 3), 0.7).propagatorFft();
        assertEquals(g[5], ((Number) pairs.rows().get(1).get(3)).doubleValue(), 1e-12);
        for (int c = 2; c < 6; c++) {
            assertEquals(((Number) pairs.rows().get(1).get(c)).doubleValue(), ((Number) pairs.rows().get(2).get(c)).doubleValue(),
                    1e-12, "symmetric in a, b");
        }
        // 11 = (3,2), 2 = (0,2): displacement (3,0) = index 9
        assertEquals(g[9], ((Number) pairs.rows().get(3).get(3)).doubleValue(), 1e-12);
        assertEquals("pairs", org.junit.jupiter.api.Assertions.assertThrows(wick.api.param.ParameterException.class,
                () -> task.validate(parameters("lattice", "4x3", "pairs", "0-12"))).parameter());
    }
}
