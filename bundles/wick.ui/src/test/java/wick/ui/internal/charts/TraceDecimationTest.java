package wick.ui.internal.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TraceDecimationTest {

    @Test
    void shortTraceIsKeptWhole() {
        double[] y = {3, 1, 4, 1, 5};
        double[][] xy = TraceDecimation.decimate(y, 2000);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, xy[0]);
        assertArrayEquals(y, xy[1]);
    }

    @Test
    void keepsFirstLastAndTheMinAndMaxOfEveryBucket() {
        int n = 100_003;
        int max = 2000;
        double[] y = new double[n];
        Random r = new Random(11);
        for (int i = 0; i < n; i++) {
            y[i] = r.nextGaussian();
        }
        y[0] = 50;
        y[n - 1] = -50;
        y[31_337] = 1e3;
        double[][] xy = TraceDecimation.decimate(y, max);
        int m = xy[0].length;
        assertTrue(m <= max, m + " points");
        assertEquals(0, xy[0][0]);
        assertEquals(50, xy[1][0]);
        assertEquals(n - 1, xy[0][m - 1]);
        assertEquals(-50, xy[1][m - 1]);
        Set<Integer> kept = new HashSet<>();
        for (int k = 0; k < m; k++) {
            int i = (int) xy[0][k];
            kept.add(i);
            assertEquals(y[i], xy[1][k], "the point at x is the measurement at x");
            if (k > 0) {
                assertTrue(xy[0][k] > xy[0][k - 1], "x increases");
            }
        }
        assertTrue(kept.contains(31_337), "a spike survives");
        int buckets = (max - 2) / 2;
        long interior = n - 2L;
        for (int b = 0; b < buckets; b++) {
            int start = (int) (1 + b * interior / buckets);
            int end = (int) (1 + (b + 1) * interior / buckets);
            int lo = start;
            int hi = start;
            for (int i = start; i < end; i++) {
                lo = y[i] < y[lo] ? i : lo;
                hi = y[i] > y[hi] ? i : hi;
            }
            assertTrue(kept.contains(lo) && kept.contains(hi), "bucket " + b);
        }
    }

    @Test
    void tooFewPointsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TraceDecimation.decimate(new double[10], 3));
    }
}
