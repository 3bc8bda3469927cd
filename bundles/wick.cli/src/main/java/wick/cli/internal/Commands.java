package wick.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import wick.api.param.ParameterException;
import wick.api.param.ParameterSpec;
import wick.api.result.Result;
import wick.api.run.BundleInfo;
import wick.api.run.RunHandle;
import wick.api.run.RunOptions;
import wick.api.run.RunStatus;
import wick.api.run.SamplerInfo;
import wick.api.run.TaskInfo;
import wick.api.run.Workbench;

/**
 * The commands of {@code wick} on top of the {@link Workbench} service, shared by the batch runner and
 * the Gogo shell. Exit codes: 0 completed, 1 failed, 2 bad command line or parameter, 3 cancelled.
 */
final class Commands {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int CANCELLED = 3;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();

    private final Workbench workbench;
    private final PrintStream out;
    private final PrintStream err;

    Commands(Workbench workbench, PrintStream out, PrintStream err) {
        this.workbench = workbench;
        this.out = out;
        this.err = err;
    }

    /** Runs a command line and returns the exit code; errors are one line on {@code err}. */
    int execute(String... args) {
        try {
            Invocation inv = Invocation.parse(args);
            return switch (inv.command()) {
                case "list" -> list(inv.json());
                case "run" -> run(inv);
                case "resume" -> resume(inv);
                case "env" -> env(inv);
                case "help", "--help", "-h" -> help();
                default -> throw new UsageException("unknown command '" + inv.command() + "'; commands: list, run, resume, env, shell, help");
            };
        } catch (UsageException | ParameterException e) {
            err.println("wick: " + e.getMessage());
            return USAGE;
        } catch (IllegalArgumentException e) {
            err.println("wick: " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("wick: interrupted");
            return CANCELLED;
        }
    }

    int help() {
        out.println("""
                usage: wick COMMAND ...
                  wick list [--json]                    tasks and samplers installed, with their parameters
                  wick run TASK [--set k=v ...] [--sampler ID | --sampler-schedule ID:SWEEPS,...] [--seed N] [--out DIR] [--env FILE] [--json]
                  wick resume DIR [--env FILE] [--json] continue a stopped run from its checkpoint
                  wick env [--json]                     the installed bundles: symbolic name, version, SHA-256 of the jar
                  (--env FILE refuses to start unless the installed bundles match FILE: a run.json or wick env --json output)
                  wick shell                            the Gogo shell (commands in scope wick: wick:list, wick:start, wick:swap, ...)
                  wick                                  the workbench window (when the UI bundle and a display are there)
                global options (before the command): --feature NAME (core, models, all), --plugins DIR""");
        return OK;
    }

    int list(boolean json) {
        List<TaskInfo> tasks = workbench.tasks();
        List<SamplerInfo> samplers = workbench.samplers();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Object> ts = new ArrayList<>();
            for (TaskInfo t : tasks) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("id", t.id());
                tm.put("description", t.description());
                tm.put("kind", t.chain() ? "chain" : "compute");
                tm.put("bundle", t.bundle());
                tm.put("version", t.version());
                tm.put("parameters", parameterList(workbench.parameters(t.id())));
                ts.add(tm);
            }
            m.put("tasks", ts);
            List<Object> ss = new ArrayList<>();
            for (SamplerInfo s : samplers) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("id", s.id());
                sm.put("description", s.description());
                sm.put("requires", s.requires());
                sm.put("bundle", s.bundle());
                sm.put("version", s.version());
                sm.put("parameters", parameterList(workbench.samplerParameters(s.id())));
                ss.add(sm);
            }
            m.put("samplers", ss);
            out.println(GSON.toJson(m));
            return OK;
        }
        out.println("Tasks:");
        for (TaskInfo t : tasks) {
            out.printf("  %-22s %-8s %s  [%s %s]%n", t.id(), t.chain() ? "chain" : "compute", t.description(), t.bundle(),
                    t.version());
            for (ParameterSpec p : workbench.parameters(t.id()).parameters()) {
                out.printf("      %-16s default %-8s %s%s%n", p.id(), p.defaultValue(), p.allowed(),
                        p.description().isEmpty() ? "" : "; " + p.description());
            }
        }
        out.println("Samplers (set their parameters with --set SAMPLER.PARAMETER=value):");
        for (SamplerInfo s : samplers) {
            out.printf("  %-22s needs %-28s %s  [%s %s]%n", s.id(), String.join("+", s.requires()), s.description(),
                    s.bundle(), s.version());
            for (ParameterSpec p : workbench.samplerParameters(s.id()).parameters()) {
                out.printf("      %-16s default %-8s %s%s%n", s.id() + "." + p.id(), p.defaultValue(), p.allowed(),
                        p.description().isEmpty() ? "" : "; " + p.description());
            }
        }
        return OK;
    }

    private static List<Object> parameterList(wick.api.param.ParameterSchema schema) {
        List<Object> ps = new ArrayList<>();
        for (ParameterSpec p : schema.parameters()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.id());
            pm.put("type", p.type().name().toLowerCase());
            pm.put("default", p.defaultValue());
            pm.put("allowed", p.allowed());
            pm.put("description", p.description());
            ps.add(pm);
        }
        return ps;
    }

    int run(Invocation inv) throws InterruptedException {
        if (inv.arguments().size() != 1) {
            throw new UsageException("run needs exactly one task id, e.g. wick run free.exact --set lattice=8x8"
                    + (inv.arguments().isEmpty() ? "" : "; got " + inv.arguments()));
        }
        if (!environmentMatches(inv)) {
            return USAGE;
        }
        RunHandle run = workbench.start(inv.arguments().get(0), inv.parameters(),
                new RunOptions(inv.seed(), inv.sampler(), inv.out(), inv.schedule()));
        return finish(run, inv.json());
    }

    int resume(Invocation inv) throws InterruptedException {
        if (inv.arguments().size() != 1) {
            throw new UsageException("resume needs exactly one run directory");
        }
        if (!environmentMatches(inv)) {
            return USAGE;
        }
        RunHandle run = workbench.resume(Path.of(inv.arguments().get(0)));
        return finish(run, inv.json());
    }

    /** Prints the installed bundles with their versions and jar hashes. */
    int env(Invocation inv) {
        if (!inv.arguments().isEmpty()) {
            throw new UsageException("env takes no arguments; got " + inv.arguments());
        }
        List<BundleInfo> bundles = workbench.environment();
        if (inv.json()) {
            out.println(GSON.toJson(Environment.json(bundles)));
            return OK;
        }
        for (BundleInfo b : bundles) {
            out.printf("%-44s %-24s %s%n", b.symbolicName(), b.version(), b.sha256() == null ? "-" : b.sha256());
        }
        return OK;
    }

    /**
     * With {@code --env FILE}: whether the installed bundles match the file's; when they do not, prints a
     * first line naming {@code --env} and then one line per difference on {@code err}.
     */
    boolean environmentMatches(Invocation inv) {
        if (inv.env() == null) {
            return true;
        }
        List<String> diff = mismatch(workbench, inv);
        if (diff.isEmpty()) {
            return true;
        }
        diff.forEach(err::println);
        return false;
    }

    /** The lines that refuse a run for {@code --env} (the first names it), or none when it matches or is absent. */
    static List<String> mismatch(Workbench workbench, Invocation inv) {
        if (inv.env() == null) {
            return List.of();
        }
        List<String> diff = Environment.differences(Environment.read(inv.env()), workbench.environment());
        if (diff.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("wick: --env " + inv.env() + ": the installed bundles differ from the recorded environment in "
                + diff.size() + (diff.size() == 1 ? " place; not starting" : " places; not starting"));
        diff.forEach(d -> lines.add("  " + d));
        return lines;
    }

    /** Waits for a run, reporting progress on {@code err}, then prints its results. */
    int finish(RunHandle run, boolean json) throws InterruptedException {
        long last = System.currentTimeMillis();
        while (!run.status().isTerminal()) {
            Thread.sleep(100);
            long now = System.currentTimeMillis();
            if (now - last >= 2000) {
                err.printf("[%3.0f%%] %s%n", 100 * run.progress(), run.message());
                last = now;
            }
        }
        RunStatus status = run.await();
        if (json) {
            out.println(GSON.toJson(summary(run)));
        } else {
            print(run);
        }
        return switch (status) {
            case COMPLETED -> OK;
            case CANCELLED -> CANCELLED;
            default -> {
                err.println("wick: run " + status.name().toLowerCase() + ": " + run.message());
                yield FAILED;
            }
        };
    }

    static Map<String, Object> summary(RunHandle run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", run.taskId());
        m.put("parameters", run.parameters().strings());
        m.put("seed", run.seed());
        m.put("status", run.status().name().toLowerCase());
        Map<String, Object> results = new LinkedHashMap<>();
        run.results().forEach((k, v) -> results.put(k, v.toJson()));
        m.put("results", results);
        m.put("runDirectory", run.directory().toString());
        return m;
    }

    private void print(RunHandle run) {
        out.println("task " + run.taskId() + "  seed " + run.seed() + "  status " + run.status().name().toLowerCase());
        out.println("parameters " + run.parameters().strings());
        if (run.currentSampler() != null) {
            out.println("samplers " + run.samplerHistory().stream().map(s -> s.samplerId() + "@" + s.fromSweep()).toList());
        }
        out.println("run directory " + run.directory());
        for (Map.Entry<String, Result> e : run.results().entrySet()) {
            out.print(ResultText.format(e.getKey(), e.getValue()));
        }
    }
}
