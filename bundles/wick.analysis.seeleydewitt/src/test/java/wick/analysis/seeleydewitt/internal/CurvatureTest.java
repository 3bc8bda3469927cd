package wick.analysis.seeleydewitt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.analysis.heatkernel.Background;
import wick.api.lattice.Lattice;

/** Curvature from g: Brioschi on a conformal metric converges to the conformal formula at O(a²); lattice Gauss–Bonnet. */
class CurvatureTest {
    private static double maxDifference(int n) {
        Lattice l = Lattice.of(n, n);
        Background b = Background.parse("conformal:0.1,1,1+0.05,0,1", l);
        double[] conformal = Curvature.conformal(l, b.omega());
        double[] brioschi = Curvature.brioschi(l, b.metric());
        double max = 0;
        for (int i = 0; i < conformal.length; i++) {
            max = Math.max(max, Math.abs(conformal[i] - brioschi[i]));
        }
        return max;
    }

    @Test
    void brioschiConvergesToTheConformalFormulaAtSecondOrder() {
        // R scales as 1/N² for a fixed mode, so the O(a²) error of R·N² falls as 1/N²: a ratio 4 per doubling
        double e16 = maxDifference(16) * 16 * 16;
        double e32 = maxDifference(32) * 32 * 32;
        double e64 = maxDifference(64) * 64 * 64;
        assertTrue(Math.abs(e16 / e32 - 4) < 0.5 && Math.abs(e32 / e64 - 4) < 0.25, e16 + " " + e32 + " " + e64);
    }

    @Test
    void sumOfSqrtGTimesRVanishesOnTheTorus() {
        Lattice l = Lattice.of(12, 10);
        Background b = Background.parse("conformal:0.2,1,2+0.1,3,1", l);
        double[] r = Curvature.of(b);
        double[] sg = b.sqrtG();
        double s = 0;
        double norm = 0;
        for (int i = 0; i < r.length; i++) {
            s += sg[i] * r[i];
            norm += Math.abs(sg[i] * r[i]);
        }
        assertEquals(0, s, 1e-13 * norm);
    }
}
