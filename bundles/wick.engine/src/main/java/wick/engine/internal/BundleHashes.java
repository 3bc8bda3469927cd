package wick.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of bundle jars from their {@code file:} locations, cached per location, last-modified time
 * and size so that listing the environment for every run reads each jar once.
 */
final class BundleHashes {
    private record Entry(long lastModified, long size, String sha256) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** The SHA-256 (64 lowercase hex digits) of the jar at a bundle location, or {@code null} when it is not a file. */
    String sha256(String location) {
        Path file = file(location);
        if (file == null) {
            return null;
        }
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Entry e = cache.get(location);
            if (e != null && e.lastModified() == modified && e.size() == size) {
                return e.sha256();
            }
            String sha = digest(file);
            cache.put(location, new Entry(modified, size, sha));
            return sha;
        } catch (IOException e) {
            return null;
        }
    }

    static Path file(String location) {
        if (location == null) {
            return null;
        }
        String loc = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        if (!loc.startsWith("file:")) {
            return null;
        }
        try {
            Path p = Path.of(URI.create(loc));
            return Files.isRegularFile(p) ? p : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    static String digest(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
