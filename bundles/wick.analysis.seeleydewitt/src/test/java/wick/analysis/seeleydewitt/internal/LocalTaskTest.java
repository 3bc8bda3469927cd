package wick.analysis.seeleydewitt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.param.ParameterException;
import wick.api.progress.CancelledException;
import wick.api.result.FieldResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;

/** seeleydewitt.local: the PHYSICS 5 reference, exact flat and constant cases, method agreement, errors, cancellation. */
class LocalTaskTest {
    @TempDir
    Path dir;

    private Map<String, Result> run(TestContext c, String... kv) {
        return new LocalTask().compute(Ocd.parameters(LocalTask.ID, kv), c);
    }

    @Test
    void referenceConformalBackgroundRecoversRicciOverSix() {
        TestContext c = new TestContext(1, dir);
        Map<String, Result> r = run(c);
        double rel = ((ScalarResult) r.get("relRmsError")).value();
        double corr = ((ScalarResult) r.get("correlation")).value();
        System.out.printf("reference 32x32: relRmsError %.5f correlation %.7f%n", rel, corr);
        assertTrue(rel <= 0.03, "relRmsError " + rel);
        assertTrue(corr > 0.999, "correlation " + corr);
        assertFalse(c.monitor.fractions.isEmpty());
    }

    @Test
    void flatAndConstantBackgroundsGiveMinusMassSquared() {
        for (String bg : new String[] {"flat", "conformal:0.1,0,0"}) {
            Map<String, Result> r = run(new TestContext(2, dir), "lattice", "8x8", "m2", "0.3", "background", bg, "method", "dense");
            for (double a1 : ((FieldResult) r.get("a1")).values()) {
                assertEquals(-0.3, a1, 1e-9, bg);
            }
            for (double c0 : ((FieldResult) r.get("c0")).values()) {
                assertEquals(1, c0, 1e-9, bg);
            }
        }
    }

    @Test
    void denseAndLanczosAgree() {
        String[] kv = {"lattice", "12x12", "m2", "0.2", "background", "general:0.03,0.02,-0.02,1,1"};
        double[] dense = ((FieldResult) run(new TestContext(3, dir), concat(kv, "method", "dense")).get("a1")).values();
        double[] lanczos = ((FieldResult) run(new TestContext(3, dir), concat(kv, "method", "lanczos")).get("a1")).values();
        for (int n = 0; n < dense.length; n++) {
            assertEquals(dense[n], lanczos[n], 1e-9);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void badParametersNameTheParameter() {
        LocalTask t = new LocalTask();
        assertEquals("smax", assertThrows(ParameterException.class, () -> t.validate(Ocd.parameters(LocalTask.ID, "smax", "3.5"))).parameter());
        assertEquals("m2", assertThrows(ParameterException.class, () -> t.validate(Ocd.parameters(LocalTask.ID, "m2", "-1"))).parameter());
        assertEquals("background", assertThrows(ParameterException.class,
                () -> t.validate(Ocd.parameters(LocalTask.ID, "background", "general:0.8,0,-0.5,0,0"))).parameter());
        assertEquals("lattice", assertThrows(ParameterException.class, () -> t.validate(Ocd.parameters(LocalTask.ID, "lattice", "16"))).parameter());
    }

    @Test
    void cancelStopsWithinHalfASecond() {
        for (String method : new String[] {"lanczos", "dense"}) {
            TestContext c = new TestContext(4, dir);
            new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                c.monitor.cancel();
            }).start();
            assertThrows(CancelledException.class, () -> run(c, "lattice", "48x48", "method", method));
            assertTrue(c.monitor.millisSinceCancel() < 500, method + ": " + c.monitor.millisSinceCancel() + " ms");
        }
    }
}
