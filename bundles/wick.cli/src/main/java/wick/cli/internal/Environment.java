package wick.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import wick.api.run.BundleInfo;

/**
 * Environment snapshots: the installed bundles with versions and jar hashes, as {@code wick env --json}
 * prints them and {@code run.json} records them (key {@code environment}: symbolic name to
 * {@code {"version", "sha256"}}), and the comparison behind {@code --env FILE}.
 */
final class Environment {
    private Environment() {
    }

    /** The JSON model: {@code {"environment": {NAME: {"version": V, "sha256": H}, ...}}}. */
    static Map<String, Object> json(List<BundleInfo> bundles) {
        Map<String, Object> env = new TreeMap<>();
        for (BundleInfo b : bundles) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("version", b.version());
            e.put("sha256", b.sha256());
            env.put(b.symbolicName(), e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("environment", env);
        return m;
    }

    /**
     * Reads the bundles a file records: its {@code environment} object, or, for a {@code run.json} written
     * before environments were recorded, its {@code bundles} (versions only, no hashes to compare).
     *
     * @throws UsageException when the file cannot be read or records no environment
     */
    static Map<String, BundleInfo> read(Path file) {
        Object doc;
        try {
            doc = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), Object.class);
        } catch (IOException e) {
            throw new UsageException("--env " + file + ": cannot read it: " + e.getMessage());
        } catch (JsonParseException e) {
            throw new UsageException("--env " + file + ": not JSON: " + e.getMessage());
        }
        Map<String, BundleInfo> m = new TreeMap<>();
        if (doc instanceof Map<?, ?> top && top.get("environment") instanceof Map<?, ?> env) {
            for (Map.Entry<?, ?> e : env.entrySet()) {
                String name = String.valueOf(e.getKey());
                if (!(e.getValue() instanceof Map<?, ?> b)) {
                    throw new UsageException("--env " + file + ": bundle '" + name + "' has no {\"version\", \"sha256\"} object");
                }
                m.put(name, new BundleInfo(name, string(b.get("version")), string(b.get("sha256"))));
            }
            return m;
        }
        if (doc instanceof Map<?, ?> top && top.get("bundles") instanceof Map<?, ?> bundles) {
            bundles.forEach((k, v) -> m.put(String.valueOf(k), new BundleInfo(String.valueOf(k), string(v), null)));
            return m;
        }
        throw new UsageException("--env " + file + ": records no environment (expected a run.json or the output of wick env --json)");
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    /**
     * The differences between a recorded environment and the installed one, one line each, sorted by
     * bundle; empty when they match. A hash is compared only when both sides have one.
     */
    static List<String> differences(Map<String, BundleInfo> recorded, List<BundleInfo> installed) {
        Map<String, BundleInfo> now = new TreeMap<>();
        installed.forEach(b -> now.put(b.symbolicName(), b));
        TreeSet<String> names = new TreeSet<>(recorded.keySet());
        names.addAll(now.keySet());
        List<String> out = new ArrayList<>();
        for (String n : names) {
            BundleInfo r = recorded.get(n);
            BundleInfo i = now.get(n);
            if (i == null) {
                out.add(n + ": " + r.version() + " recorded, not installed");
            } else if (r == null) {
                out.add(n + ": " + i.version() + " installed, not recorded");
            } else if (!Objects.equals(r.version(), i.version())) {
                out.add(n + ": version " + r.version() + " recorded, " + i.version() + " installed");
            } else if (r.sha256() != null && i.sha256() != null && !r.sha256().equalsIgnoreCase(i.sha256())) {
                out.add(n + ": " + i.version() + " jar differs (sha256 " + abbreviate(r.sha256()) + " recorded, "
                        + abbreviate(i.sha256()) + " installed)");
            }
        }
        return out;
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
    }
}
