package wick.model.gravity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import wick.api.lattice.Lattice;

/**
 * The σ field file written by Model 3 runs ({@code sigma-field.txt} in the run directory) and read
 * by analyses that take a σ background. A plain text format, version 1:
 *
 * <pre>
 * # wick sigma field 1
 * lattice 32x32
 * spacing 1.0,1.0
 * block 2x2
 * components 00 01 11
 * σ_00 σ_01 σ_11        (one line per block, blocks in row-major order of their corner site)
 * ...
 * </pre>
 *
 * Numbers are written with {@code %.17g}, so a file read back gives the same doubles.
 */
public final class SigmaFieldFile {
    /** The first line of every file. */
    public static final String MAGIC = "# wick sigma field 1";
    /** The name Model 3 runs use in their run directory. */
    public static final String FILE_NAME = "sigma-field.txt";

    private SigmaFieldFile() {
    }

    /** Writes {@code sigma} to {@code file} atomically (a temporary file, then a move). */
    public static void write(Path file, LatentField sigma) throws IOException {
        Blocks blocks = sigma.blocks();
        Lattice lattice = blocks.lattice();
        int d = sigma.dimension();
        int p = LatentField.components(d);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(MAGIC + "\n");
            w.write("lattice " + lattice.extentsString() + "\n");
            w.write("spacing " + lattice.spacingsString() + "\n");
            w.write("block " + blocks + "\n");
            StringBuilder names = new StringBuilder("components");
            for (int c = 0; c < p; c++) {
                names.append(' ').append(LatentField.componentName(d, c));
            }
            w.write(names + "\n");
            double[] v = sigma.values();
            for (int b = 0; b < blocks.count(); b++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < p; c++) {
                    if (c > 0) {
                        line.append(' ');
                    }
                    line.append(String.format(Locale.ROOT, "%.17g", v[b * p + c]));
                }
                w.write(line + "\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads a σ field file; a directory is taken to be a run directory holding {@link #FILE_NAME}.
     *
     * @throws IOException with the file name and line for a malformed file
     */
    public static LatentField read(Path file) throws IOException {
        Path f = Files.isDirectory(file) ? file.resolve(FILE_NAME) : file;
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(line.trim());
            }
        }
        if (lines.size() < 5 || !lines.get(0).equals(MAGIC)) {
            throw new IOException(f + ": not a σ field file (its first line must be \"" + MAGIC + "\")");
        }
        String lattice = value(f, lines, 1, "lattice");
        String spacing = value(f, lines, 2, "spacing");
        String block = value(f, lines, 3, "block");
        Blocks blocks;
        try {
            blocks = Blocks.parse(Lattice.parse(lattice, spacing), block);
        } catch (RuntimeException e) {
            throw new IOException(f + ": " + e.getMessage(), e);
        }
        LatentField sigma = new LatentField(blocks);
        int p = LatentField.components(sigma.dimension());
        String[] names = value(f, lines, 4, "components").split("\\s+");
        if (names.length != p) {
            throw new IOException(f + " line 5: " + p + " component names expected, got " + names.length);
        }
        if (lines.size() != 5 + blocks.count()) {
            throw new IOException(f + ": " + blocks.count() + " block lines expected, got " + (lines.size() - 5));
        }
        double[] v = sigma.values();
        for (int b = 0; b < blocks.count(); b++) {
            String[] parts = lines.get(5 + b).split("\\s+");
            if (parts.length != p) {
                throw new IOException(f + " block line " + (b + 1) + ": " + p + " numbers expected, got " + parts.length);
            }
            for (int c = 0; c < p; c++) {
                try {
                    v[b * p + c] = Double.parseDouble(parts[c]);
                } catch (NumberFormatException e) {
                    throw new IOException(f + " block line " + (b + 1) + ": not a number: " + parts[c]);
                }
            }
        }
        return sigma;
    }

    private static String value(Path f, List<String> lines, int i, String key) throws IOException {
        String line = lines.get(i);
        if (!line.startsWith(key + " ")) {
            throw new IOException(f + " line " + (i + 1) + ": expected \"" + key + " ...\", got \"" + line + "\"");
        }
        return line.substring(key.length() + 1).trim();
    }
}
