package wick.analysis.heatkernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.param.ParameterException;
import wick.api.progress.CancelledException;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.TableResult;

/** Tasks heatkernel.trace and heatkernel.logdet: parameters from their OCDs, results, progress, cancellation. */
class HeatKernelTasksTest {
    @TempDir
    Path dir;

    @Test
    void traceTaskMethodsAgreeOnTheFlatLattice() {
        TestContext c = new TestContext(1, dir);
        Map<String, Result> r = new HeatTraceTask().compute(Ocd.parameters(HeatTraceTask.ID, "lattice", "6x6", "method", "all", "m2", "0.5"), c);
        TableResult t = (TableResult) r.get("methods");
        assertEquals(List.of("s", "symbol", "eigen", "stochastic", "stochasticError", "stochasticCI95", "besselPeriodic", "besselInfinite"), t.columns());
        for (List<Object> row : t.rows()) {
            double symbol = (Double) row.get(1);
            assertEquals(symbol, (Double) row.get(2), 1e-12 * symbol);
            assertEquals(symbol, (Double) row.get(6), 1e-12 * symbol);
            assertTrue(Math.abs((Double) row.get(3) - symbol) <= 6 * (Double) row.get(4) + 1e-12 * symbol, row.toString());
        }
        assertFalse(c.monitor.fractions.isEmpty());
    }

    @Test
    void logDetTaskProperTimeMatchesCholeskyOnABackground() {
        TestContext c = new TestContext(2, dir);
        Map<String, Result> r = new LogDetTask().compute(Ocd.parameters(LogDetTask.ID, "lattice", "6x8", "m2", "0.4",
                "background", "conformal:0.1,1,1", "probes", "20"), c);
        assertTrue(((ScalarResult) r.get("relativeDifference")).value() < 1e-8);
        double chol = ((ScalarResult) r.get("cholesky")).value();
        ScalarResult st = (ScalarResult) r.get("stochastic");
        assertTrue(Math.abs(st.value() - chol) < 6 * st.error(), st + " vs " + chol);
        assertFalse(c.monitor.fractions.isEmpty());
    }

    @Test
    void badParametersNameTheParameter() {
        TestContext c = new TestContext(3, dir);
        assertEquals("m2", assertThrows(ParameterException.class,
                () -> new LogDetTask().validate(Ocd.parameters(LogDetTask.ID, "m2", "0"))).parameter());
        assertEquals("s", assertThrows(ParameterException.class,
                () -> new HeatTraceTask().validate(Ocd.parameters(HeatTraceTask.ID, "s", "1,-2"))).parameter());
        assertEquals("background", assertThrows(ParameterException.class,
                () -> new HeatTraceTask().validate(Ocd.parameters(HeatTraceTask.ID, "background", "conformal:0.1,1"))).parameter());
        assertEquals("background", assertThrows(ParameterException.class,
                () -> new HeatTraceTask().validate(Ocd.parameters(HeatTraceTask.ID, "background", "sigma:" + dir.resolve("none.txt")))).parameter());
        assertEquals("method", assertThrows(ParameterException.class,
                () -> new HeatTraceTask().compute(Ocd.parameters(HeatTraceTask.ID, "method", "symbol", "background", "conformal:0.1,1,1"), c)).parameter());
    }

    private static void assertCancelsWithinHalfASecond(TestContext c, Callable<?> work) {
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            c.monitor.cancel();
        });
        canceller.start();
        assertThrows(CancelledException.class, work::call);
        assertTrue(c.monitor.millisSinceCancel() < 500, c.monitor.millisSinceCancel() + " ms");
    }

    @Test
    void stochasticTraceCancels() {
        TestContext c = new TestContext(4, dir);
        assertCancelsWithinHalfASecond(c, () -> new HeatTraceTask().compute(Ocd.parameters(HeatTraceTask.ID, "lattice", "128x128",
                "method", "stochastic", "probes", "100000", "background", "conformal:0.1,1,1"), c));
    }

    @Test
    void denseLogDetCancels() {
        TestContext c = new TestContext(5, dir);
        assertCancelsWithinHalfASecond(c, () -> new LogDetTask().compute(Ocd.parameters(LogDetTask.ID, "lattice", "44x44",
                "method", "propertime", "background", "conformal:0.1,1,1"), c));
    }
}
