package wick.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wick.api.result.FieldResult;
import wick.api.result.HistogramResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;

/** Synthetic results shaped like the ones Wick's tasks return (no physics: just plausible numbers). */
public final class Samples {
    /** The tolerance of this module's numerical comparisons. */
    public static final double TOLERANCE = 1e-12;

    private Samples() {
    }

    /** A decaying correlator C(τ) over a periodic time extent, with errors; the tail's lower ends go below 0. */
    public static SeriesResult correlator(int nt) {
        double[] y = new double[nt];
        double[] e = new double[nt];
        for (int t = 0; t < nt; t++) {
            y[t] = Math.cosh(0.7 * (t - nt / 2.0)) / Math.cosh(0.7 * nt / 2.0);
            e[t] = 0.02 + 0.01 * t;
        }
        y[nt / 2] = -0.001;
        return SeriesResult.indexed(y, e, "tau", "C");
    }

    public static SeriesResult line() {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.05 * i;
            y[i] = Math.sin(3 * x[i]) - 0.2 * x[i];
        }
        return new SeriesResult(x, y, null, "theta", "min Re A_k");
    }

    public static HistogramResult histogram() {
        double[] data = new double[5000];
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < data.length; i++) {
            data[i] = r.nextGaussian() + (r.nextBoolean() ? 1.5 : -1.5);
        }
        return HistogramResult.of(data, 40, "M");
    }

    public static FieldResult field(int rows, int cols) {
        double[] v = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                v[r * cols + c] = Math.cos(2 * Math.PI * c / cols) * Math.sin(Math.PI * r / rows) - 0.3;
            }
        }
        return new FieldResult(new int[] {rows, cols}, v, "sigma");
    }

    /** The results of a {@code wick.rotation}-like task: theta, flow fields, a table, scalars. */
    public static Map<String, Result> rotation(int steps, int modes) {
        double[] theta = new double[steps];
        double[] re = new double[steps * modes];
        double[] im = new double[steps * modes];
        for (int j = 0; j < steps; j++) {
            theta[j] = Math.PI / 2 * j / (steps - 1);
            for (int k = 0; k < modes; k++) {
                double lam = 0.5 + 0.3 * k - 1.0 * (k % 3 == 0 ? 1 : 0);
                re[j * modes + k] = lam * Math.sin(theta[j]);
                im[j * modes + k] = -lam * Math.cos(theta[j]);
            }
        }
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("theta", SeriesResult.indexed(theta, null, "j", "theta"));
        r.put("eigenvalueFlowReal", new FieldResult(new int[] {steps, modes}, re, "Re A_k(theta)"));
        r.put("eigenvalueFlowImag", new FieldResult(new int[] {steps, modes}, im, "Im A_k(theta)"));
        r.put("lnZEuclidean", ScalarResult.exact(-12.3456789));
        r.put("phaseAtZero", ScalarResult.exact(0.25));
        r.put("onShellModes", new TableResult(List.of("index", "momentum", "KE"),
                List.of(List.of(0, "(0,0)", 0.5), List.of(3, "(1,0)", 1.25))));
        return r;
    }

    /** The results of a {@code free.sample}-like run. */
    public static Map<String, Result> freeSample() {
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("phi2", new ScalarResult(0.41234, 0.00123));
        r.put("phi2Exact", ScalarResult.exact(0.4115));
        r.put("correlator", correlator(8));
        r.put("correlatorExact", SeriesResult.indexed(correlator(8).y(), null, "tau", "C"));
        r.put("tauInt", new ScalarResult(0.51, 0.02));
        r.put("magnetisation", histogram());
        r.put("sigma", field(8, 8));
        return r;
    }
}
