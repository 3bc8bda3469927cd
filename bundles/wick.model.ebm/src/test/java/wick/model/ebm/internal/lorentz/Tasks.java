package wick.model.ebm.internal.lorentz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.FieldResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.task.ComputeTask;
import wick.api.task.TaskContext;

/** Helpers of the task tests: a context, parameter maps and typed access to results. */
final class Tasks {
    private Tasks() {
    }

    static TaskContext context() {
        RandomStream random = RandomStream.of(1);
        return new TaskContext() {
            @Override
            public ProgressMonitor progress() {
                return ProgressMonitor.NONE;
            }

            @Override
            public RandomStream random() {
                return random;
            }

            @Override
            public Path runDirectory() {
                return Path.of(System.getProperty("java.io.tmpdir"));
            }
        };
    }

    /** Parameters from alternating keys and values. */
    static Parameters parameters(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return Parameters.of(m);
    }

    static Map<String, Result> run(ComputeTask task, Parameters p) {
        try {
            return task.compute(p, context());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static double scalar(Map<String, Result> r, String name) {
        ScalarResult s = assertInstanceOf(ScalarResult.class, r.get(name), name);
        assertEquals(0.0, s.error(), name + " is exact");
        return s.value();
    }

    static SeriesResult series(Map<String, Result> r, String name) {
        return assertInstanceOf(SeriesResult.class, r.get(name), name);
    }

    static FieldResult field(Map<String, Result> r, String name) {
        return assertInstanceOf(FieldResult.class, r.get(name), name);
    }

    static void assertClose(double expected, double actual, double scale, String what) {
        assertTrue(Tolerance.close(expected, actual, scale), what + ": " + actual + " vs exact " + expected);
    }

    /** Both {@code validate} and {@code compute} reject {@code p} with an exception naming {@code parameter}. */
    static void assertRejected(ComputeTask task, Parameters p, String parameter) {
        ParameterException e = assertThrows(ParameterException.class, () -> task.validate(p), p.toString());
        assertEquals(parameter, e.parameter(), e.getMessage());
        assertTrue(e.getMessage().contains(parameter), e.getMessage());
        ParameterException c = assertThrows(ParameterException.class, () -> task.compute(p, context()), p.toString());
        assertEquals(parameter, c.parameter(), c.getMessage());
    }
}
