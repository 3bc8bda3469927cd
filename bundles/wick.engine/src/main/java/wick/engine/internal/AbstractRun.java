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
    /** Guards the run's file writes against a forced cancel (see {@link #forceCancel}). */
    protected final Object ioLock = new Object();
    private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
    /**
     * Set when {@link #forceCancel} gave up on the run's thread (stuck in a plugin call): the run is
     * over and that thread, whenever it comes back, must write nothing more.
     */
    protected volatile boolean abandoned;
    private volatile Thread runner;

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
        runner = Thread.currentThread();
        boolean mine = false;
        try {
            Map<String, Result> r = execute();
            mine = claimed.compareAndSet(false, true);
            if (!mine) {
                return;
            }
            results = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(r));
            status = RunStatus.COMPLETED;
            progress = 1;
            message = "completed";
            files.writeResults(summary(), r);
        } catch (CancelledException e) {
            mine = claimed.compareAndSet(false, true);
            if (!mine) {
                return;
            }
            status = RunStatus.CANCELLED;
            message = "cancelled; resume with: wick resume " + files.directory();
            saveQuietly();
        } catch (Throwable t) {
            mine = claimed.compareAndSet(false, true);
            if (!mine) {
                return; // abandoned by a forced cancel: whatever happened since is nobody's business
            }
            status = RunStatus.FAILED;
            message = describe(t);
            saveQuietly();
        } finally {
            runner = null;
            if (mine) {
                try {
                    files.writeRecord(record());
                } finally {
                    finished.countDown();
                }
            }
        }
    }

    /**
     * Ends the run now, from another thread, while its own thread is stuck in a plugin call: status
     * CANCELLED with {@code why} as message, the measurement log flushed ({@link #saveOnAbandon}),
     * {@code run.json} written, {@link #await()} released, and the run thread interrupted. A Java thread
     * cannot be killed: the stuck thread goes on until the plugin returns (or reacts to the
     * interrupt); it then finds the run {@link #abandoned} and ends without writing anything.
     * Does nothing when the run has already ended.
     */
    protected final void forceCancel(String why) {
        synchronized (ioLock) {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            abandoned = true;
        }
        try {
            status = RunStatus.CANCELLED;
            message = why;
            try {
                saveOnAbandon();
            } catch (RuntimeException e) {
                message = message + " (and flushing the measurements failed: " + describe(e) + ")";
            }
            files.writeRecord(record());
        } finally {
            finished.countDown();
            Thread t = runner;
            if (t != null) {
                t.interrupt();
            }
        }
    }

    /** Whether the run has ended (its final state is written, or being written). */
    protected final boolean ended() {
        return claimed.get();
    }

    /** Called by {@link #forceCancel} (not on the run's thread): save what can be saved without the stuck thread's state. */
    protected void saveOnAbandon() {
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
