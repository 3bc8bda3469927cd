package wick.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import wick.api.run.RunHandle;
import wick.api.run.RunOptions;
import wick.api.run.Workbench;

/**
 * The Gogo commands of scope {@code wick}: the batch commands ({@code wick:list}, {@code wick:run},
 * {@code wick:resume}, {@code wick:env}) plus the ones a live session needs ({@code wick:start} a run in the background,
 * {@code wick:runs}, {@code wick:status}, {@code wick:swap} its sampler, {@code wick:cancel},
 * {@code wick:wait}, {@code wick:problems}: components that failed to activate or miss a reference, by
 * bundle). Each returns its text; errors are thrown with their one-line message.
 */
@Component(service = ShellCommands.class, property = {"osgi.command.scope=wick", "osgi.command.function=list",
        "osgi.command.function=run", "osgi.command.function=resume", "osgi.command.function=env", "osgi.command.function=start",
        "osgi.command.function=runs", "osgi.command.function=status", "osgi.command.function=swap",
        "osgi.command.function=cancel", "osgi.command.function=wait", "osgi.command.function=problems",
        "osgi.command.function=help"})
public final class ShellCommands {
    @Reference
    private Workbench workbench;
    @Reference
    private ServiceComponentRuntime scr;

    public String help() {
        return call("help") + "shell only: wick:start TASK [...] (background, prints the run id), wick:runs, wick:status RUN,"
                + " wick:swap RUN SAMPLER, wick:cancel RUN, wick:wait RUN, wick:problems\n";
    }

    public String list(String... args) {
        return call(prepend("list", args));
    }

    public String run(String... args) {
        return call(prepend("run", args));
    }

    public String resume(String... args) {
        return call(prepend("resume", args));
    }

    public String env(String... args) {
        return call(prepend("env", args));
    }

    /** Starts a run in the background and returns its id. */
    public String start(String... args) {
        Invocation inv = Invocation.parse(prepend("start", args));
        if (inv.arguments().size() != 1) {
            throw new IllegalArgumentException("start needs exactly one task id");
        }
        java.util.List<String> mismatch = Commands.mismatch(workbench, inv);
        if (!mismatch.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", mismatch));
        }
        RunHandle run = workbench.start(inv.arguments().get(0), inv.parameters(),
                new RunOptions(inv.seed(), inv.sampler(), inv.out(), inv.schedule()));
        return run.id();
    }

    public String runs() {
        StringBuilder b = new StringBuilder();
        for (RunHandle r : workbench.runs()) {
            b.append(line(r)).append('\n');
        }
        return b.toString();
    }

    public String status(String runId) {
        return line(handle(runId));
    }

    /** Replaces the sampler of a running chain between two sweeps. */
    public String swap(String runId, String samplerId) {
        RunHandle r = handle(runId);
        r.replaceSampler(samplerId);
        return "run " + runId + ": sampler " + samplerId + " takes over at the next sweep";
    }

    public String cancel(String runId) {
        handle(runId).cancel();
        return "run " + runId + ": cancel requested";
    }

    /** Waits for a run and returns its summary as JSON. */
    public String wait(String runId) throws InterruptedException {
        RunHandle r = handle(runId);
        r.await();
        return new com.google.gson.GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues().create()
                .toJson(Commands.summary(r));
    }

    /** The components that failed to activate or miss a reference, one line each naming its bundle. */
    public String problems() {
        List<String> lines = ComponentProblems.of(scr);
        return lines.isEmpty() ? "no component problems\n" : String.join("\n", lines) + "\n";
    }

    private RunHandle handle(String runId) {
        return workbench.run(runId).orElseThrow(() -> new IllegalArgumentException("no run '" + runId + "'; runs: "
                + workbench.runs().stream().map(RunHandle::id).toList()));
    }

    private static String line(RunHandle r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", r.status().name().toLowerCase());
        m.put("progress", Math.round(100 * r.progress()) + "%");
        if (r.currentSampler() != null) {
            m.put("sampler", r.currentSampler());
            m.put("history", r.samplerHistory().stream().map(s -> s.samplerId() + "@" + s.fromSweep()).toList());
        }
        m.put("message", r.message());
        m.put("directory", r.directory());
        return r.id() + " " + r.taskId() + " " + m;
    }

    private String call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Commands(workbench, o, e).execute(args);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        if (code != Commands.OK) {
            throw new IllegalArgumentException(err.toString(StandardCharsets.UTF_8).trim() + " (exit code " + code + ")");
        }
        return text;
    }

    private static String[] prepend(String command, String[] args) {
        String[] a = new String[args.length + 1];
        a[0] = command;
        System.arraycopy(args, 0, a, 1, args.length);
        return Arrays.copyOf(a, a.length);
    }
}
