package wick.engine.internal;

import java.nio.file.Files;
import java.util.ArrayList;
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
import wick.api.run.SamplerSpan;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.api.task.ChainTask;
import wick.api.task.Observables;

/**
 * A Markov chain: thermalisation, then {@code samples} measurements every {@code interval} sweeps.
 * The sampler can be replaced between two sweeps (same state, same random stream). The state is
 * checkpointed every {@link #checkpointMillis} and at the end; measurements stream to the log.
 * A resumed chain restores field, random stream, counters and move state, so it continues exactly
 * as the uninterrupted chain would have.
 */
final class ChainRun extends AbstractRun {
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
    private volatile String goneSampler;
    private volatile String samplerId;
    private final long checkpointMillis;

    private double[] field;
    private RandomStream random;
    private long sweep;
    private Move move;
    private MeasurementLog log;

    /**
     * @param history    sampler history so far (empty for a new chain)
     * @param resumeFrom the checkpoint to continue from, or {@code null} for a new chain
     */
    ChainRun(String id, ChainTask task, Target target, String initialSampler, long seed, Parameters parameters,
            RunFiles files, Map<String, String> bundles, String created, SamplerCatalog catalog,
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
        this.samplerId = initialSampler;
        if (resumeFrom != null) {
            for (SamplerSpan s : history) {
                if (s.fromSweep() <= resumeFrom.sweep()) {
                    this.history.add(s);
                }
            }
        }
    }

    @Override
    protected Map<String, Result> execute() throws Exception {
        int volume = target.lattice().volume();
        List<String> names = observables.names();
        if (resumeFrom == null) {
            field = new double[volume];
            random = RandomStream.of(seed());
            sweep = 0;
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
            move = bind(c.samplerId());
            move.restoreState(c.moveState());
            samplerId = c.samplerId();
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
                pause();
                continue;
            }
            move.sweep(field, random);
            sweep++;
            if (sweep == thermalization) {
                move.endThermalization();
            }
            if (sweep > thermalization && (sweep - thermalization) % interval == 0) {
                observables.measure(field, row);
                for (int j = 0; j < row.length; j++) {
                    if (!Double.isFinite(row[j])) {
                        throw new IllegalStateException("observable " + observables.names().get(j) + " is " + row[j]
                                + " at sweep " + sweep + " (sampler " + samplerId + ")");
                    }
                }
                log.append(sweep, samplerId, row);
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

    /** Waits (checkpointed) until the user picks another sampler or cancels. */
    private void pause() throws InterruptedException {
        if (status != RunStatus.PAUSED) {
            checkpoint();
            status = RunStatus.PAUSED;
            message = "paused: sampler '" + goneSampler + "' went away (its bundle was stopped or removed);"
                    + " pick another sampler to continue (wick:swap " + id() + " SAMPLER)";
            files.writeRecord(record());
        }
        Thread.sleep(50);
    }

    private void applyPendingSampler() {
        String next = pendingSampler.getAndSet(null);
        if (next == null) {
            return;
        }
        switchTo(next);
        goneSampler = null;
        status = RunStatus.RUNNING;
        files.writeRecord(record());
    }

    private void switchTo(String id) {
        Installed<Sampler> s = catalog.sampler(id).orElseThrow(
                () -> new IllegalStateException("sampler '" + id + "' is not installed"));
        move = s.service().bind(target, catalog.defaultParameters(id));
        if (sweep >= thermalization && sweep > 0) {
            move.endThermalization();
        }
        samplerId = id;
        history.add(new SamplerSpan(id, sweep, s.bundle(), s.version()));
    }

    private Move bind(String id) {
        Installed<Sampler> s = catalog.sampler(id).orElseThrow(() -> new IllegalArgumentException(
                "the checkpoint's sampler '" + id + "' is not installed; install its bundle to resume"));
        return s.service().bind(target, catalog.defaultParameters(id));
    }

    private void checkpoint() {
        long bytes = log.flush();
        new Checkpoint(sweep, log.count(), bytes, samplerId, move.saveState(), random.state(), field)
                .write(files.checkpoint());
        files.writeRecord(record());
    }

    @Override
    protected void saveOnStop() {
        if (log != null && move != null && Files.exists(files.measurements())) {
            checkpoint();
        }
    }

    /** Called by the workbench when a sampler service goes away. */
    void samplerRemoved(String id) {
        if (id.equals(samplerId) && !status.isTerminal()) {
            goneSampler = id;
        }
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
