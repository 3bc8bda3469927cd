package wick.analysis.critical.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

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
 * A workbench whose runs are threads that "sweep" (sleep 1 ms) {@code sweeps} times, reporting
 * progress, and end with the results of {@code results} (or fail when it throws). Records what was
 * started and resumed.
 */
final class FakeWorkbench implements Workbench {
    final List<RunOptions> started = new ArrayList<>();
    final List<Map<String, String>> parameters = new ArrayList<>();
    final List<Path> resumed = new ArrayList<>();
    final List<FakeRun> runs = new ArrayList<>();
    volatile int sweeps = 50;
    volatile Function<Map<String, String>, Map<String, Result>> results = p -> Map.of();

    @Override
    public synchronized RunHandle start(String taskId, Map<String, String> raw, RunOptions options) {
        if (!taskId.equals(ChainRunner.PHI4_SAMPLE)) {
            throw new IllegalArgumentException("unknown task " + taskId);
        }
        started.add(options);
        parameters.add(Map.copyOf(raw));
        return launch(options.outputDirectory(), raw);
    }

    @Override
    public synchronized RunHandle resume(Path runDirectory) {
        resumed.add(runDirectory);
        return launch(runDirectory, Map.of());
    }

    private FakeRun launch(Path dir, Map<String, String> raw) {
        FakeRun run = new FakeRun(dir, raw);
        runs.add(run);
        Thread t = new Thread(run, "fake-run");
        t.setDaemon(true);
        t.start();
        return run;
    }

    final class FakeRun implements RunHandle, Runnable {
        final Path directory;
        final Map<String, String> raw;
        final CountDownLatch done = new CountDownLatch(1);
        volatile boolean cancelRequested;
        volatile RunStatus status = RunStatus.RUNNING;
        volatile double progress;
        volatile String message = "";
        volatile Map<String, Result> results = Map.of();

        FakeRun(Path directory, Map<String, String> raw) {
            this.directory = directory;
            this.raw = raw;
        }

        @Override
        public void run() {
            try {
                for (int i = 0; i < sweeps; i++) {
                    if (cancelRequested) {
                        status = RunStatus.CANCELLED;
                        return;
                    }
                    Thread.sleep(1);
                    progress = (double) i / sweeps;
                    message = "sweep " + i;
                }
                results = FakeWorkbench.this.results.apply(raw);
                status = RunStatus.COMPLETED;
            } catch (RuntimeException | InterruptedException e) {
                message = e.getMessage();
                status = RunStatus.FAILED;
            } finally {
                done.countDown();
            }
        }

        @Override
        public String id() {
            return "f" + runs.indexOf(this);
        }

        @Override
        public String taskId() {
            return ChainRunner.PHI4_SAMPLE;
        }

        @Override
        public Path directory() {
            return directory;
        }

        @Override
        public long seed() {
            return 0;
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
            return "fake";
        }

        @Override
        public List<SamplerSpan> samplerHistory() {
            return List.of();
        }

        @Override
        public void replaceSampler(String samplerId) {
            throw new UnsupportedOperationException();
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
            return results;
        }
    }

    @Override
    public List<TaskInfo> tasks() {
        return List.of(new TaskInfo(ChainRunner.PHI4_SAMPLE, "fake", true, "fake", "0"));
    }

    @Override
    public List<SamplerInfo> samplers() {
        return List.of(new SamplerInfo("cluster", "fake", List.of(), "fake", "0"));
    }

    @Override
    public List<SamplerInfo> samplersFor(String taskId, Map<String, String> rawParameters) {
        return samplers();
    }

    @Override
    public ParameterSchema parameters(String taskId) {
        return ParameterSchema.empty(taskId);
    }

    @Override
    public ParameterSchema samplerParameters(String samplerId) {
        return ParameterSchema.empty(samplerId);
    }

    @Override
    public List<wick.api.run.BundleInfo> environment() {
        return List.of(new wick.api.run.BundleInfo("wick.api", "1.0.0", null));
    }

    @Override
    public List<RunHandle> runs() {
        return List.copyOf(runs);
    }

    @Override
    public Optional<RunHandle> run(String id) {
        return Optional.empty();
    }
}
