package wick.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Headless runs cannot break on a GUI call: no bundle but the window and its chart libraries needs
 * AWT, Swing or JFreeChart (a wrapped library may import them optionally, for features Wick never calls).
 */
class ManifestIT {
    private static final List<String> GUI_BUNDLES = List.of("wick.ui.jar", "wick.lib.jfreechart.jar", "wick.lib.jfreesvg.jar");

    /** The clauses of a manifest header: commas outside quotes separate them. */
    static List<String> clauses(String header) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }

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
                for (String clause : clauses(imports)) {
                    String pkg = clause.split(";", 2)[0].trim();
                    boolean gui = pkg.startsWith("java.awt") || pkg.startsWith("javax.swing") || pkg.startsWith("org.jfree");
                    assertFalse(gui && !clause.contains("resolution:=optional"),
                            jar.getFileName() + " needs the GUI package " + pkg + " (" + clause + ")");
                }
            }
        }
    }
}
