package wick.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad arguments are rejected with a message naming the argument and the allowed range. */
class ValidationTest {
    private static final ToDoubleFunction<double[]> FIRST = m -> m[0];

    private static void fails(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void gammaMethodSeries() {
        fails("series must not be null", () -> GammaMethod.analyse(null));
        fails("series must have at least 2 samples, got 1",
                () -> GammaMethod.analyse(new double[] {1}));
        fails("series must have at least 2 samples, got 0",
                () -> GammaMethod.analyse(new double[0]));
        fails("series[2] is NaN; all samples must be finite",
                () -> GammaMethod.analyse(new double[] {1, 2, Double.NaN, 4}));
        fails("series[0] is -Infinity; all samples must be finite",
                () -> GammaMethod.analyse(new double[] {Double.NEGATIVE_INFINITY, 2}));
    }

    @Test
    void gammaMethodParameters() {
        double[] x = {1, 2, 3, 4, 5};
        fails("sTau must be a finite number > 0, got 0.0", () -> GammaMethod.analyse(x, 0));
        fails("sTau must be a finite number > 0, got NaN", () -> GammaMethod.analyse(x, Double.NaN));
        fails("maxWindow must be between 1 and N/2 = 2, got 3",
                () -> GammaMethod.analyse(x, 1.5, 3));
        fails("maxWindow must be between 1 and N/2 = 2, got 0",
                () -> GammaMethod.analyse(x, 1.5, 0));
    }

    @Test
    void pathologicalGamma() {
        double[] alternating = new double[100];
        for (int i = 0; i < alternating.length; i++) {
            alternating[i] = i % 2;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GammaMethod.analyse(alternating));
        assertTrue(e.getMessage().startsWith("Gamma pathological"), e.getMessage());
    }

    @Test
    void primaries() {
        fails("primaries must not be null", () -> GammaMethod.analyseDerived(null, FIRST));
        fails("primaries must hold at least 1 series, got 0",
                () -> GammaMethod.analyseDerived(new double[0][], FIRST));
        fails("primaries[1] must have the length 3 of primaries[0], got 2",
                () -> Jackknife.estimate(new double[][] {{1, 2, 3}, {1, 2}}, FIRST, 1));
        fails("primaries[1][1] is NaN; all samples must be finite", () -> GammaMethod
                .analyseDerived(new double[][] {{1, 2, 3}, {1, Double.NaN, 3}}, FIRST));
        fails("primaries[0] must have at least 2 samples, got 1",
                () -> Jackknife.estimate(new double[][] {{1}}, FIRST, 1));
        fails("f must not be null",
                () -> GammaMethod.analyseDerived(new double[][] {{1, 2}}, null));
        fails("f returned Infinity at the means; f must be finite near the means of the primaries",
                () -> GammaMethod.analyseDerived(new double[][] {{0, 0}}, m -> 1 / m[0]));
        // replica 3 leaves out the last sample: mean 2 (the others are 3, 8/3, 7/3; full 2.5)
        fails("f returned NaN for jackknife replica 3; f must be finite near the means of the "
                + "primaries", () -> Jackknife.estimate(new double[][] {{1, 2, 3, 4}},
                        m -> m[0] < 2.1 ? Double.NaN : m[0], 1));
    }

    @Test
    void jackknifeBinSize() {
        double[][] data = {new double[100]};
        fails("binSize must be between 1 and N/2 = 50, got 0",
                () -> Jackknife.estimate(data, FIRST, 0));
        fails("binSize must be between 1 and N/2 = 50, got 51",
                () -> Jackknife.estimate(data, FIRST, 51));
        fails("tauInt must be between 0 and 2^30 = 1073741824, got -1.0",
                () -> Jackknife.binSizeFor(-1));
        fails("tauInt must be between 0 and 2^30 = 1073741824, got NaN",
                () -> Jackknife.binSizeFor(Double.NaN));
    }

    @Test
    void covariance() {
        fails("replicas must not be null", () -> Jackknife.covariance(null));
        fails("replicas must hold at least 1 quantity, got 0",
                () -> Jackknife.covariance(new double[0][]));
        fails("replicas[0] must hold at least 2 replicas, got 1",
                () -> Jackknife.covariance(new double[][] {{1}}));
        fails("replicas[1] must have the length 2 of replicas[0], got 3",
                () -> Jackknife.covariance(new double[][] {{1, 2}, {1, 2, 3}}));
        fails("replicas[1][0] is NaN; all samples must be finite",
                () -> Jackknife.covariance(new double[][] {{1, 2}, {Double.NaN, 2}}));
    }

    @Test
    void records() {
        fails("error must be a finite number >= 0, got -1.0",
                () -> new GammaEstimate(0, -1, 0, 0.5, 0, 1, 10, true));
        fails("window must be >= 0, got -1", () -> new GammaEstimate(0, 1, 0, 0.5, 0, -1, 10, true));
        fails("bins must be >= 2 and equal replicas.length = 2, got 3",
                () -> new JackknifeEstimate(0, 1, new double[] {1, 2}, 3, 1));
        fails("replicas must not be null", () -> new JackknifeEstimate(0, 1, null, 3, 1));
    }
}
