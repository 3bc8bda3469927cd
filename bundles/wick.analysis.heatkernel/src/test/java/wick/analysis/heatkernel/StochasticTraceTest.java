package wick.analysis.heatkernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.model.gravity.StressOption;

/**
 * Stochastic estimates lie within their error bars (the 95 % confidence interval, Student's t times
 * the standard error from the probe spread) of the exact value in at least 90 % of 50 fixed seeds.
 */
class StochasticTraceTest {
    private static final int SEEDS = 50;
    private static final int REQUIRED = 45;
    private static final double[] S = {0.5, 2};

    @Test
    void heatTracesAndLogDetCoverTheExactValues() {
        Lattice l = Lattice.of(12, 12);
        LatticeOperator op = LatticeOperator.sigma(l, 0.3, StressOption.SYMMETRIC, Background.parse("conformal:0.2,1,1+0.1,2,0", l).sigma());
        double[] eig = HeatTrace.eigenvalues(op.dense());
        double[] exact = HeatTrace.fromSpectrum(eig, S);
        double exactLogDet = CholeskyLogDet.dense(op.dense());
        int[] covered = new int[S.length + 1];
        StochasticTrace st = new StochasticTrace(op.operator(), op.size(), 200);
        for (int seed = 1; seed <= SEEDS; seed++) {
            Estimate[] t = st.heatTraces(S, 10, RandomStream.of(seed), ProgressMonitor.NONE);
            for (int j = 0; j < S.length; j++) {
                covered[j] += t[j].covers(exact[j]) ? 1 : 0;
            }
            covered[S.length] += st.logDet(10, RandomStream.of(1000 + seed), ProgressMonitor.NONE).covers(exactLogDet) ? 1 : 0;
        }
        for (int j = 0; j <= S.length; j++) {
            assertTrue(covered[j] >= REQUIRED, (j < S.length ? "trace s = " + S[j] : "log det") + ": " + covered[j] + " of " + SEEDS + " covered");
        }
    }
}
