package wick.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JackknifeTest {

    @Test
    void identityGivesTheStandardErrorOfTheBinMeans() {
        double[] x = Chains.ar1(0.7, 10_007, 201); // 7 samples left over at the end
        int binSize = 50;
        JackknifeEstimate e = Jackknife.estimate(new double[][] {x}, m -> m[0], binSize);
        int bins = x.length / binSize;
        assertEquals(bins, e.bins());
        assertEquals(binSize, e.binSize());
        double[] binMeans = new double[bins];
        double mean = 0;
        for (int b = 0; b < bins; b++) {
            for (int i = b * binSize; i < (b + 1) * binSize; i++) {
                binMeans[b] += x[i] / binSize;
            }
            mean += binMeans[b] / bins;
        }
        double squares = 0;
        for (double m : binMeans) {
            squares += (m - mean) * (m - mean);
        }
        double standardError = Math.sqrt(squares / (bins * (bins - 1.0)));
        assertEquals(standardError, e.error(), 1e-12 * standardError);
        assertEquals(mean, e.value(), 1e-12);
    }

    @Test
    void remainderIsDroppedAtTheEnd() {
        double[] x = {1, 2, 3, 4, 5, 6, 1e9};
        JackknifeEstimate e = Jackknife.estimate(new double[][] {x}, m -> m[0], 2);
        assertEquals(3, e.bins());
        assertEquals(3.5, e.value(), 1e-15);
        // leave out {1,2}: 4.5; {3,4}: 3.5; {5,6}: 2.5
        assertArrayEquals(new double[] {4.5, 3.5, 2.5}, e.replicas(), 1e-15);
        assertEquals(Math.sqrt(2.0 / 3 * 2), e.error(), 1e-15);
    }

    @Test
    void replicasAreDefensivelyCopied() {
        double[] replicas = {1, 2, 3};
        JackknifeEstimate e = new JackknifeEstimate(2, 0.5, replicas, 3, 4);
        replicas[0] = 99;
        e.replicas()[1] = 99;
        assertArrayEquals(new double[] {1, 2, 3}, e.replicas());
        JackknifeEstimate same = new JackknifeEstimate(2, 0.5, new double[] {1, 2, 3}, 3, 4);
        assertEquals(same, e);
        assertEquals(same.hashCode(), e.hashCode());
        assertNotEquals(new JackknifeEstimate(2, 0.5, new double[] {1, 2, 4}, 3, 4), e);
        assertEquals("JackknifeEstimate[value=2.0, error=0.5, replicas=[1.0, 2.0, 3.0], bins=3, "
                + "binSize=4]", e.toString());
    }

    @Test
    void binSizeCoversTwiceTauInt() {
        assertEquals(1, Jackknife.binSizeFor(0));
        assertEquals(1, Jackknife.binSizeFor(0.5));
        assertEquals(2, Jackknife.binSizeFor(0.51));
        assertEquals(19, Jackknife.binSizeFor(9.5));
        assertEquals(20, Jackknife.binSizeFor(9.6));
    }

    @Test
    void covarianceDiagonalIsTheSquaredErrorAndOffDiagonalIsConsistent() {
        double[] x = Chains.ar1(0.5, 20_000, 202);
        double[] y = Chains.ar1(0.5, 20_000, 203);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = 2 + x[i] + 0.5 * y[i];
        }
        double[][] primaries = {x, z};
        int binSize = 100;
        JackknifeEstimate mx = Jackknife.estimate(primaries, m -> m[0], binSize);
        JackknifeEstimate mz = Jackknife.estimate(primaries, m -> m[1], binSize);
        JackknifeEstimate sum = Jackknife.estimate(primaries, m -> m[0] + m[1], binSize);
        double[][] cov = Jackknife.covariance(new double[][] {mx.replicas(), mz.replicas()});
        assertEquals(mx.error() * mx.error(), cov[0][0], 1e-12 * cov[0][0]);
        assertEquals(mz.error() * mz.error(), cov[1][1], 1e-12 * cov[1][1]);
        assertEquals(cov[0][1], cov[1][0]);
        // Var(x̄ + z̄) = Var x̄ + Var z̄ + 2 Cov(x̄, z̄), exactly for the linear jackknife
        double var = sum.error() * sum.error();
        assertEquals(var, cov[0][0] + cov[1][1] + 2 * cov[0][1], 1e-10 * var);
        assertTrue(cov[0][1] > 0); // z contains x
    }
}
