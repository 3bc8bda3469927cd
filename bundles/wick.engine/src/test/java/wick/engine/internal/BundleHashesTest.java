package wick.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleHashesTest {
    @TempDir
    Path dir;

    @Test
    void hashesFileLocationsAndRehashesWhenTheJarChanges() throws Exception {
        Path jar = dir.resolve("b.jar");
        Files.writeString(jar, "abc", StandardCharsets.UTF_8);
        BundleHashes h = new BundleHashes();
        String location = jar.toUri().toString();
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", h.sha256(location));
        assertEquals(h.sha256(location), h.sha256("reference:" + location));
        Files.writeString(jar, "abd", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        assertNotEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", h.sha256(location));
    }

    @Test
    void noHashWithoutAJarFile() {
        BundleHashes h = new BundleHashes();
        assertNull(h.sha256("System Bundle"));
        assertNull(h.sha256("http://example.org/b.jar"));
        assertNull(h.sha256(dir.toUri().toString()));
        assertNull(h.sha256(null));
    }
}
