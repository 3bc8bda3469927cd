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

    /**
     * @param schedule   a cyclic schedule (its first sampler is the initial one), or {@code null}
     * @param samplerSettings per sampler id, the values given for its parameters (the rest default)
     * @param history    sampler history so far (empty for a new chain)
     * @param resumeFrom the checkpoint to continue from, or {@code null} for a new chain
     */
    ChainRun(String id, ChainTask task, Target target, String initialSampler, SamplerSchedule schedule,
            Map<String, Map<String, String>> samplerSettings, long seed,
            Parameters parameters, RunFiles files, Map<String, String> bundles, String created, SamplerCatalog catalog,
            List<SamplerSpan> history, Checkpoint resumeFrom, long checkpointMillis) {
        super(id, task.id(), seed, parameters, files, bundles, created);
        this.task = task;
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
            return task.analyse(log.snapshot(), target, parameters(), monitor().subTask(0.99, 1.0, "analysis"));
        }
    }

    private void loop(int columns) throws InterruptedException {
        double[] row = new double[columns];
        double[] values = new double[columns - 1];
        long total = thermalization + (long) samples * interval;
        if (sweep == 0 && thermalization == 0) {
            move.endThermalization();
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
            move.sweep(field, random);
            sweep++;
            scheduleSweeps++;
            if (sweep == thermalization) {
                for (Move m : moves.values()) {
                    m.endThermalization();
                }
            }
            if (sweep > thermalization && (sweep - thermalization) % interval == 0) {
                observables.measure(field, values);
                row[0] = move.acceptance();
                System.arraycopy(values, 0, row, 1, values.length);
                for (int j = 1; j < row.length; j++) {
                    if (!Double.isFinite(row[j])) {
                        throw new IllegalStateException("observable " + observables.names().get(j - 1) + " is " + row[j]
                                + " at sweep " + sweep + " (sampler " + samplerId + ")");
                    }
                }
                log.append(sweep, samplerId, row);
                move.resetStatistics();
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
            message = "paused: sampler '" + goneSampler + "' went away (its bundle was stopped or removed);"
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
        if (m == null) {
            m = s.service().bind(target, samplerParameters(id));
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
        return s.service().bind(target, samplerParameters(id));
    }

    private void checkpoint() {
        long bytes = log.flush();
        Map<String, double[]> states = new LinkedHashMap<>();
        moves.forEach((id, m) -> states.put(id, m.saveState()));
        new Checkpoint(sweep, log.count(), bytes, samplerId, states, scheduleIndex, scheduleSweeps, random.state(), field)
                .write(files.checkpoint());
        files.writeRecord(record());
    }

    @Override
    Map<String, Object> record() {
        Map<String, Object> m = super.record();
        SamplerSchedule s = schedule;
        m.put("samplerSchedule", s == null ? null : s.toString());
        m.put("samplerParameters", new java.util.TreeMap<>(samplerSettings));
        return m;
    }

    @Override
    protected void saveOnStop() {
        MeasurementLog l = log;
        if (l != null && l.isOpen() && move != null && Files.exists(files.measurements())) {
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
