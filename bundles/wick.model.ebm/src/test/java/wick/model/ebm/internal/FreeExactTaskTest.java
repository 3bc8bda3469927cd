package wick.model.ebm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
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
import wick.api.task.TaskContext;
import wick.lattice.DenseOperators;
import wick.lattice.FreeField;
import wick.lattice.Signature;

/** Task {@code free.exact} (PHYSICS 1, 2.1): the result names of the CLI contract and their exact values. */
class FreeExactTaskTest {
    private static final List<String> CONTRACT = List.of("lnZ", "G00", "energy", "correlator", "eigenvaluesKE", "kmPositive",
            "kmNegative", "kmZero");

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

    private static Parameters parameters(String lattice, String spacing, Object m2) {
        return Parameters.of(Map.of("lattice", lattice, "spacing", spacing, "m2", m2));
    }

    private static double scalar(Map<String, Result> r, String name) {
        ScalarResult s = assertInstanceOf(ScalarResult.class, r.get(name), name);
        assertEquals(0.0, s.error(), name + " is exact");
        return s.value();
    }

    private static double[] series(Map<String, Result> r, String name) {
        return assertInstanceOf(SeriesResult.class, r.get(name), name).y();
    }

    private static void assertClose(double expected, double actual, double scale, String what) {
        assertTrue(Tolerance.close(expected, actual, scale), what + ": " + actual + " vs exact " + expected);
    }

    @Test
    void computesTheContractResultsOn6x4() {
        Lattice l = Lattice.of(6, 4);
        double m2 = 0.5;
        Map<String, Result> r = new FreeExactTask().compute(parameters("6x4", "1", 0.5), context());
        assertEquals(CONTRACT, List.copyOf(r.keySet()));

        FreeField free = new FreeField(l, m2);
        DMatrixRMaj k = DenseOperators.euclidean(l, m2);
        int v = l.volume();
        assertClose(free.logPartitionFunction(), scalar(r, "lnZ"), 0, "lnZ");
        assertClose(0.5 * v * Math.log(2 * Math.PI) - 0.5 * free.logDetCholesky(), scalar(r, "lnZ"), 0, "lnZ (Cholesky)");
        assertClose(free.propagatorDense().get(0, 0), scalar(r, "G00"), 0, "G00 = (K_E⁻¹)_00");
        assertClose(free.energy(), scalar(r, "energy"), 0, "energy");
        // cosh Ê = 1 + m² a_t²/2 with a_t = 1
        assertClose(Math.log(1 + m2 / 2 + Math.sqrt((1 + m2 / 2) * (1 + m2 / 2) - 1)), scalar(r, "energy"), 0, "energy (arccosh)");

        double[] c = series(r, "correlator");
        double[] exactC = free.correlator();
        assertEquals(l.extent(0), c.length);
        for (int tau = 0; tau < c.length; tau++) {
            assertClose(exactC[tau], c[tau], 0, "C(" + tau + ")");
        }

        double[] eig = series(r, "eigenvaluesKE");
        double[] dense = DenseOperators.symmetricEigenvalues(k);
        assertEquals(v, eig.length);
        for (int i = 0; i < v; i++) {
            assertClose(dense[i], eig[i], dense[v - 1], "eigenvalue " + i);
            if (i > 0) {
                assertTrue(eig[i - 1] <= eig[i], "eigenvaluesKE sorted ascending at " + i);
            }
        }

        Signature s = Signature.of(DenseOperators.symmetricEigenvalues(DenseOperators.minkowski(l, m2)));
        double positive = scalar(r, "kmPositive");
        double negative = scalar(r, "kmNegative");
        double zero = scalar(r, "kmZero");
        assertEquals(s.positive(), positive, "kmPositive");
        assertEquals(s.negative(), negative, "kmNegative");
        assertEquals(s.zero(), zero, "kmZero");
        assertEquals(v, positive + negative + zero, "signature counts add to V");
    }

    /** PHYSICS 1: on 4×4, a = 1, m² = 2 the symbol ω̂² − k̂² − 2 vanishes exactly on 4 momenta. */
    @Test
    void signatureOn4x4AtM2Equal2HasFourExactZeros() {
        Map<String, Result> r = new FreeExactTask().compute(parameters("4x4", "1", 2.0), context());
        assertEquals(4.0, scalar(r, "kmZero"));
        assertEquals(16.0, scalar(r, "kmPositive") + scalar(r, "kmNegative") + scalar(r, "kmZero"));
        Signature s = Signature.of(DenseOperators.symmetricEigenvalues(DenseOperators.minkowski(Lattice.of(4, 4), 2)));
        assertEquals(s.positive(), scalar(r, "kmPositive"));
        assertEquals(s.negative(), scalar(r, "kmNegative"));
    }

    @Test
    void readsM2GivenAsAString() {
        Map<String, Result> r = new FreeExactTask().compute(parameters("6x4", "1", "0.5"), context());
        assertClose(new FreeField(Lattice.of(6, 4), 0.5).phi2(), scalar(r, "G00"), 0, "G00");
    }

    @Test
    void validateAcceptsTheDefaults() {
        new FreeExactTask().validate(parameters("4x4", "1", 1.0));
        new FreeExactTask().validate(parameters("6x4x1x2", "0.5,1,2,1.5", 0.3));
    }

    @Test
    void validateRejectsM2Zero() {
        assertRejected(parameters("6x4", "1", 0.0), "m2");
        assertRejected(parameters("6x4", "1", -1.0), "m2");
    }

    @Test
    void validateRejectsAnEmptyExtent() {
        assertRejected(parameters("0x4", "1", 0.5), "lattice");
        assertRejected(parameters("6x4x2x2x2", "1", 0.5), "lattice");
    }

    @Test
    void validateRejectsBadSpacing() {
        assertRejected(parameters("6x4", "0.5,-1", 0.5), "spacing");
        assertRejected(parameters("6x4", "1,1,1", 0.5), "spacing");
    }

    @Test
    void validateRejectsAMissingM2() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> new FreeExactTask().validate(Parameters.of(Map.of("lattice", "4x4", "spacing", "1"))));
        assertEquals("m2", e.parameter());
    }

    private static void assertRejected(Parameters p, String parameter) {
        ParameterException e = assertThrows(ParameterException.class, () -> new FreeExactTask().validate(p), p.toString());
        assertEquals(parameter, e.parameter(), e.getMessage());
        assertTrue(e.getMessage().contains(parameter), e.getMessage());
    }
}
