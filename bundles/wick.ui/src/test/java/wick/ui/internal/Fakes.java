package wick.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import wick.api.param.ParameterSchema;
import wick.api.param.ParameterSpec;
import wick.api.param.ParameterType;
import wick.api.param.Parameters;
import wick.api.result.Result;
import wick.api.run.RunHandle;
import wick.api.run.RunOptions;
import wick.api.run.RunStatus;
import wick.api.run.SamplerInfo;
import wick.api.run.SamplerSpan;
import wick.api.run.TaskInfo;
import wick.api.run.Workbench;
import wick.api.task.Measurements;

/** A workbench without physics: schemas, samplers that "fit" by a rule, runs driven by the test. */
public final class Fakes {
    private Fakes() {
    }

    static ParameterSpec spec(String id, ParameterType type, String def, String min) {
        return new ParameterSpec(id, id, type, def, min, null, List.of(), "the " + id);
    }

    /** The fake workbench. */
    public static final class FakeWorkbench implements Workbench {
        /** What {@link #start} was given. */
        public record Start(String task, Map<String, String> raw, RunOptions options) {
        }

        public final List<Start> starts = new CopyOnWriteArrayList<>();
        public final List<FakeRun> runs = new CopyOnWriteArrayList<>();
        public final List<Path> resumed = new CopyOnWriteArrayList<>();
        public volatile List<SamplerInfo> samplers = List.of(sampler("exact-fft"), sampler("heatbath"), sampler("hmc"),
                sampler("metropolis"));

        static SamplerInfo sampler(String id) {
            return new SamplerInfo(id, "the " + id + " sampler", List.of("Target"), "wick.sampler.fake", "1.0.0");
        }

        @Override
        public List<TaskInfo> tasks() {
            return List.of(new TaskInfo("free.exact", "The free field, exactly", false, "wick.model.ebm", "1.0.0"),
                    new TaskInfo("free.sample", "The free field, sampled", true, "wick.model.ebm", "1.0.0"),
                    new TaskInfo("phi4.sample", "phi^4, sampled", true, "wick.model.ebm", "1.0.0"));
        }

        @Override
        public List<SamplerInfo> samplers() {
            return samplers;
        }

        @Override
        public List<SamplerInfo> samplersFor(String taskId, Map<String, String> raw) {
            Parameters p = parameters(taskId).parse(raw);
            if (taskId.equals("free.exact")) {
                throw new IllegalArgumentException("task 'free.exact' is not a chain");
            }
            boolean gaussian = !p.has("lambda") || p.real("lambda") == 0;
            return samplers.stream().filter(s -> gaussian || !s.id().equals("exact-fft") && !s.id().equals("heatbath")).toList();
        }

        @Override
        public ParameterSchema parameters(String taskId) {
            List<ParameterSpec> specs = new ArrayList<>();
            specs.add(spec("lattice", ParameterType.STRING, "4x4", null));
            specs.add(spec("m2", ParameterType.DOUBLE, taskId.equals("phi4.sample") ? "-0.5" : "1",
                    taskId.equals("phi4.sample") ? null : "1e-9"));
            if (taskId.equals("phi4.sample")) {
                specs.add(spec("lambda", ParameterType.DOUBLE, "2.4", "0"));
            }
            if (!taskId.equals("free.exact")) {
                specs.add(spec("samples", ParameterType.INTEGER, "1000", "1"));
            }
            return new ParameterSchema(taskId, taskId, "", specs);
        }

        @Override
        public ParameterSchema samplerParameters(String samplerId) {
            if (samplerId.equals("hmc")) {
                return new ParameterSchema("hmc", "HMC", "", List.of(spec("steps", ParameterType.INTEGER, "10", "1"),
                        spec("adaptStepSize", ParameterType.BOOLEAN, "true", null)));
            }
            return ParameterSchema.empty(samplerId);
        }

        @Override
        public RunHandle start(String taskId, Map<String, String> raw, RunOptions options) {
            Map<String, String> own = new LinkedHashMap<>();
            raw.forEach((k, v) -> {
                if (k.indexOf('.') < 0) {
                    own.put(k, v);
                }
            });
            Parameters p = parameters(taskId).parse(own);
            starts.add(new Start(taskId, Map.copyOf(raw), options));
            boolean chain = !taskId.equals("free.exact");
            FakeRun run = new FakeRun("r" + (runs.size() + 1), taskId, p, chain ? (options.sampler() == null ? "exact-fft"
                    : options.sampler()) : null, options.seed() == null ? 42 : options.seed());
            runs.add(run);
            return run;
        }

        @Override
        public RunHandle resume(Path runDirectory) {
            resumed.add(runDirectory);
            FakeRun run = new FakeRun("r" + (runs.size() + 1), "free.sample", Parameters.empty(), "heatbath", 7);
            runs.add(run);
            return run;
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
            return runs.stream().filter(r -> r.id().equals(id)).map(r -> (RunHandle) r).findFirst();
        }
    }

    /** A run the test drives: {@link #advance} adds measurements, {@link #complete} ends it. */
    public static final class FakeRun implements RunHandle {
        private final String id;
        private final String task;
        private final Parameters parameters;
        private final long seed;
        private final List<String> names = List.of("phi2", "M", "C0", "C1");
        private final List<double[]> rows = new ArrayList<>();
        private final List<String> rowSamplers = new ArrayList<>();
        private final List<SamplerSpan> history = new ArrayList<>();
        public final List<String> replaced = new CopyOnWriteArrayList<>();
        private volatile String sampler;
        private volatile RunStatus status = RunStatus.RUNNING;
        private volatile double progress;
        private volatile Map<String, Result> results = Map.of();
        private volatile boolean cancelled;

        public FakeRun(String id, String task, Parameters parameters, String sampler, long seed) {
            this.id = id;
            this.task = task;
            this.parameters = parameters;
            this.sampler = sampler;
            this.seed = seed;
            if (sampler != null) {
                history.add(new SamplerSpan(sampler, 0, "wick.sampler.fake", "1.0.0"));
            }
        }

        /** Adds {@code n} measurements made by the current sampler, and sets the progress. */
        public synchronized void advance(int n, double newProgress) {
            for (int i = 0; i < n; i++) {
                int k = rows.size();
                double m = Math.sin(k * 0.013) + 0.3 * Math.sin(k * 0.31);
                rows.add(new double[] {1 + 0.5 * m * m, m, 1, 0.5});
                rowSamplers.add(sampler);
            }
            progress = newProgress;
        }

        public void complete(Map<String, Result> r) {
            results = r;
            progress = 1;
            status = RunStatus.COMPLETED;
        }

        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String taskId() {
            return task;
        }

        @Override
        public Path directory() {
            return Path.of("runs", task + "-" + id);
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
            return "sweep " + rows.size();
        }

        @Override
        public String currentSampler() {
            return sampler;
        }

        @Override
        public synchronized List<SamplerSpan> samplerHistory() {
            return new ArrayList<>(history);
        }

        @Override
        public synchronized void replaceSampler(String samplerId) {
            replaced.add(samplerId);
            sampler = samplerId;
            history.add(new SamplerSpan(samplerId, rows.size(), "wick.sampler.fake", "1.0.0"));
        }

        @Override
        public void cancel() {
            cancelled = true;
            status = RunStatus.CANCELLED;
        }

        @Override
        public RunStatus await() {
            return status;
        }

        @Override
        public Map<String, Result> results() {
            return results;
        }

        @Override
        public synchronized Optional<Measurements> measurements() {
            if (sampler == null) {
                return Optional.empty();
            }
            int n = rows.size();
            double[][] cols = new double[names.size()][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < names.size(); j++) {
                    cols[j][i] = rows.get(i)[j];
                }
            }
            List<String> s = Collections.unmodifiableList(new ArrayList<>(rowSamplers));
            return Optional.of(new Measurements() {
                @Override
                public int count() {
                    return n;
                }

                @Override
                public List<String> names() {
                    return names;
                }

                @Override
                public double[] column(String name) {
                    return cols[names.indexOf(name)].clone();
                }

                @Override
                public List<String> samplers() {
                    return s;
                }
            });
        }
    }
}
