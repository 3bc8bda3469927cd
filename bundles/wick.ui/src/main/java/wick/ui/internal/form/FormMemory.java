package wick.ui.internal.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The last form values per task, kept in a properties file ({@code ~/.wick/ui.properties} by
 * default) under keys {@code TASK/KEY}: the task's parameters by id, the chosen sampler as
 * {@value #SAMPLER}, a sampler's parameters as {@code SAMPLER.PARAMETER}. Thread-safe; a file that
 * cannot be read counts as empty, one that cannot be written is left as it was.
 */
public final class FormMemory {
    /** The key of the chosen sampler. */
    public static final String SAMPLER = "@sampler";
    private final Path file;

    public FormMemory(Path file) {
        this.file = file;
    }

    /** The file in the user's home. */
    public static FormMemory inUserHome() {
        return new FormMemory(Path.of(System.getProperty("user.home"), ".wick", "ui.properties"));
    }

    /** The remembered values of a task (empty when none). */
    public synchronized Map<String, String> load(String taskId) {
        Properties p = read();
        String prefix = taskId + "/";
        Map<String, String> m = new LinkedHashMap<>();
        new TreeMap<>(p).forEach((k, v) -> {
            String key = k.toString();
            if (key.startsWith(prefix)) {
                m.put(key.substring(prefix.length()), v.toString());
            }
        });
        return m;
    }

    /** Replaces the remembered values of a task. */
    public synchronized void save(String taskId, Map<String, String> values) throws IOException {
        Properties p = read();
        String prefix = taskId + "/";
        p.keySet().removeIf(k -> k.toString().startsWith(prefix));
        values.forEach((k, v) -> p.setProperty(prefix + k, v));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Wick workbench window: last form values per task");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return p;
    }
}
