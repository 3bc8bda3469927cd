package wick.analysis.seeleydewitt.internal;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import wick.api.result.Result;

/** Benchmark (not a test): the local a_1 map on 32x32 and 64x64 by both methods; run with {@code -Dbench=true}. */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class BenchTest {
    @TempDir
    Path dir;

    @Test
    void localMap() {
        String[][] cases = {{"32x32", "dense"}, {"32x32", "lanczos"}, {"64x64", "lanczos"}, {"64x64", "dense"}};
        for (String[] c : cases) {
            if (c[0].equals("64x64") && c[1].equals("dense") && !"true".equals(System.getProperty("bench.dense64"))) {
                continue;
            }
            long t0 = System.nanoTime();
            Map<String, Result> r = new LocalTask().compute(Ocd.parameters(LocalTask.ID, "lattice", c[0], "method", c[1]), new TestContext(1, dir));
            double sec = (System.nanoTime() - t0) / 1e9;
            System.out.printf("BENCH seeleydewitt.local %s %s: %.2f s, relRmsError %s, correlation %s%n", c[0], c[1], sec,
                    r.get("relRmsError").toJson().get("value"), r.get("correlation").toJson().get("value"));
        }
    }
}
