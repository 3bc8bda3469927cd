package wick.analysis.correlator.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterSchema;
import wick.api.param.Parameters;
import wick.api.result.Result;
import wick.api.run.RunHandle;
import wick.api.run.RunOptions;
import wick.api.run.RunStatus;
import wick.api.run.SamplerInfo;
import wick.api.run.SamplerSpan;
import wick.api.run.TaskInfo;
import wick.api.run.Workbench;

/**
 * A {@link Workbench} for tests without OSGi: {@link #start} runs a "chain" in a background thread
 * that writes an exact free-field run directory ({@link FreeFieldRuns}) after {@code steps} steps of
 * {@code stepMillis} each, reporting progress and honouring {@link RunHandle#cancel()}; or fails
 * when {@link #failWith} is set.
 */
final class FakeWorkbench implements Workbench {
    /** Every start: task id, raw parameters, options. */
    record Start(String taskId, Map<String, String> raw, RunOptions options) {
    }

    final List<Start> starts = new ArrayList<>();
    final List<Path> resumed = new ArrayList<>();
    final List<Handle> handles = new ArrayList<>();
    int steps = 5;
    long stepMillis = 20;
    String failWith;

    @Override
    public synchronized RunHandle start(String taskId, Map<String, String> raw, RunOptions options) {
        starts.add(new Start(taskId, Map.copyOf(raw), options));
        Handle h = new Handle("r" + (handles.size() + 1), taskId, options.outputDirectory(), options.seed(), raw);
        handles.add(h);
        Thread t = new Thread(h::execute, "fake-run-" + h.id);
        t.setDaemon(true);
        t.start();
        return h;
    }

    final class Handle implements RunHandle {
        final String id;
        final String taskId;
        final Path directory;
        final long seed;
        final Map<String, String> raw;
        volatile RunStatus status = RunStatus.RUNNING;
        volatile double progress;
        volatile String message = "starting";
        volatile boolean cancelRequested;
        final CountDownLatch done = new CountDownLatch(1);

        Handle(String id, String taskId, Path directory, long seed, Map<String, String> raw) {
            this.id = id;
            this.taskId = taskId;
            this.directory = directory;
            this.seed = seed;
            this.raw = Map.copyOf(raw);
        }

        void execute() {
            try {
                for (int i = 0; i < steps; i++) {
                    if (cancelRequested) {
                        status = RunStatus.CANCELLED;
                        return;
                    }
                    Thread.sleep(stepMillis);
                    progress = (i + 1.0) / steps;
                    message = "sweep " + (i + 1);
                }
                if (failWith != null) {
                    message = failWith;
                    status = RunStatus.FAILED;
                    return;
                }
                Lattice lattice = Lattice.parse(raw.get("lattice"), raw.get("spacing"));
                double m2 = Double.parseDouble(raw.get("m2"));
                FreeFieldRuns.run(directory, lattice, m2, Integer.parseInt(raw.get("samples")), seed);
                if (!taskId.equals("free.sample")) {
                    Path json = directory.resolve("run.json");
                    String lambda = raw.getOrDefault("lambda", "0");
                    Files.writeString(json, Files.readString(json).replace("\"free.sample\"", "\"" + taskId + "\"")
                            .replace("\"interval\"", "\"lambda\": \"" + lambda + "\",\n    \"J\": \"0\",\n    \"interval\""));
                }
                status = RunStatus.COMPLETED;
            } catch (Exception e) {
                message = e.toString();
                status = RunStatus.FAILED;
            } finally {
                done.countDown();
            }
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
            return directory;
        }

        @Override
        public long seed() {
            return seed;
        }

        @Override
        public Parameters parameters() {
            return Parameters.of(raw);
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
        public String currentSampler() {
            return "exact-fft";
        }

        @Override
        public List<SamplerSpan> samplerHistory() {
            return List.of();
        }

        @Override
        public void replaceSampler(String samplerId) {
            throw new IllegalStateException("not supported");
        }

        @Override
        public void cancel() {
            cancelRequested = true;
        }

        @Override
        public RunStatus await() throws InterruptedException {
            done.await();
            return status;
        }

        @Override
        public Map<String, Result> results() {
            return Map.of();
        }
    }

    @Override
    public List<TaskInfo> tasks() {
        return List.of();
    }

    @Override
    public List<SamplerInfo> samplers() {
        return List.of();
    }

    @Override
    public List<SamplerInfo> samplersFor(String taskId, Map<String, String> rawParameters) {
        return List.of();
    }

    @Override
    public ParameterSchema parameters(String taskId) {
        return ParameterSchema.empty(taskId);
    }

    @Override
    public ParameterSchema samplerParameters(String samplerId) {
        return ParameterSchema.empty(samplerId);
    }

    /** Resumes by running the whole fake chain again (as a free.sample 16x4, m² = 0.3, 1000 samples). */
    @Override
    public synchronized RunHandle resume(Path runDirectory) {
        resumed.add(runDirectory);
        Handle h = new Handle("r" + (handles.size() + 1), "free.sample", runDirectory, 1,
                Map.of("lattice", "16x4", "spacing", "1", "m2", "0.3", "samples", "1000"));
        handles.add(h);
        Thread t = new Thread(h::execute, "fake-run-" + h.id);
        t.setDaemon(true);
        t.start();
        return h;
    }

    @Override
    public List<wick.api.run.BundleInfo> environment() {
        return List.of(new wick.api.run.BundleInfo("wick.api", "1.0.0", null));
    }

    @Override
    public synchronized List<RunHandle> runs() {
        return List.copyOf(handles);
    }

    @Override
    public Optional<RunHandle> run(String id) {
        return Optional.empty();
    }
}
