package wick.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.run.BundleInfo;

class EnvironmentTest {
    @TempDir
    Path dir;

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void readsWhatEnvJsonWritesAndFindsNoDifference() throws Exception {
        List<BundleInfo> installed = List.of(new BundleInfo("org.apache.felix.framework", "7.0.5", null),
                new BundleInfo("wick.api", "1.0.0", A));
        Path f = dir.resolve("env.json");
        Files.writeString(f, new com.google.gson.Gson().toJson(Environment.json(installed)));
        assertEquals(List.of(), Environment.differences(Environment.read(f), installed));
    }

    @Test
    void listsEveryDifferenceByBundle() {
        Map<String, BundleInfo> recorded = Map.of("wick.api", new BundleInfo("wick.api", "1.0.0", A),
                "wick.engine", new BundleInfo("wick.engine", "1.0.0", A), "wick.gone", new BundleInfo("wick.gone", "2.0.0", A),
                "wick.same", new BundleInfo("wick.same", "1.0.0", null));
        List<BundleInfo> installed = List.of(new BundleInfo("wick.api", "1.0.0", B), new BundleInfo("wick.engine", "1.1.0", A),
                new BundleInfo("wick.new", "3.0.0", A), new BundleInfo("wick.same", "1.0.0", B));
        List<String> d = Environment.differences(recorded, installed);
        assertEquals(4, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("wick.api: ") && d.get(0).contains("jar differs"), d.get(0));
        assertTrue(d.get(1).startsWith("wick.engine: version 1.0.0 recorded, 1.1.0 installed"), d.get(1));
        assertTrue(d.get(2).startsWith("wick.gone: ") && d.get(2).contains("not installed"), d.get(2));
        assertTrue(d.get(3).startsWith("wick.new: ") && d.get(3).contains("not recorded"), d.get(3));
    }

    @Test
    void anOlderRunJsonIsComparedByVersionOnly() throws Exception {
        Path f = dir.resolve("run.json");
        Files.writeString(f, "{\"task\": \"free.exact\", \"bundles\": {\"wick.api\": \"1.0.0\"}}");
        assertEquals(List.of(), Environment.differences(Environment.read(f), List.of(new BundleInfo("wick.api", "1.0.0", A))));
    }

    @Test
    void aFileWithoutEnvironmentIsAUsageErrorNamingEnv() throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"task\": \"free.exact\"}");
        assertTrue(assertThrows(UsageException.class, () -> Environment.read(f)).getMessage().startsWith("--env "));
        assertTrue(assertThrows(UsageException.class, () -> Environment.read(dir.resolve("missing.json"))).getMessage()
                .startsWith("--env "));
    }

    @Test
    void envOptionIsParsed() {
        assertEquals(Path.of("e.json"), Invocation.parse("run", "free.exact", "--env", "e.json").env());
        assertThrows(UsageException.class, () -> Invocation.parse("run", "free.exact", "--env"));
    }
}
