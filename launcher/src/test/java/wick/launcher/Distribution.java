package wick.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/** The built distribution under test and helpers to run it as a separate process. */
final class Distribution {
    static final Path HOME = Path.of(System.getProperty("wick.home", "target/wick")).toAbsolutePath();
    static final Path FIXTURES = Path.of(System.getProperty("wick.fixtures", "target/fixtures")).toAbsolutePath();
    private static final Gson GSON = new Gson();

    private Distribution() {
    }

    /** The result of one {@code wick} process. */
    record Outcome(int exitCode, String stdout, String stderr) {
    }

    /** Starts {@code wick ARGS} in {@code dir} (not waiting). */
    static Process start(Path dir, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(HOME.resolve("wick-launcher.jar").toString());
        cmd.add("--plugins");
        cmd.add(dir.resolve("plugins").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        return pb.start();
    }

    /** Runs {@code wick ARGS} to the end (at most 3 minutes). */
    static Outcome run(Path dir, String... args) throws Exception {
        Process p = start(dir, List.of(), args);
        p.getOutputStream().close();
        var out = p.getInputStream();
        var err = p.getErrorStream();
        byte[][] errBytes = new byte[1][];
        Thread errReader = new Thread(() -> {
            try {
                errBytes[0] = err.readAllBytes();
            } catch (IOException e) {
                errBytes[0] = new byte[0];
            }
        });
        errReader.start();
        byte[] stdout = out.readAllBytes();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("wick " + String.join(" ", args) + " did not end within 3 minutes");
        }
        errReader.join();
        return new Outcome(p.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(errBytes[0], StandardCharsets.UTF_8));
    }

    static Map<String, Object> json(String text) {
        return GSON.fromJson(text, new TypeToken<Map<String, Object>>() { }.getType());
    }
}
