package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Headless runs cannot break on a GUI call: no bundle but the window and its chart libraries imports AWT or Swing. */
class ManifestIT {
    private static final List<String> GUI_BUNDLES = List.of("wick.ui.jar", "wick.lib.jfreechart.jar", "wick.lib.jfreesvg.jar");

    @Test
    void computeBundlesImportNoAwtOrSwing() throws Exception {
        List<Path> jars;
        try (Stream<Path> s = Files.list(Distribution.HOME.resolve("bundles"))) {
            jars = s.filter(p -> p.getFileName().toString().startsWith("wick.")).sorted().toList();
        }
        assertTrue(jars.size() >= 10, "the distribution's Wick bundles: " + jars);
        for (Path jar : jars) {
            if (GUI_BUNDLES.contains(jar.getFileName().toString())) {
                continue;
            }
            try (JarFile f = new JarFile(jar.toFile())) {
                String imports = String.valueOf(f.getManifest().getMainAttributes().getValue("Import-Package"));
                assertFalse(imports.contains("java.awt") || imports.contains("javax.swing") || imports.contains("org.jfree"),
                        jar.getFileName() + " imports a GUI package: " + imports);
            }
        }
    }
}
