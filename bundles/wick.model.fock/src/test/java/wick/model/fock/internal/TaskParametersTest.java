package wick.model.fock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;

/** The CLI contract of {@code fock.spectrum} and the parameter messages. */
class TaskParametersTest {
    private static Parameters spectrum(Object... overrides) {
        Map<String, Object> m = new LinkedHashMap<>(Map.of("sites", 4, "spacing", 1.0, "m2", 1.0, "lambda", 6.0,
                "truncation", "energy:10", "basis", "modes", "levels", 4, "sector", "0", "solver", "auto", "convergenceSteps", 2));
        for (int i = 0; i < overrides.length; i += 2) {
            m.put((String) overrides[i], overrides[i + 1]);
        }
        return Parameters.of(m);
    }

    @Test
    void spectrumHasTheContractResults() {
        var r = new SpectrumTask().compute(spectrum(), new TestContext(1, null));
        SeriesResult e = assertInstanceOf(SeriesResult.class, r.get("energies"));
        for (int i = 1; i < e.size(); i++) {
            assertTrue(e.y()[i] >= e.y()[i - 1]);
        }
        assertInstanceOf(ScalarResult.class, r.get("gap"));
        assertEquals(53, ((ScalarResult) r.get("dimension")).value());
        TableResult t = assertInstanceOf(TableResult.class, r.get("convergence"));
        assertEquals(3, t.rows().size());
        // the ground energy decreases with the cutoff (variational)
        double e0 = Double.POSITIVE_INFINITY;
        for (var row : t.rows()) {
            double x = ((Number) row.get(2)).doubleValue();
            assertTrue(x <= e0 + 1e-12);
            e0 = x;
        }
        var other = new SpectrumTask().compute(spectrum("sector", "1"), new TestContext(1, null));
        assertTrue(((SeriesResult) other.get("energies")).y()[0] > e.y()[0], "the vacuum is in sector 0");
    }

    @Test
    void badValuesNameTheParameter() {
        SpectrumTask task = new SpectrumTask();
        assertEquals("m2", assertThrows(ParameterException.class, () -> task.validate(spectrum("m2", 0.0))).parameter());
        assertEquals("lambda", assertThrows(ParameterException.class, () -> task.validate(spectrum("lambda", -1.0))).parameter());
        assertEquals("truncation", assertThrows(ParameterException.class, () -> task.validate(spectrum("truncation", "nmax"))).parameter());
        assertEquals("truncation", assertThrows(ParameterException.class, () -> task.validate(spectrum("truncation", "cut:3"))).parameter());
        assertEquals("basis", assertThrows(ParameterException.class, () -> task.validate(spectrum("basis", "waves"))).parameter());
        assertEquals("sector", assertThrows(ParameterException.class, () -> task.validate(spectrum("sector", "4"))).parameter());
        assertEquals("sector", assertThrows(ParameterException.class, () -> task.validate(spectrum("basis", "sites", "sector", "1"))).parameter());
        assertEquals("sites", assertThrows(ParameterException.class, () -> task.validate(spectrum("sites", 0))).parameter());
        assertEquals("spacing", assertThrows(ParameterException.class, () -> task.validate(spectrum("spacing", -1.0))).parameter());
        assertEquals("levels", assertThrows(ParameterException.class, () -> task.validate(spectrum("levels", 0))).parameter());
        // m2 < 0 is fine in the site basis with lambda > 0
        task.validate(spectrum("basis", "sites", "sector", "all", "m2", -1.0));
        assertTrue(assertThrows(ParameterException.class, () -> task.validate(spectrum("m2", -2.0))).getMessage().contains("m2 > 0"));
    }

    @Test
    void siteBasisSpectrumRunsForNegativeMassSquared() {
        var r = new SpectrumTask().compute(spectrum("basis", "sites", "sector", "all", "m2", -1.0, "truncation", "nmax:5",
                "sites", 2, "convergenceSteps", 1), new TestContext(1, null));
        double gap = ((ScalarResult) r.get("gap")).value();
        assertTrue(gap > 0 && Double.isFinite(gap), "gap " + gap);
    }
}
