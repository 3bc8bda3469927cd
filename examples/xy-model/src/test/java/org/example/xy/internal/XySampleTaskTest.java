package org.example.xy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.task.Measurements;
import wick.api.task.Observables;

/**
 * The task end to end without the workbench: its target sampled by a plain single-site Metropolis
 * chain (written here, so the test needs nothing but the API), its observables measured, its
 * analysis run; on a ring the Monte Carlo means agree with the exact values within
 * {@link Tolerance#Z} Γ-method standard errors.
 */
class XySampleTaskTest {
    private final XySampleTask task = new XySampleTask();

    private static Parameters parameters(String lattice, double beta) {
        return Parameters.of(Map.of("lattice", lattice, "beta", beta, "samples", 20000, "thermalization", 500, "interval", 1));
    }

    @Test
    void ringAgreesWithTheTransferMatrix() {
        for (double beta : new double[] {0.6, 1.5}) {
            Parameters p = parameters("10", beta);
            XyTarget target = (XyTarget) task.target(p);
            Map<String, Result> r = task.analyse(chain(target, p, 20000, 42), target, p, ProgressMonitor.NONE);
            for (String name : List.of("link", "m2")) {
                ScalarResult mc = (ScalarResult) r.get(name);
                double exact = ((ScalarResult) r.get(name + "Exact")).value();
                double z = (mc.value() - exact) / mc.error();
                assertTrue(Math.abs(z) < Tolerance.Z, name + " = " + mc.value() + " ± " + mc.error() + ", exact " + exact
                        + " (beta " + beta + "): " + z + " standard errors");
            }
            ScalarResult link = (ScalarResult) r.get("link");
            ScalarResult action = (ScalarResult) r.get("actionDensity");
            assertEquals(-beta * link.value(), action.value(), Tolerance.ROUNDING);
            ScalarResult m2 = (ScalarResult) r.get("m2");
            assertEquals(10 * m2.value(), ((ScalarResult) r.get("chi")).value(), Tolerance.ROUNDING);
        }
    }

    @Test
    void observablesOfTheOrderedState() {
        Parameters p = parameters("4x6", 0.9);
        XyTarget target = (XyTarget) task.target(p);
        Observables o = task.observables(target, p);
        double[] out = new double[o.names().size()];
        double[] field = new double[24];
        java.util.Arrays.fill(field, 0.4);
        o.measure(field, out);
        assertEquals(1.0, out[0], Tolerance.ROUNDING);
        assertEquals(1.0, out[1], Tolerance.ROUNDING);
        assertEquals(-0.9 * 2, out[2], Tolerance.ROUNDING);
        assertTrue(task.analyse(measurements(List.of(new double[] {1, 1}, new double[] {1, 1}, new double[] {-2, -2},
                new double[] {1, 1})), target, p, ProgressMonitor.NONE).get("linkExact") == null, "no exact values in D = 2");
    }

    @Test
    void badParametersAreNamed() {
        ParameterException beta = assertThrows(ParameterException.class, () -> task.target(parameters("8", 0)));
        assertEquals("beta", beta.parameter(), beta.getMessage());
        ParameterException lattice = assertThrows(ParameterException.class, () -> task.target(parameters("1x1", 1)));
        assertEquals("lattice", lattice.parameter(), lattice.getMessage());
        ParameterException shape = assertThrows(ParameterException.class, () -> task.target(parameters("8y8", 1)));
        assertEquals("lattice", shape.parameter(), shape.getMessage());
    }

    /** Single-site Metropolis, proposals θ + u, u uniform in [−1, 1]; columns as the engine records them. */
    private Measurements chain(XyTarget target, Parameters p, int samples, long seed) {
        Observables o = task.observables(target, p);
        RandomStream r = RandomStream.of(seed);
        double[] field = new double[target.lattice().volume()];
        double[] out = new double[o.names().size()];
        List<double[]> columns = new ArrayList<>();
        for (int k = 0; k <= out.length; k++) {
            columns.add(new double[samples]);
        }
        for (int sweep = -500; sweep < samples; sweep++) {
            int accepted = 0;
            for (int n = 0; n < field.length; n++) {
                double y = field[n] + (2 * r.nextDouble() - 1);
                double ds = target.localActionChange(field, n, y);
                if (ds <= 0 || r.nextDouble() < Math.exp(-ds)) {
                    field[n] = y;
                    accepted++;
                }
            }
            if (sweep >= 0) {
                o.measure(field, out);
                for (int k = 0; k < out.length; k++) {
                    columns.get(k)[sweep] = out[k];
                }
                columns.get(out.length)[sweep] = (double) accepted / field.length;
            }
        }
        return measurements(columns);
    }

    private static Measurements measurements(List<double[]> columns) {
        List<String> names = new ArrayList<>(XySampleTask.PRIMARIES);
        names.add("acceptance");
        return new Measurements() {
            @Override
            public int count() {
                return columns.get(0).length;
            }

            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public double[] column(String name) {
                return columns.get(names.indexOf(name)).clone();
            }

            @Override
            public List<String> samplers() {
                return java.util.Collections.nCopies(count(), "test-metropolis");
            }
        };
    }
}
