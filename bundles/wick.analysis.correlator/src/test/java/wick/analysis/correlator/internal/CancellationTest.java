package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

import wick.api.lattice.Lattice;
import wick.api.progress.CancelledException;
import wick.api.progress.ProgressMonitor;

/**
 * Progress is reported, and a cancelled monitor stops the analysis with a
 * {@link CancelledException} within 0.5 s, at whatever stage it is cancelled, on a big input
 * (32x4, 40 000 measurements: the automatic scan needs 14 windows × 20 000 jackknife refits).
 */
class CancellationTest {
    private static final long LIMIT_NANOS = 500_000_000L;
    private static double[][] big;

    @TempDir
    Path tmp;

    @BeforeAll
    static void measure() {
        big = FreeFieldRuns.measure(Lattice.parse("32x4", "0.5,1"), 0.25, 40_000, 9);
    }

    /** A monitor cancelled {@code afterMillis} after its creation; records the reports. */
    private static final class Monitor implements ProgressMonitor {
        final List<Double> reports = new CopyOnWriteArrayList<>();
        final List<String> messages = new CopyOnWriteArrayList<>();
        final long start = System.nanoTime();
        final long after;
        volatile long cancelledAt;

        Monitor(long afterMillis) {
            after = afterMillis * 1_000_000L;
        }

        @Override
        public void report(double fractionDone, String message) {
            reports.add(fractionDone);
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            long now = System.nanoTime();
            if (now - start >= after) {
                if (cancelledAt == 0) {
                    cancelledAt = now;
                }
                return true;
            }
            return false;
        }
    }

    @Test
    void cancelledAnalysisStopsWithinHalfASecondAtAnyStage(TestReporter reporter) {
        List<String> latencies = new ArrayList<>();
        for (long after : new long[] {1, 50, 200, 600, 1500}) {
            Monitor m = new Monitor(after);
            assertThrows(CancelledException.class,
                    () -> CorrelatorAnalysis.analyse(big, new FitSettings(-1, -1, 0, 1e-8, 0, false, 1), m));
            long latency = System.nanoTime() - m.cancelledAt;
            String last = m.messages.isEmpty() ? "-" : m.messages.get(m.messages.size() - 1);
            latencies.add(String.format("cancel at %d ms: stopped after %.1f ms (last: %s)", after, latency / 1e6, last));
            assertTrue(latency < LIMIT_NANOS, latencies.toString());
            assertTrue(after < 100 || !m.reports.isEmpty(), "progress was reported before the cancel");
        }
        reporter.publishEntry("latencies", String.join("; ", latencies));
        System.out.println(String.join("\n", latencies));
    }

    @Test
    void taskReportsMonotoneProgressAndStopsWhileReading(TestReporter reporter) throws Exception {
        Path run = FreeFieldRuns.write(tmp.resolve("run"), Lattice.parse("32x4", "0.5,1"), 0.25, big, 9);
        Monitor m = new Monitor(30);
        assertThrows(CancelledException.class, () -> new CorrelatorFitTask().compute(
                Tasks.parameters(Map.of("run", run.toString())), Tasks.context(tmp, m, 1)));
        long latency = System.nanoTime() - m.cancelledAt;
        assertTrue(latency < LIMIT_NANOS, "stopped " + latency / 1e6 + " ms after the cancel");
        Monitor full = new Monitor(Long.MAX_VALUE / 2_000_000L);
        new CorrelatorFitTask().compute(Tasks.parameters(Map.of("run", run.toString(), "tauMin", 4)),
                Tasks.context(tmp, full, 1));
        for (int i = 1; i < full.reports.size(); i++) {
            assertTrue(full.reports.get(i) >= full.reports.get(i - 1) - 1e-12, "monotone: " + full.reports);
        }
        assertTrue(full.reports.size() > 20, "reports: " + full.reports.size());
        assertTrue(full.reports.get(full.reports.size() - 1) == 1.0);
        String figures = full.reports.size() + " progress reports; reading cancelled within " + latency / 1e6 + " ms";
        reporter.publishEntry("reports", figures);
        System.out.println(figures);
    }
}
