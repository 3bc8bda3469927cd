package wick.ui.internal.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import wick.api.run.RunHandle;
import wick.api.run.RunStatus;
import wick.api.run.SamplerInfo;
import wick.api.run.Workbench;
import wick.api.task.Measurements;
import wick.ui.internal.charts.ChartRegistry;
import wick.ui.internal.charts.SpanMark;
import wick.ui.internal.charts.TraceDecimation;
import wick.ui.internal.results.ResultsPanel;

/**
 * Polls one run off the event thread: status and progress every time; a measurement snapshot at
 * most every 250 ms and, since a snapshot copies every column, no more often than four times the
 * time the last one took; the samplers that fit when the installed samplers change; the results
 * (with their charts built) once. Not thread-safe: one poll at a time.
 */
final class RunMonitor {
    /** At most this many primary observables get a trace. */
    static final int MAX_TRACES = 12;
    private static final long SNAPSHOT_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long FITTING_NANOS = TimeUnit.SECONDS.toNanos(1);
    private final RunHandle run;
    private final Workbench workbench;
    private final ChartRegistry registry;
    private volatile Measurements last;
    private long nextSnapshot;
    private long nextFitting;
    private int lastCount = -1;
    private List<SpanMark> lastSpans = List.of();
    private List<String> lastInstalled;
    private boolean finalSnapshot;
    private boolean resultsDone;

    RunMonitor(RunHandle run, Workbench workbench, ChartRegistry registry) {
        this.run = run;
        this.workbench = workbench;
        this.registry = registry;
    }

    /** The latest measurement snapshot (for CSV export of a trace), or {@code null}. */
    Measurements last() {
        return last;
    }

    /** Whether nothing more will change: the run ended and its last snapshot and results were taken. */
    boolean finished() {
        return finalSnapshot && resultsDone;
    }

    RunPoll poll() {
        RunStatus status = run.status();
        double progress = run.progress();
        String message = run.message();
        String sampler = run.currentSampler();
        long now = System.nanoTime();
        Map<String, double[][]> traces = null;
        List<SpanMark> spans = null;
        if (now >= nextSnapshot || status.isTerminal() && !finalSnapshot) {
            finalSnapshot = status.isTerminal();
            Optional<Measurements> snapshot = run.measurements();
            if (snapshot.isPresent() && snapshot.get().count() != lastCount) {
                Measurements m = snapshot.get();
                last = m;
                lastCount = m.count();
                traces = new LinkedHashMap<>();
                for (String name : primaries(m.names())) {
                    traces.put(name, TraceDecimation.decimate(m.column(name), TraceDecimation.MAX_POINTS));
                }
                List<SpanMark> s = SpanMark.of(m.samplers());
                if (!s.equals(lastSpans)) {
                    spans = s;
                    lastSpans = s;
                }
            }
            long took = System.nanoTime() - now;
            nextSnapshot = System.nanoTime() + Math.max(SNAPSHOT_NANOS, 4 * took);
        }
        List<String> fitting = null;
        if (sampler != null && !status.isTerminal() && now >= nextFitting) {
            nextFitting = now + FITTING_NANOS;
            fitting = fitting();
        }
        ResultsPanel.Content results = null;
        if (status.isTerminal() && !resultsDone) {
            resultsDone = true;
            if (status == RunStatus.COMPLETED) {
                results = ResultsPanel.prepare(run.results(), registry);
            }
        }
        return new RunPoll(status, progress, message, sampler, traces, spans, fitting, results);
    }

    /** The samplers that fit, when the installed ones changed since last asked; else {@code null}. */
    private List<String> fitting() {
        List<String> installed = workbench.samplers().stream().map(SamplerInfo::id).toList();
        if (installed.equals(lastInstalled)) {
            return null;
        }
        lastInstalled = installed;
        try {
            return workbench.samplersFor(run.taskId(), run.parameters().strings()).stream().map(SamplerInfo::id).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The chain observables worth a trace: all but the per-time-slice correlator columns {@code C0, C1, ...}. */
    static List<String> primaries(List<String> names) {
        return names.stream().filter(n -> !n.matches("C\\d+")).limit(MAX_TRACES).toList();
    }
}
