package wick.analysis.seeleydewitt.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.result.Result;
import wick.api.result.ScalarResult;

/** seeleydewitt.global: Gauss–Bonnet a1 = −m² Σ√g within the fit error on the 2-torus; a0 = Σ√g within two fit errors. */
class GlobalTaskTest {
    @TempDir
    Path dir;

    @Test
    void gaussBonnetOnTheTwoTorus() {
        for (String bg : new String[] {"conformal:0.05,1,1", "conformal:0.04,1,0+0.03,1,2"}) {
            TestContext c = new TestContext(1, dir);
            Map<String, Result> r = new GlobalTask().compute(Ocd.parameters(GlobalTask.ID, "lattice", "24x24", "m2", "0.1", "background", bg), c);
            ScalarResult a0 = (ScalarResult) r.get("a0");
            ScalarResult a1 = (ScalarResult) r.get("a1");
            double sumSqrtG = ((ScalarResult) r.get("a0Expected")).value();
            double a1Expected = ((ScalarResult) r.get("a1Expected")).value();
            System.out.printf("%s: a0 %s vs %.8f, a1 %s vs %.8f (-m2 sum sqrt g = %.8f), raw a1 %s%n", bg, a0, sumSqrtG, a1, a1Expected,
                    -0.1 * sumSqrtG, r.get("a1Raw"));
            assertTrue(Math.abs(a1Expected + 0.1 * sumSqrtG) <= 1e-12 * sumSqrtG, "lattice Gauss-Bonnet " + a1Expected);
            assertTrue(Math.abs(a1.value() + 0.1 * sumSqrtG) <= a1.error(), "a1 " + a1 + " vs " + (-0.1 * sumSqrtG));
            assertTrue(Math.abs(a0.value() - sumSqrtG) <= 2 * a0.error(), "a0 (95 % level) " + a0 + " vs " + sumSqrtG);
            assertTrue(!c.monitor.fractions.isEmpty());
        }
    }
}
