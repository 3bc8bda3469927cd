package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code wick} command as a separate process: the CLI contract, its JSON and its errors. */
class CommandLineIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "run free.exact --set m2=0           | m2",
        "run free.exact --set m2=-1          | m2",
        "run free.sample --set m2=-1         | m2",
        "run free.exact --set lattice=0x4    | lattice",
        "run free.exact --set spacing=-1     | spacing",
        "run free.exact --set lattice=4x4x4x4x4 | lattice",
        "run free.exact --set m2=heavy       | m2",
        "run free.exact --set m2=            | m2",
        "run free.exact --set lattice        | --set",
        "run free.exact --set mass=1         | mass",
        "run no.such.task                    | no.such.task",
        "run free.exact --sampler heatbath   | sampler",
        "run free.sample --sampler nope      | nope",
        "run phi4.sample --sampler hmc --set hmc.steps=0 | hmc.steps",
        "run phi4.sample --set nosuch.step=1  | nosuch.step",
        "run phi4.sample --set lambda=0 --set m2=-1 | m2",
        "run phi4.sample --sampler-schedule metropolis | --sampler-schedule",
        "frobnicate                          | frobnicate"})
    void badInputGivesOneLineAndExitCodeTwo(String args, String named) throws Exception {
        Distribution.Outcome o = Distribution.run(dir, args.trim().split("\\s+"));
        assertEquals(2, o.exitCode(), o.stderr());
        assertEquals("", o.stdout());
        List<String> lines = o.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "exactly one line: " + o.stderr());
        assertTrue(lines.get(0).startsWith("wick: ") && lines.get(0).contains(named), lines.get(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void runJsonPrintsExactlyOneObjectWithTheContractsResults() throws Exception {
        Distribution.Outcome o = Distribution.run(dir, "run", "free.exact", "--set", "lattice=6x4", "--set", "m2=0.5",
                "--seed", "7", "--json");
        assertEquals(0, o.exitCode(), o.stderr());
        Map<String, Object> m = Distribution.json(o.stdout());
        assertEquals(List.of("task", "parameters", "seed", "status", "results", "runDirectory"), List.copyOf(m.keySet()));
        assertEquals("free.exact", m.get("task"));
        assertEquals("completed", m.get("status"));
        assertEquals(7.0, ((Number) m.get("seed")).doubleValue());
        Map<String, Object> results = (Map<String, Object>) m.get("results");
        assertEquals(List.of("lnZ", "G00", "energy", "correlator", "eigenvaluesKE", "kmPositive", "kmNegative", "kmZero"),
                List.copyOf(results.keySet()));
        Map<String, Object> energy = (Map<String, Object>) results.get("energy");
        assertEquals("scalar", energy.get("kind"));
        assertEquals(2 * Math.log(Math.sqrt(0.5) / 2 + Math.sqrt(0.5 / 4 + 1)), ((Number) energy.get("value")).doubleValue(), 1e-12);
        assertEquals(0.0, ((Number) energy.get("error")).doubleValue());
        Map<String, Object> c = (Map<String, Object>) results.get("correlator");
        assertEquals("series", c.get("kind"));
        assertEquals(6, ((List<Object>) c.get("y")).size());
        assertEquals(1, o.stdout().strip().lines().count(), "one JSON object on one line");
    }

    @Test
    @SuppressWarnings("unchecked")
    void samplerParametersAreUsedAndRecorded() throws Exception {
        Distribution.Outcome o = Distribution.run(dir, "run", "phi4.sample", "--set", "lattice=4x4", "--set", "samples=50",
                "--sampler", "hmc", "--set", "hmc.steps=7", "--set", "hmc.adaptStepSize=false", "--seed", "3", "--out",
                dir.resolve("r").toString(), "--json");
        assertEquals(0, o.exitCode(), o.stderr());
        Map<String, Object> record = Distribution.json(java.nio.file.Files.readString(dir.resolve("r/run.json")));
        Map<String, Object> hmc = (Map<String, Object>) ((Map<String, Object>) record.get("samplerParameters")).get("hmc");
        assertEquals(Map.of("steps", "7", "adaptStepSize", "false"), hmc);
    }

    @Test
    @SuppressWarnings("unchecked")
    void environmentSnapshotIsPrintedRecordedAndEnforced() throws Exception {
        Distribution.Outcome env = Distribution.run(dir, "env", "--json");
        assertEquals(0, env.exitCode(), env.stderr());
        Map<String, Object> bundles = (Map<String, Object>) Distribution.json(env.stdout()).get("environment");
        Map<String, Object> api = (Map<String, Object>) bundles.get("wick.api");
        assertTrue(api != null && String.valueOf(api.get("sha256")).matches("[0-9a-f]{64}"), String.valueOf(api));
        Path file = dir.resolve("env.json");
        java.nio.file.Files.writeString(file, env.stdout());

        Distribution.Outcome ok = Distribution.run(dir, "run", "free.exact", "--set", "lattice=4x4", "--env", file.toString(),
                "--out", dir.resolve("r").toString());
        assertEquals(0, ok.exitCode(), ok.stderr());
        Map<String, Object> record = Distribution.json(java.nio.file.Files.readString(dir.resolve("r/run.json")));
        Map<String, Object> recorded = (Map<String, Object>) record.get("environment");
        assertEquals(api.get("sha256"), ((Map<String, Object>) recorded.get("wick.api")).get("sha256"));
        assertTrue(((Map<String, Object>) recorded.get("wick.engine")).get("sha256").toString().matches("[0-9a-f]{64}"));
        assertTrue(record.get("bundles") instanceof Map, "bundles kept as name -> version");

        Distribution.Outcome fromRun = Distribution.run(dir, "run", "free.exact", "--set", "lattice=4x4", "--env",
                dir.resolve("r/run.json").toString(), "--out", dir.resolve("r2").toString());
        assertEquals(0, fromRun.exitCode(), fromRun.stderr());

        api.put("version", "0.0.1");
        Path changed = dir.resolve("changed.json");
        java.nio.file.Files.writeString(changed, new com.google.gson.Gson().toJson(Map.of("environment", bundles)));
        Distribution.Outcome refused = Distribution.run(dir, "run", "free.exact", "--env", changed.toString(),
                "--out", dir.resolve("r3").toString());
        assertEquals(2, refused.exitCode(), refused.stderr());
        assertEquals("", refused.stdout());
        List<String> lines = refused.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.get(0).startsWith("wick: ") && lines.get(0).contains("--env"), refused.stderr());
        assertEquals(2, lines.size(), refused.stderr());
        assertTrue(lines.get(1).contains("wick.api") && lines.get(1).contains("0.0.1"), refused.stderr());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("r3/run.json")), "nothing written when refused");
    }

    @Test
    void listShowsTasksAndSamplers() throws Exception {
        Distribution.Outcome o = Distribution.run(dir, "list", "--json");
        assertEquals(0, o.exitCode(), o.stderr());
        assertTrue(o.stdout().contains("\"free.sample\"") && o.stdout().contains("\"exact-fft\"")
                && o.stdout().contains("\"heatbath\""), o.stdout());
    }

    @Test
    void noArgumentsWithoutDisplaySaysWhatToRunInstead() throws Exception {
        Distribution.Outcome o = Distribution.run(dir);
        assertEquals(0, o.exitCode());
        assertTrue(o.stderr().contains("wick run free.exact"), o.stderr());
    }
}
