package wick.engine.internal;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import wick.api.model.Target;
import wick.api.param.ParameterException;
import wick.api.param.ParameterSchema;
import wick.api.param.Parameters;
import wick.api.run.BundleInfo;
import wick.api.run.RunHandle;
import wick.api.run.RunOptions;
import wick.api.run.SamplerInfo;
import wick.api.run.SamplerSchedule;
import wick.api.run.SamplerSpan;
import wick.api.run.TaskInfo;
import wick.api.run.Workbench;
import wick.api.sampler.Sampler;
import wick.api.task.ChainTask;
import wick.api.task.ComputeTask;
import wick.api.task.Task;

/**
 * The workbench service: tracks the task and sampler services as they come and go, reads their
 * parameter descriptions (Metatype OCDs) from their bundles, and starts, resumes and lists runs.
 */
@Component(service = Workbench.class, immediate = true)
public final class WorkbenchImpl implements Workbench, SamplerCatalog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Map<String, Installed<Task>> tasks = new ConcurrentHashMap<>();
    private final Map<String, Installed<Sampler>> samplers = new ConcurrentHashMap<>();
    private final Map<String, ParameterSchema> schemas = new ConcurrentHashMap<>();
    private final Map<String, Bundle> providers = new ConcurrentHashMap<>();
    private final List<AbstractRun> runs = new CopyOnWriteArrayList<>();
    private final AtomicInteger runCounter = new AtomicInteger();
    private final AtomicInteger threadCounter = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "wick-run-" + threadCounter.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final BundleHashes hashes = new BundleHashes();
    private volatile BundleContext context;
    private volatile long checkpointMillis = 2000;
    private volatile long hangMillis = 60_000;
    private volatile java.util.concurrent.ScheduledFuture<?> watchdog;

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
        String ms = ctx.getProperty("wick.checkpoint.millis");
        if (ms != null) {
            checkpointMillis = Long.parseLong(ms.trim());
        }
        String hang = ctx.getProperty("wick.hang.millis");
        if (hang != null) {
            try {
                hangMillis = Long.parseLong(hang.trim());
            } catch (NumberFormatException e) {
                System.err.println("wick: ignoring wick.hang.millis=" + hang + " (not a number of milliseconds); using "
                        + hangMillis);
            }
        }
        if (hangMillis > 0) {
            watchdog = Watchdog.watch(hangMillis, () -> runs);
        }
    }

    @Deactivate
    void deactivate() {
        java.util.concurrent.ScheduledFuture<?> w = watchdog;
        if (w != null) {
            w.cancel(false);
        }
        runs.forEach(AbstractRun::cancel);
        executor.shutdown();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTask(Task task, ServiceReference<Task> ref) {
        Bundle b = ref.getBundle();
        tasks.putIfAbsent(task.id(), new Installed<>(task.id(), task, b.getSymbolicName(), b.getVersion().toString()));
        providers.put("task:" + task.id(), b);
    }

    void removeTask(Task task) {
        Installed<Task> t = tasks.get(task.id());
        if (t != null && t.service() == task) {
            tasks.remove(task.id());
            schemas.remove("task:" + task.id());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSampler(Sampler sampler, ServiceReference<Sampler> ref) {
        Bundle b = ref.getBundle();
        samplers.putIfAbsent(sampler.id(),
                new Installed<>(sampler.id(), sampler, b.getSymbolicName(), b.getVersion().toString()));
        providers.put("sampler:" + sampler.id(), b);
    }

    void removeSampler(Sampler sampler) {
        Installed<Sampler> s = samplers.get(sampler.id());
        if (s != null && s.service() == sampler) {
            samplers.remove(sampler.id());
            schemas.remove("sampler:" + sampler.id());
            for (AbstractRun r : runs) {
                if (r instanceof ChainRun c) {
                    c.samplerRemoved(sampler.id());
                }
            }
        }
    }

    @Override
    public List<TaskInfo> tasks() {
        return tasks.values().stream().sorted(Comparator.comparing(Installed::id))
                .map(t -> new TaskInfo(t.id(), t.service().description(), t.service() instanceof ChainTask, t.bundle(),
                        t.version()))
                .toList();
    }

    @Override
    public List<SamplerInfo> samplers() {
        return samplers.values().stream().sorted(Comparator.comparing(Installed::id)).map(WorkbenchImpl::info).toList();
    }

    private static SamplerInfo info(Installed<Sampler> s) {
        return new SamplerInfo(s.id(), s.service().description(),
                s.service().requires().stream().map(Class::getSimpleName).toList(), s.bundle(), s.version());
    }

    @Override
    public List<SamplerInfo> samplersFor(String taskId, Map<String, String> rawParameters) {
        ChainTask chain = chainTask(taskId);
        Target target = chain.target(parameters(taskId).parse(rawParameters));
        return samplers.values().stream().filter(s -> s.service().accepts(target))
                .sorted(Comparator.comparing(Installed::id)).map(WorkbenchImpl::info).toList();
    }

    private ChainTask chainTask(String taskId) {
        if (!(task(taskId).service() instanceof ChainTask c)) {
            throw new IllegalArgumentException("task '" + taskId + "' is not a Markov chain: it takes no sampler");
        }
        return c;
    }

    private Installed<Task> task(String taskId) {
        Installed<Task> t = tasks.get(taskId);
        if (t == null) {
            throw new IllegalArgumentException("unknown task '" + taskId + "'; installed tasks: "
                    + String.join(", ", new TreeMap<>(tasks).keySet()));
        }
        return t;
    }

    @Override
    public ParameterSchema parameters(String taskId) {
        task(taskId);
        return schema("task:", taskId);
    }

    @Override
    public Parameters parameters(String samplerId, Map<String, String> raw) {
        try {
            return schema("sampler:", samplerId).parse(raw);
        } catch (ParameterException e) {
            String name = e.parameter();
            throw new ParameterException(samplerId + "." + name, raw.get(name), e.allowed());
        }
    }

    @Override
    public ParameterSchema samplerParameters(String samplerId) {
        sampler(samplerId).orElseThrow(() -> new IllegalArgumentException("unknown sampler '" + samplerId
                + "'; installed samplers: " + String.join(", ", new TreeMap<>(samplers).keySet())));
        return schema("sampler:", samplerId);
    }

    /**
     * Splits raw values into the task's ({@code key}) and the samplers' ({@code SAMPLER.key}); checks
     * that each sampler is installed and its values are valid.
     */
    private Map<String, Map<String, String>> samplerSettings(Map<String, String> raw, Map<String, String> taskRaw) {
        Map<String, Map<String, String>> settings = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            int dot = e.getKey().lastIndexOf('.');
            if (dot <= 0) {
                taskRaw.put(e.getKey(), e.getValue());
                continue;
            }
            String samplerId = e.getKey().substring(0, dot);
            if (sampler(samplerId).isEmpty()) {
                throw new ParameterException(e.getKey(), e.getValue(), "a task parameter, or SAMPLER.PARAMETER for an installed sampler ("
                        + String.join(", ", new TreeMap<>(samplers).keySet()) + ")");
            }
            settings.computeIfAbsent(samplerId, k -> new LinkedHashMap<>()).put(e.getKey().substring(dot + 1), e.getValue());
        }
        settings.forEach(this::parameters);
        return settings;
    }

    private ParameterSchema schema(String kind, String id) {
        return schemas.computeIfAbsent(kind + id, k -> {
            Bundle b = providers.get(k);
            return b == null ? ParameterSchema.empty(id) : readSchema(b, id);
        });
    }

    private static ParameterSchema readSchema(Bundle bundle, String ocdId) {
        Enumeration<URL> entries = bundle.findEntries("OSGI-INF/metatype", "*.xml", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            try (InputStream in = url.openStream()) {
                Optional<ParameterSchema> s = MetatypeXml.read(in, ocdId);
                if (s.isPresent()) {
                    return s.get();
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the parameter description " + url + " of bundle "
                        + bundle.getSymbolicName() + ": " + e.getMessage(), e);
            }
        }
        return ParameterSchema.empty(ocdId);
    }

    @Override
    public Optional<Installed<Sampler>> sampler(String id) {
        return Optional.ofNullable(samplers.get(id));
    }

    @Override
    public RunHandle start(String taskId, Map<String, String> rawParameters, RunOptions options) {
        Installed<Task> t = task(taskId);
        Map<String, String> taskRaw = new LinkedHashMap<>();
        Map<String, Map<String, String>> samplerSettings = samplerSettings(rawParameters, taskRaw);
        if (!samplerSettings.isEmpty() && !(t.service() instanceof ChainTask)) {
            String key = rawParameters.keySet().stream().filter(k -> k.indexOf('.') > 0).findFirst().orElseThrow();
            throw new ParameterException(key, rawParameters.get(key),
                    "only the task's own parameters: '" + taskId + "' is not a Markov chain, so it takes no sampler parameters");
        }
        Parameters p = parameters(taskId).parse(taskRaw);
        t.service().validate(p);
        long seed = options.seed() != null ? options.seed() : ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
        Path dir = options.outputDirectory() != null ? options.outputDirectory()
                : Path.of("runs", taskId + "-" + LocalDateTime.now().format(STAMP) + "-" + seed);
        String id = "r" + runCounter.incrementAndGet();
        AbstractRun run;
        if (t.service() instanceof ChainTask chain) {
            Target target = chain.target(p);
            String samplerId = options.sampler() != null ? options.sampler() : chain.defaultSampler();
            if (options.schedule() != null) {
                for (SamplerSchedule.Entry e : options.schedule().entries()) {
                    checkFits(e.sampler(), target);
                }
            } else {
                checkFits(samplerId, target);
            }
            RunFiles files = new RunFiles(dir);
            files.create();
            run = new ChainRun(id, chain, target, samplerId, options.schedule(), samplerSettings, seed, p, files,
                    installedBundles(), null, this, List.of(), null, checkpointMillis, t.bundle() + " " + t.version());
        } else if (t.service() instanceof ComputeTask compute) {
            if (options.sampler() != null || options.schedule() != null) {
                throw new IllegalArgumentException("task '" + taskId + "' is not a Markov chain: --sampler does not apply");
            }
            RunFiles files = new RunFiles(dir);
            files.create();
            run = new ComputeRun(id, compute, seed, p, files, installedBundles(), null);
        } else {
            throw new IllegalArgumentException("task '" + taskId + "' is neither a compute task nor a chain task");
        }
        run.environment(environment());
        runs.add(run);
        executor.execute(run);
        return run;
    }

    private void checkFits(String samplerId, Target target) {
        Installed<Sampler> s = sampler(samplerId).orElseThrow(() -> new IllegalArgumentException(
                "unknown sampler '" + samplerId + "'; installed samplers: " + String.join(", ", new TreeMap<>(samplers).keySet())));
        if (!s.service().accepts(target)) {
            throw new IllegalArgumentException("sampler '" + samplerId + "' does not fit " + target.describe()
                    + "; samplers that fit: " + String.join(", ", fitting(target)));
        }
    }

    private List<String> fitting(Target target) {
        return samplers.values().stream().filter(s -> s.service().accepts(target)).map(Installed::id).sorted().toList();
    }

    @Override
    public RunHandle resume(Path runDirectory) {
        RunFiles files = new RunFiles(runDirectory);
        Map<String, Object> record = files.readRecord();
        String taskId = String.valueOf(record.get("task"));
        if ("completed".equals(record.get("status"))) {
            throw new IllegalArgumentException("run " + files.directory() + " already completed; its results are in "
                    + files.directory().resolve(RunFiles.RESULTS_JSON));
        }
        Installed<Task> t = task(taskId);
        Map<String, String> raw = new LinkedHashMap<>();
        if (record.get("parameters") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> raw.put(String.valueOf(k), String.valueOf(v)));
        }
        Parameters p = parameters(taskId).parse(raw);
        long seed = ((Number) record.get("seed")).longValue();
        String created = String.valueOf(record.get("created"));
        String id = "r" + runCounter.incrementAndGet();
        AbstractRun run;
        if (t.service() instanceof ChainTask chain) {
            if (!java.nio.file.Files.isRegularFile(files.checkpoint())) {
                throw new IllegalArgumentException(files.directory() + " has no checkpoint to resume from");
            }
            Checkpoint c = Checkpoint.read(files.checkpoint());
            Object schedule = record.get("samplerSchedule");
            run = new ChainRun(id, chain, chain.target(p), c.samplerId(),
                    schedule == null ? null : SamplerSchedule.parse(schedule.toString()), samplerSettings(record), seed, p,
                    files, installedBundles(), created, this, history(record), c, checkpointMillis,
                    t.bundle() + " " + t.version());
        } else {
            run = new ComputeRun(id, (ComputeTask) t.service(), seed, p, files, installedBundles(), created);
        }
        run.environment(environment());
        runs.add(run);
        executor.execute(run);
        return run;
    }

    private static Map<String, Map<String, String>> samplerSettings(Map<String, Object> record) {
        Map<String, Map<String, String>> settings = new java.util.TreeMap<>();
        if (record.get("samplerParameters") instanceof Map<?, ?> m) {
            m.forEach((id, values) -> {
                Map<String, String> v = new LinkedHashMap<>();
                ((Map<?, ?>) values).forEach((k, x) -> v.put(String.valueOf(k), String.valueOf(x)));
                settings.put(String.valueOf(id), v);
            });
        }
        return settings;
    }

    private static List<SamplerSpan> history(Map<String, Object> record) {
        List<SamplerSpan> h = new ArrayList<>();
        if (record.get("samplerHistory") instanceof List<?> l) {
            for (Object o : l) {
                Map<?, ?> m = (Map<?, ?>) o;
                h.add(new SamplerSpan(String.valueOf(m.get("sampler")), ((Number) m.get("fromSweep")).longValue(),
                        String.valueOf(m.get("bundle")), String.valueOf(m.get("version"))));
            }
        }
        return h;
    }

    private Map<String, String> installedBundles() {
        Map<String, String> m = new TreeMap<>();
        BundleContext ctx = context;
        if (ctx != null) {
            for (Bundle b : ctx.getBundles()) {
                if (b.getSymbolicName() != null) {
                    m.put(b.getSymbolicName(), b.getVersion().toString());
                }
            }
        }
        return m;
    }

    @Override
    public List<BundleInfo> environment() {
        Map<String, BundleInfo> m = new TreeMap<>();
        BundleContext ctx = context;
        if (ctx != null) {
            for (Bundle b : ctx.getBundles()) {
                if (b.getSymbolicName() != null) {
                    String sha = b.getBundleId() == 0 ? null : hashes.sha256(b.getLocation());
                    m.put(b.getSymbolicName(), new BundleInfo(b.getSymbolicName(), b.getVersion().toString(), sha));
                }
            }
        }
        return List.copyOf(m.values());
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
