package wick.engine.internal;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.progress.CancelledException;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.run.RunStatus;
import wick.api.run.SamplerSchedule;
import wick.api.run.SamplerSpan;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.api.task.ChainTask;
import wick.api.task.Observables;

/**
 * A Markov chain: thermalisation, then {@code samples} measurements every {@code interval} sweeps.
 * The sampler can be replaced between two sweeps (same state, same random stream), by hand or by a
 * cyclic {@link SamplerSchedule}; moves already bound are kept, so a sampler that comes back keeps its
 * tuning. Each measurement row records the sampler that made it and the acceptance of its sweeps
 * (column {@value #ACCEPTANCE}). The state is checkpointed every {@code checkpointMillis} and at the
 * end; a resumed chain restores field, random stream, counters, schedule position and every move's
 * state, so it continues exactly as the uninterrupted chain would have.
 */
final class ChainRun extends AbstractRun {
    /** The column holding the acceptance rate of the sweeps since the previous measurement. */
    static final String ACCEPTANCE = "acceptance";

    private final ChainTask task;
    private final Target target;
    private final Observables observables;
    private final SamplerCatalog catalog;
    private final int thermalization;
    private final int samples;
    private final int interval;
    private final Checkpoint resumeFrom;
    private final List<SamplerSpan> history = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> pendingSampler = new AtomicReference<>();
    private final Map<String, Move> moves = new LinkedHashMap<>();
    private final java.util.Set<String> removed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final long checkpointMillis;
    private volatile SamplerSchedule schedule;
    private final Map<String, Map<String, String>> samplerSettings;
    private volatile String goneSampler;
    private volatile String samplerId;

    private double[] field;
    private RandomStream random;
    private long sweep;
    private Move move;
    private int scheduleIndex = -1;
    private long scheduleSweeps;
    private volatile MeasurementLog log;
    private final String taskBundle;
    /** Per sampler id, "BUNDLE VERSION" of the service bound last. */
    private final Map<String, String> bundleOf = new java.util.concurrent.ConcurrentHashMap<>();
    /** {@link System#nanoTime()} when the current sweep began, 0 outside a sweep. */
    private volatile long sweepStarted;
    /** Set by the watchdog when the current sweep has taken longer than the hang time. */
    private volatile boolean hung;
    /** A plugin failed: the field may be half-updated, so {@code checkpoint.bin} is not overwritten. */
    private volatile boolean faulted;

    /**
     * @param schedule   a cyclic schedule (its first sampler is the initial one), or {@code null}
     * @param samplerSettings per sampler id, the values given for its parameters (the rest default)
     * @param history    sampler history so far (empty for a new chain)
     * @param resumeFrom the checkpoint to continue from, or {@code null} for a new chain
     * @param taskBundle "SYMBOLIC-NAME VERSION" of the bundle that provides the task (for messages)
     */
    ChainRun(String id, ChainTask task, Target target, String initialSampler, SamplerSchedule schedule,
            Map<String, Map<String, String>> samplerSettings, long seed,
            Parameters parameters, RunFiles files, Map<String, String> bundles, String created, SamplerCatalog catalog,
            List<SamplerSpan> history, Checkpoint resumeFrom, long checkpointMillis, String taskBundle) {
        super(id, task.id(), seed, parameters, files, bundles, created);
        this.task = task;
        this.taskBundle = taskBundle;
        this.target = target;
        this.catalog = catalog;
        this.observables = task.observables(target, parameters);
        this.thermalization = parameters.integer(ChainTask.THERMALIZATION);
        this.samples = parameters.integer(ChainTask.SAMPLES);
        this.interval = parameters.integer(ChainTask.INTERVAL);
        this.resumeFrom = resumeFrom;
        this.checkpointMillis = checkpointMillis;
        this.schedule = schedule;
        this.samplerSettings = Map.copyOf(samplerSettings);
        this.samplerId = schedule != null ? schedule.entries().get(0).sampler() : initialSampler;
        if (resumeFrom != null) {
            for (SamplerSpan s : history) {
                if (s.fromSweep() <= resumeFrom.sweep()) {
                    this.history.add(s);
                }
            }
        }
    }

    /** The schedule in use, or {@code null}. */
    SamplerSchedule schedule() {
        return schedule;
    }

    @Override
    protected Map<String, Result> execute() throws Exception {
        int volume = target.lattice().volume();
        List<String> names = new ArrayList<>();
        names.add(ACCEPTANCE);
        names.addAll(observables.names());
        if (resumeFrom == null) {
            field = new double[volume];
            random = RandomStream.of(seed());
            sweep = 0;
            scheduleIndex = schedule == null ? -1 : 0;
            switchTo(samplerId);
            log = MeasurementLog.create(files.measurements(), names);
            checkpoint();
        } else {
            Checkpoint c = resumeFrom;
            if (c.field().length != volume) {
                throw new IllegalArgumentException("checkpoint field has " + c.field().length + " sites, the lattice "
                        + volume);
            }
            field = c.field().clone();
            random = RandomStream.fromState(c.randomState());
            sweep = c.sweep();
            for (Map.Entry<String, double[]> e : c.moveStates().entrySet()) {
                Move m = bind(e.getKey());
                m.restoreState(e.getValue());
                moves.put(e.getKey(), m);
            }
            samplerId = c.samplerId();
            move = moves.get(samplerId);
            scheduleIndex = c.scheduleIndex();
            scheduleSweeps = c.scheduleSweeps();
            if (scheduleIndex < 0) {
                schedule = null;
            }
            log = MeasurementLog.reopen(files.measurements(), names, c.logBytes(), c.measured());
        }
        files.writeRecord(record());
        try (MeasurementLog l = log) {
            loop(names.size());
            checkpoint();
            setProgress(0.99);
            message = "analysing " + log.count() + " measurements";
            Map<String, Result> results;
            try {
                results = task.analyse(log.snapshot(), target, parameters(), monitor().subTask(0.99, 1.0, "analysis"));
            } catch (CancelledException e) {
                throw e;
            } catch (Throwable t) {
                throw taskFault("analysing " + log.count() + " measurements", t);
            }
            try {
                task.writeRunFiles(target, files.directory());
            } catch (Throwable t) {
                throw taskFault("writing its run files", t);
            }
            return results;
        }
    }

    private void loop(int columns) throws InterruptedException {
        double[] row = new double[columns];
        double[] values = new double[columns - 1];
        long total = thermalization + (long) samples * interval;
        if (sweep == 0 && thermalization == 0) {
            try {
                move.endThermalization();
            } catch (Throwable t) {
                throw samplerFault(samplerId, t);
            }
        }
        long lastCheckpoint = System.currentTimeMillis();
        while (log.count() < samples) {
            if (cancelRequested) {
                throw new CancelledException();
            }
            applyPendingSampler();
            if (goneSampler != null) {
                if (catalog.sampler(goneSampler).isEmpty()) {
                    pause();
                    continue;
                }
                resumeWithReinstalledSampler();
            }
            if (!advanceSchedule()) {
                continue;
            }
            long started = System.nanoTime();
            sweepStarted = started == 0 ? 1 : started;
            try {
                move.sweep(field, random);
            } catch (Throwable t) {
                throw samplerFault(samplerId, t);
            } finally {
                sweepStarted = 0;
            }
            if (abandoned) {
                throw new CancelledException(); // cancelled by force while the sweep was stuck
            }
            if (hung) {
                hung = false;
                message = "sampler '" + samplerId + "' came back after " + seconds((System.nanoTime() - started) / 1_000_000)
                        + " s; continuing";
            }
            sweep++;
            scheduleSweeps++;
            if (sweep == thermalization) {
                for (Map.Entry<String, Move> m : moves.entrySet()) {
                    try {
                        m.getValue().endThermalization();
                    } catch (Throwable t) {
                        throw samplerFault(m.getKey(), t);
                    }
                }
            }
            if (sweep > thermalization && (sweep - thermalization) % interval == 0) {
                try {
                    observables.measure(field, values);
                } catch (Throwable t) {
                    throw taskFault("measuring", t);
                }
                try {
                    row[0] = move.acceptance();
                } catch (Throwable t) {
                    throw samplerFault(samplerId, t);
                }
                System.arraycopy(values, 0, row, 1, values.length);
                for (int j = 1; j < row.length; j++) {
                    if (!Double.isFinite(row[j])) {
                        faulted = true;
                        throw new IllegalStateException("observable " + observables.names().get(j - 1) + " is " + row[j]
                                + " at sweep " + sweep + ": task '" + task.id() + "' (bundle " + taskBundle
                                + ") with sampler '" + samplerId + "' (bundle " + bundleOf.get(samplerId)
                                + "); the measurements before it are in " + files.measurements().getFileName()
                                + ", " + files.checkpoint().getFileName() + " keeps the last checkpoint before it");
                    }
                }
                synchronized (ioLock) {
                    if (abandoned) {
                        throw new CancelledException();
                    }
                    log.append(sweep, samplerId, row);
                }
                try {
                    move.resetStatistics();
                } catch (Throwable t) {
                    throw samplerFault(samplerId, t);
                }
            }
            if ((sweep & 15) == 0 || log.count() == samples) {
                setProgress(0.99 * sweep / total);
                message = sweep < thermalization ? "thermalising, sweep " + sweep : "measurement " + log.count() + " of " + samples;
                long now = System.currentTimeMillis();
                if (now - lastCheckpoint >= checkpointMillis) {
                    checkpoint();
                    lastCheckpoint = now;
                }
            }
        }
    }

    /**
     * Moves to the next schedule entry when the current one has made its sweeps.
     *
     * @return false when the next sampler is not installed (the run then pauses)
     */
    private boolean advanceSchedule() {
        SamplerSchedule s = schedule;
        if (s == null || scheduleSweeps < s.entries().get(scheduleIndex).sweeps()) {
            return true;
        }
        int nextIndex = (scheduleIndex + 1) % s.entries().size();
        String next = s.entries().get(nextIndex).sampler();
        if (catalog.sampler(next).isEmpty()) {
            goneSampler = next;
            return false;
        }
        scheduleIndex = nextIndex;
        scheduleSweeps = 0;
        if (!next.equals(samplerId)) {
            switchTo(next);
        }
        return true;
    }

    /** Waits (checkpointed) until the user picks another sampler or cancels. */
    private void pause() throws InterruptedException {
        if (status != RunStatus.PAUSED) {
            checkpoint();
            status = RunStatus.PAUSED;
            String b = bundleOf.get(goneSampler);
            message = "paused: sampler '" + goneSampler + "' went away (its bundle" + (b == null ? "" : " " + b)
                    + " was stopped or removed);"
                    + " install it again, or pick another sampler to continue (wick:swap " + id() + " SAMPLER)";
            files.writeRecord(record());
        }
        Thread.sleep(50);
    }

    /** The sampler that went away is installed again: bind it afresh and go on. */
    private void resumeWithReinstalledSampler() {
        String id = goneSampler;
        goneSampler = null;
        if (id.equals(samplerId)) {
            switchTo(id);
        }
        status = RunStatus.RUNNING;
        message = "sampler '" + id + "' is back; continuing";
        files.writeRecord(record());
    }

    private void applyPendingSampler() {
        String next = pendingSampler.getAndSet(null);
        if (next == null) {
            return;
        }
        schedule = null; // a sampler chosen by hand ends the schedule
        scheduleIndex = -1;
        switchTo(next);
        goneSampler = null;
        status = RunStatus.RUNNING;
        files.writeRecord(record());
    }

    private void switchTo(String id) {
        Installed<Sampler> s = catalog.sampler(id).orElseThrow(
                () -> new IllegalStateException("sampler '" + id + "' is not installed"));
        if (removed.remove(id)) {
            moves.remove(id); // bound by a bundle that has gone since
        }
        Move m = moves.get(id);
        bundleOf.put(id, s.bundle() + " " + s.version());
        if (m == null) {
            m = bindFaultTolerant(s, id);
            if (sweep >= thermalization && sweep > 0) {
                m.endThermalization();
            }
            moves.put(id, m);
        }
        move = m;
        move.resetStatistics();
        samplerId = id;
        history.add(new SamplerSpan(id, sweep, s.bundle(), s.version()));
    }

    private Parameters samplerParameters(String id) {
        return catalog.parameters(id, samplerSettings.getOrDefault(id, Map.of()));
    }

    private Move bind(String id) {
        Installed<Sampler> s = catalog.sampler(id).orElseThrow(() -> new IllegalArgumentException(
                "the checkpoint's sampler '" + id + "' is not installed; install its bundle to resume"));
        bundleOf.put(id, s.bundle() + " " + s.version());
        Move m = bindFaultTolerant(s, id);
        return m;
    }

    private Move bindFaultTolerant(Installed<Sampler> s, String id) {
        Parameters p = samplerParameters(id);
        try {
            Move m = s.service().bind(target, p);
            if (m == null) {
                throw new IllegalStateException("bind returned null");
            }
            return m;
        } catch (Throwable t) {
            rethrowIfThreadDeath(t);
            throw new IllegalStateException("sampler '" + id + "' (bundle " + s.bundle() + " " + s.version()
                    + ") failed to bind to " + target.describe() + ": " + describe(t), t);
        }
    }

    /**
     * The exception that ends the run when a sampler call throws: names the sampler and its bundle and
     * marks the run faulted (the field may be half-updated, so it is not checkpointed).
     */
    private RuntimeException samplerFault(String id, Throwable t) {
        rethrowIfThreadDeath(t);
        if (abandoned) {
            return new CancelledException(); // a stuck sweep that failed after a forced cancel
        }
        faulted = true;
        return new IllegalStateException("sampler '" + id + "' (bundle " + bundleOf.get(id) + ") failed at sweep "
                + (sweep + 1) + ": " + describe(t), t);
    }

    private RuntimeException taskFault(String doing, Throwable t) {
        rethrowIfThreadDeath(t);
        faulted = true;
        return new IllegalStateException("task '" + task.id() + "' (bundle " + taskBundle + ") failed " + doing
                + " at sweep " + sweep + ": " + describe(t), t);
    }

    @SuppressWarnings("removal")
    private static void rethrowIfThreadDeath(Throwable t) {
        if (t instanceof ThreadDeath d) {
            throw d;
        }
    }

    private void checkpoint() {
        synchronized (ioLock) {
            if (abandoned) {
                throw new CancelledException();
            }
            for (int i = 0; i < field.length; i++) {
                if (!Double.isFinite(field[i])) {
                    faulted = true; // never checkpoint a broken field: checkpoint.bin keeps the previous state
                    throw new IllegalStateException("the field is " + field[i] + " at site " + i + " after sweep " + sweep
                            + ": task '" + task.id() + "' (bundle " + taskBundle + ") with sampler '" + samplerId
                            + "' (bundle " + bundleOf.get(samplerId) + "); the measurements before it are in "
                            + files.measurements().getFileName() + ", " + files.checkpoint().getFileName()
                            + " keeps the last checkpoint before it");
                }
            }
            long bytes = log.flush();
            Map<String, double[]> states = new LinkedHashMap<>();
            for (Map.Entry<String, Move> e : moves.entrySet()) {
                try {
                    states.put(e.getKey(), e.getValue().saveState());
                } catch (Throwable t) {
                    throw samplerFault(e.getKey(), t);
                }
            }
            new Checkpoint(sweep, log.count(), bytes, samplerId, states, scheduleIndex, scheduleSweeps, random.state(),
                    field).write(files.checkpoint());
            files.writeRecord(record());
        }
    }

    /**
     * Called by the watchdog: when the chain has been inside one sweep for {@code hangMillis} or more,
     * says so in the message (and {@code run.json}, {@code "hung": true}); the status stays RUNNING,
     * the user may cancel. The flag clears when the sweep returns.
     */
    void checkHang(long hangMillis) {
        long started = sweepStarted;
        if (started == 0 || status != RunStatus.RUNNING || ended()) {
            return;
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms < hangMillis) {
            return;
        }
        boolean first = !hung;
        String id = samplerId;
        message = "no progress for " + seconds(ms) + " s: sampler '" + id + "' (bundle " + bundleOf.get(id)
                + ") seems hung; cancel the run (wick:cancel " + id() + ")";
        hung = true; // after the message: whoever sees the flag sees the message
        synchronized (ioLock) {
            if (first && !abandoned) { // run.json once; the message counts on
                files.writeRecord(record());
            }
        }
    }

    /** Whether the watchdog found the current sweep hung. */
    boolean hung() {
        return hung;
    }

    private static String seconds(long ms) {
        return ms >= 10_000 ? Long.toString(ms / 1000) : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }

    /**
     * Asks the chain to stop after the current sweep. When the thread is stuck inside a sweep (found
     * hung, or still in the same sweep 200 ms later) the run is ended at once by {@link #forceCancel}:
     * CANCELLED, measurements flushed, the last periodic checkpoint kept (the stuck sweep's field is
     * not saved), {@code run.json} written, the thread interrupted and left to die when it returns.
     */
    @Override
    public void cancel() {
        super.cancel();
        long started = sweepStarted;
        if (started == 0 || ended()) {
            return;
        }
        if (hung) {
            forceCancel(stuckMessage());
            return;
        }
        Watchdog.TIMER.schedule(() -> {
            if (sweepStarted == started && !ended()) {
                forceCancel(stuckMessage());
            }
        }, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private String stuckMessage() {
        String id = samplerId;
        return "cancelled while sampler '" + id + "' (bundle " + bundleOf.get(id) + ") was stuck in sweep " + (sweep + 1)
                + " (its thread cannot be killed and is left to end by itself); measurements up to the last one are in "
                + files.measurements().getFileName() + "; resume from the last checkpoint with: wick resume "
                + files.directory();
    }

    @Override
    protected void saveOnAbandon() {
        MeasurementLog l = log;
        if (l != null && l.isOpen()) {
            l.flush(); // the stuck thread is inside a sweep and does not touch the log (appends hold ioLock)
        }
    }

    @Override
    Map<String, Object> record() {
        Map<String, Object> m = super.record();
        SamplerSchedule s = schedule;
        m.put("samplerSchedule", s == null ? null : s.toString());
        m.put("samplerParameters", new java.util.TreeMap<>(samplerSettings));
        if (hung) {
            m.put("hung", true);
        }
        return m;
    }

    @Override
    protected void saveOnStop() {
        MeasurementLog l = log;
        if (l == null || !l.isOpen() || !Files.exists(files.measurements())) {
            return;
        }
        if (faulted) {
            l.flush(); // every measurement made; checkpoint.bin keeps the state of the last periodic checkpoint
        } else if (move != null) {
            checkpoint();
        }
    }

    /** Called by the workbench when a sampler service goes away. */
    void samplerRemoved(String id) {
        removed.add(id);
        if (id.equals(samplerId) && !status.isTerminal()) {
            goneSampler = id;
        }
    }

    @Override
    public java.util.Optional<wick.api.task.Measurements> measurements() {
        MeasurementLog l = log;
        return l == null ? java.util.Optional.empty() : java.util.Optional.of(l.snapshot());
    }

    @Override
    public String currentSampler() {
        return samplerId;
    }

    @Override
    public List<SamplerSpan> samplerHistory() {
        return new ArrayList<>(history);
    }

    @Override
    public void replaceSampler(String id) {
        if (status.isTerminal()) {
            throw new IllegalStateException("run " + id() + " has ended (" + status.name().toLowerCase() + ")");
        }
        Installed<Sampler> s = catalog.sampler(id).orElseThrow(
                () -> new IllegalArgumentException("no sampler '" + id + "' is installed"));
        if (!s.service().accepts(target)) {
            throw new IllegalArgumentException("sampler '" + id + "' does not fit " + target.describe()
                    + ": it needs " + s.service().requires().stream().map(Class::getSimpleName).toList());
        }
        pendingSampler.set(id);
    }
}
