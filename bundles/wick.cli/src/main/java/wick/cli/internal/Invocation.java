package wick.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wick.api.run.SamplerSchedule;

/**
 * A parsed command line: {@code COMMAND [ARG ...] [--set k=v ...] [--sampler ID] [--seed N]
 * [--out DIR] [--env FILE] [--json]}. The same parser serves the batch runner and the Gogo commands.
 *
 * @param command    the command word ({@code list}, {@code run}, {@code resume}, ...)
 * @param arguments  positional arguments after the command
 * @param parameters {@code --set} values in order
 * @param sampler    {@code --sampler}, or {@code null}
 * @param seed       {@code --seed}, or {@code null}
 * @param out        {@code --out}, or {@code null}
 * @param json       whether {@code --json} was given
 * @param schedule   {@code --sampler-schedule ID:SWEEPS,...}, or {@code null}
 * @param env        {@code --env FILE}: the environment (a {@code run.json} or {@code wick env --json}) the
 *                   installed bundles must match, or {@code null}
 */
record Invocation(String command, List<String> arguments, Map<String, String> parameters, String sampler, Long seed,
        Path out, boolean json, SamplerSchedule schedule, Path env) {

    static Invocation parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("no command given; commands: list, run, resume, env, help");
        }
        List<String> positional = new ArrayList<>();
        Map<String, String> set = new LinkedHashMap<>();
        String sampler = null;
        Long seed = null;
        Path out = null;
        boolean json = false;
        SamplerSchedule schedule = null;
        Path env = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--json" -> json = true;
                case "--set" -> {
                    String kv = value(args, ++i, "--set", "key=value");
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new UsageException("--set needs key=value, got '" + kv + "'");
                    }
                    String key = kv.substring(0, eq).trim();
                    if (set.containsKey(key)) {
                        throw new UsageException("parameter '" + key + "' is set twice");
                    }
                    set.put(key, kv.substring(eq + 1));
                }
                case "--sampler" -> sampler = value(args, ++i, "--sampler", "a sampler id (see wick list)");
                case "--sampler-schedule" -> {
                    try {
                        schedule = SamplerSchedule.parse(value(args, ++i, "--sampler-schedule", "ID:SWEEPS,... e.g. metropolis:2000,hmc:500"));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                case "--seed" -> {
                    String s = value(args, ++i, "--seed", "an integer");
                    try {
                        seed = Long.parseLong(s.trim());
                    } catch (NumberFormatException e) {
                        throw new UsageException("--seed '" + s + "': allowed an integer");
                    }
                }
                case "--out" -> out = Path.of(value(args, ++i, "--out", "a directory"));
                case "--env" -> env = Path.of(value(args, ++i, "--env", "a file (a run.json, or the output of wick env --json)"));
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option '" + a + "'; options: --set k=v, --sampler ID, --sampler-schedule ID:SWEEPS,..., --seed N, --out DIR, --env FILE, --json");
                    }
                    positional.add(a);
                }
            }
        }
        if (sampler != null && schedule != null) {
            throw new UsageException("give either --sampler or --sampler-schedule, not both");
        }
        return new Invocation(args[0], List.copyOf(positional), set, sampler, seed, out, json, schedule, env);
    }

    private static String value(String[] args, int i, String option, String what) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs " + what);
        }
        return args[i];
    }
}
