package wick.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A named set of bundles: {@code features/NAME.feature}, one bundle file name (in the distribution's
 * {@code bundles/}) per line, {@code include OTHER} to take in another feature, {@code #} comments.
 * Bundles are installed in the order listed, includes first where they appear.
 */
final class Feature {
    private Feature() {
    }

    /** The bundle files of a feature and everything it includes, each once, in order. */
    static List<Path> resolve(Path home, String name) {
        Set<Path> bundles = new LinkedHashSet<>();
        collect(home, name, bundles, new ArrayList<>());
        return new ArrayList<>(bundles);
    }

    /** Feature names available in the distribution. */
    static List<String> available(Path home) {
        try (var s = Files.list(home.resolve("features"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".feature"))
                    .map(n -> n.substring(0, n.length() - ".feature".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void collect(Path home, String name, Set<Path> out, List<String> stack) {
        if (stack.contains(name)) {
            throw new LaunchException("feature '" + name + "' includes itself: " + String.join(" -> ", stack) + " -> " + name);
        }
        Path file = home.resolve("features").resolve(name + ".feature");
        if (!Files.isRegularFile(file)) {
            throw new LaunchException("unknown feature '" + name + "'; features: " + String.join(", ", available(home)));
        }
        stack.add(name);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new LaunchException("cannot read " + file + ": " + e.getMessage());
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("include ")) {
                collect(home, line.substring("include ".length()).strip(), out, stack);
            } else {
                Path bundle = home.resolve("bundles").resolve(line);
                if (!Files.isRegularFile(bundle)) {
                    throw new LaunchException("feature '" + name + "' lists " + line + ", which is not in " + home.resolve("bundles"));
                }
                out.add(bundle);
            }
        }
        stack.remove(stack.size() - 1);
    }
}
