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
                case "help", "--help", "-h" -> help();
                default -> throw new UsageException("unknown command '" + inv.command() + "'; commands: list, run, resume, shell, help");
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
                  wick run TASK [--set k=v ...] [--sampler ID | --sampler-schedule ID:SWEEPS,...] [--seed N] [--out DIR] [--json]
                  wick resume DIR [--json]              continue a stopped run from its checkpoint
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
        RunHandle run = workbench.start(inv.arguments().get(0), inv.parameters(),
                new RunOptions(inv.seed(), inv.sampler(), inv.out(), inv.schedule()));
        return finish(run, inv.json());
    }

    int resume(Invocation inv) throws InterruptedException {
        if (inv.arguments().size() != 1) {
            throw new UsageException("resume needs exactly one run directory");
        }
        RunHandle run = workbench.resume(Path.of(inv.arguments().get(0)));
        return finish(run, inv.json());
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
