package wick.analysis.critical.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a chain's {@code measurements.csv} (header {@code sweep,sampler,acceptance,M,...}, one row
 * per measurement) column-wise. Only numeric columns are kept; {@code sampler} is skipped.
 */
final class MeasurementsCsv {
    private MeasurementsCsv() {
    }

    /** A column source that reads the file on first use (columns are copied out). */
    static Function<String, double[]> lazy(Path file) {
        java.util.concurrent.atomic.AtomicReference<Map<String, double[]>> cache = new java.util.concurrent.atomic.AtomicReference<>();
        return name -> {
            Map<String, double[]> columns = cache.updateAndGet(c -> c != null ? c : read(file));
            double[] c = columns.get(name);
            return c == null ? null : c.clone();
        };
    }

    /**
     * All numeric columns of the file.
     *
     * @throws UncheckedIOException for an unreadable file; {@link IllegalStateException} for a malformed row
     */
    static Map<String, double[]> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                return Map.of();
            }
            String[] names = header.split(",", -1);
            List<double[]> rows = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != names.length) {
                    throw new IllegalStateException(file + " line " + lineNumber + " has " + cells.length + " cells for "
                            + names.length + " columns");
                }
                double[] row = new double[names.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = names[i].equals("sampler") ? Double.NaN : Double.parseDouble(cells[i]);
                }
                rows.add(row);
            }
            Map<String, double[]> columns = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals("sampler")) {
                    continue;
                }
                double[] c = new double[rows.size()];
                for (int r = 0; r < c.length; r++) {
                    c[r] = rows.get(r)[i];
                }
                columns.put(names[i], c);
            }
            return columns;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file + " holds a value that is not a number: " + e.getMessage(), e);
        }
    }
}
