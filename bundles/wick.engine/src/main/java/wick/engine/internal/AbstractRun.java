package wick.engine.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import wick.api.param.Parameters;
import wick.api.progress.CancelledException;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.run.BundleInfo;
import wick.api.run.RunHandle;
import wick.api.run.RunStatus;
import wick.api.run.SamplerSpan;

/** What every run has: identity, files, status, progress, cancellation, the final record. */
abstract class AbstractRun implements RunHandle, Runnable {
    private final String id;
    private final String taskId;
    private final long seed;
    private final Parameters parameters;
    private final Map<String, String> bundles;
    private final String created;
    protected final RunFiles files;
    private final CountDownLatch finished = new CountDownLatch(1);
    protected volatile RunStatus status = RunStatus.RUNNING;
    private volatile double progress;
    protected volatile String message = "";
    protected volatile boolean cancelRequested;
    private volatile Map<String, Result> results = Map.of();
    private volatile List<BundleInfo> environment = List.of();

    AbstractRun(String id, String taskId, long seed, Parameters parameters, RunFiles files, Map<String, String> bundles,
            String created) {
        this.id = id;
        this.taskId = taskId;
        this.seed = seed;
        this.parameters = parameters;
        this.files = files;
        this.bundles = Map.copyOf(bundles);
        this.created = created == null ? Instant.now().toString() : created;
    }

    /** Sets the installed bundles (with jar hashes) that {@code run.json} records as its environment. */
    void environment(List<BundleInfo> bundles) {
        this.environment = List.copyOf(bundles);
    }

    /** The work of the run; throws {@link CancelledException} when cancelled. */
    protected abstract Map<String, Result> execute() throws Exception;

    /** Called when the run stops early (cancel or failure): save what can be saved. */
    protected void saveOnStop() {
    }

    @Override
    public final void run() {
        try {
            Map<String, Result> r = execute();
            results = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(r));
            status = RunStatus.COMPLETED;
            progress = 1;
            message = "completed";
            files.writeResults(summary(), r);
        } catch (CancelledException e) {
            status = RunStatus.CANCELLED;
            message = "cancelled; resume with: wick resume " + files.directory();
            saveQuietly();
        } catch (Throwable t) {
            status = RunStatus.FAILED;
            message = describe(t);
            saveQuietly();
        } finally {
            try {
                files.writeRecord(record());
            } finally {
                finished.countDown();
            }
        }
    }

    private void saveQuietly() {
        try {
            saveOnStop();
        } catch (RuntimeException e) {
            message = message + " (and saving the checkpoint failed: " + describe(e) + ")";
        }
    }

    static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /** The object {@code results.json} holds and {@code wick run --json} prints. */
    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", taskId);
        m.put("parameters", new LinkedHashMap<>(parameters.strings()));
        m.put("seed", seed);
        m.put("status", status.name().toLowerCase());
        m.put("results", RunFiles.resultsJson(results));
        m.put("runDirectory", files.directory().toString());
        return m;
    }

    /** The content of {@code run.json}. */
    Map<String, Object> record() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", taskId);
        m.put("kind", this instanceof ChainRun ? "chain" : "compute");
        m.put("parameters", new LinkedHashMap<>(parameters.strings()));
        m.put("seed", seed);
        m.put("status", status.name().toLowerCase());
        m.put("message", message);
        m.put("progress", progress);
        List<Map<String, Object>> history = samplerHistory().stream().map(AbstractRun::span).toList();
        m.put("samplerHistory", history);
        m.put("bundles", new java.util.TreeMap<>(bundles));
        Map<String, Object> env = new java.util.TreeMap<>();
        for (BundleInfo b : environment) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("version", b.version());
            e.put("sha256", b.sha256());
            env.put(b.symbolicName(), e);
        }
        m.put("environment", env);
        m.put("created", created);
        m.put("updated", Instant.now().toString());
        return m;
    }

    private static Map<String, Object> span(SamplerSpan s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sampler", s.samplerId());
        m.put("fromSweep", s.fromSweep());
        m.put("bundle", s.bundle());
        m.put("version", s.version());
        return m;
    }

    /** A progress monitor that feeds this run's status and polls its cancel flag. */
    protected ProgressMonitor monitor() {
        return new ProgressMonitor() {
            @Override
            public void report(double fractionDone, String msg) {
                progress = Math.max(0, Math.min(1, fractionDone));
                if (msg != null) {
                    message = msg;
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested;
            }
        };
    }

    protected void setProgress(double p) {
        progress = p;
    }

    protected String created() {
        return created;
    }

    protected Map<String, String> bundles() {
        return bundles;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String taskId() {
        return taskId;
    }

    @Override
    public Path directory() {
        return files.directory();
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public RunStatus status() {
        return status;
    }

    @Override
    public double progress() {
        return progress;
    }

    @Override
    public String message() {
        return message;
    }

    @Override
    public void cancel() {
        cancelRequested = true;
    }

    @Override
    public RunStatus await() throws InterruptedException {
        finished.await();
        return status;
    }

    @Override
    public Map<String, Result> results() {
        return results;
    }
}
