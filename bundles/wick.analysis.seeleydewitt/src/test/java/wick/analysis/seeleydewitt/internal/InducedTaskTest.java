package wick.analysis.seeleydewitt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.param.ParameterException;
import wick.api.progress.CancelledException;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;

/**
 * seeleydewitt.induced end to end: the m dependence of the induced 1/(16πG) against the continuum slope
 * −1/(48π) within the fit error, results present, parameter errors, progress and cancellation.
 */
class InducedTaskTest {
    @TempDir
    Path dir;

    private Map<String, Result> run(TestContext c, String... kv) {
        return new InducedTask().compute(Ocd.parameters(InducedTask.ID, kv), c);
    }

    @Test
    void slopeInMassEqualsContinuum() {
        for (String stress : new String[] {"symmetric", "forward"}) {
            TestContext c = new TestContext(1, dir);
            long t0 = System.nanoTime();
            Map<String, Result> r = run(c, "stress", stress);
            double seconds = (System.nanoTime() - t0) / 1e9;
            ScalarResult slope = (ScalarResult) r.get("slope");
            ScalarResult intercept = (ScalarResult) r.get("intercept");
            SeriesResult g = (SeriesResult) r.get("inducedNewton");
            System.out.printf("%s (default 128x128x512, %.1f s): slope %.7f +- %.7f vs continuum %.7f; intercept %.7f +- %.7f%n", stress, seconds,
                    slope.value(), slope.error(), InducedGravity.CONTINUUM_SLOPE, intercept.value(), intercept.error());
            for (List<Object> row : ((TableResult) r.get("fits")).rows()) {
                System.out.println("  " + row);
            }
            assertEquals(InducedGravity.CONTINUUM_SLOPE, slope.value(), slope.error(), stress);
            assertTrue(slope.error() < 0.05 * Math.abs(InducedGravity.CONTINUUM_SLOPE), "a resolving error " + slope.error());
            assertEquals(8, g.size());
            for (int i = 0; i < g.size(); i++) {
                assertTrue(g.error()[i] > 0 && g.error()[i] < 1e-4 * Math.abs(g.y()[i]), "point error " + g.error()[i]);
                assertTrue(r.get("inducedNewton_m2_" + g.x()[i]) instanceof ScalarResult);
            }
            assertTrue(r.get("coefficients") instanceof TableResult);
            assertTrue(r.get("formFactor_m2_0.01") instanceof SeriesResult);
            assertFalse(c.monitor.fractions.isEmpty());
            assertEquals(1.0, c.monitor.fractions.get(c.monitor.fractions.size() - 1), 1e-12);
        }
    }

    @Test
    void badParametersNameTheParameter() {
        InducedTask t = new InducedTask();
        String[][] cases = {
            {"lattice", "8x8"}, {"lattice", "8x8x6"}, {"lattice", "8xax32"}, {"spacing", "0"}, {"m2", "0.1,-1"}, {"m2", "0.1,0.1,0.2"},
            {"m2", "a"}, {"amplitude", "0.5"}, {"amplitude", "0"}, {"modes", "0,1,2"}, {"modes", "0,1,2,3,300"}, {"modes", "0,1,1,2,3,4"},
            {"modes", "0,1,2,3,4,5,60"}, {"stress", "sideways"},
        };
        for (String[] c : cases) {
            ParameterException e = assertThrows(ParameterException.class, () -> t.validate(Ocd.parameters(InducedTask.ID, c[0], c[1])),
                    c[0] + " = " + c[1]);
            assertEquals(c[0], e.parameter(), e.getMessage());
        }
    }

    @Test
    void cancelStopsWithinHalfASecond() {
        TestContext c = new TestContext(4, dir);
        new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            c.monitor.cancel();
        }).start();
        assertThrows(CancelledException.class, () -> run(c, "lattice", "1024x1024x4096"));
        assertTrue(c.monitor.millisSinceCancel() < 500, c.monitor.millisSinceCancel() + " ms");
    }
}
