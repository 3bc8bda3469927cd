package wick.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import wick.api.result.FieldResult;
import wick.api.result.HistogramResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;

class ResultJsonTest {
    private static final List<Result> SAMPLES = List.of(
            new ScalarResult(1.5, 0.25),
            ScalarResult.exact(Double.NaN),
            new SeriesResult(new double[] {0, 1, 2}, new double[] {3, 2, 1}, new double[] {0.1, 0.2, 0.3}, "tau", "C"),
            SeriesResult.indexed(new double[] {1, 2}, null, "i", "v"),
            new HistogramResult(new double[] {0, 1, 3}, new double[] {4, 5}, "phi"),
            new FieldResult(new int[] {2, 3}, new double[] {1, 2, 3, 4, 5, 6}, "sigma"),
            new TableResult(List.of("diagram", "symmetry"), List.of(List.of("tadpole", 0.5), List.of("sunset, bare", 1.0 / 6))));

    @Test
    void jsonRoundTripGivesEqualResults() {
        for (Result r : SAMPLES) {
            Result back = Result.fromJson(r.toJson());
            assertEquals(r, back, r.kind());
            assertEquals(r.hashCode(), back.hashCode());
            assertEquals(r.kind(), r.toJson().get("kind"));
        }
    }

    @Test
    void csvFormsHaveAHeaderAndOneLinePerValue() {
        assertEquals("value,error\n1.5,0.25\n", SAMPLES.get(0).toCsv());
        assertEquals(4, SAMPLES.get(2).toCsv().lines().count());
        assertEquals(7, SAMPLES.get(5).toCsv().lines().count());
        assertTrue(SAMPLES.get(6).toCsv().contains("\"sunset, bare\""));
        assertEquals("i0,i1,sigma", SAMPLES.get(5).toCsv().lines().findFirst().orElseThrow());
    }

    @Test
    void inconsistentShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SeriesResult(new double[2], new double[3], null, "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> new HistogramResult(new double[] {0, 1}, new double[2], "x"));
        assertThrows(IllegalArgumentException.class, () -> new FieldResult(new int[] {2, 2}, new double[3], "x"));
        assertThrows(IllegalArgumentException.class, () -> Result.fromJson(java.util.Map.of("kind", "movie")));
    }

    @Test
    void histogramBinsItsData() {
        HistogramResult h = HistogramResult.of(new double[] {0, 0.1, 0.9, 1}, 2, "x");
        assertEquals(List.of(2.0, 2.0), java.util.Arrays.stream(h.counts()).boxed().toList());
    }
}
