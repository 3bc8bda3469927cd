package wick.engine.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import wick.api.task.Measurements;

/**
 * The measurements of a chain: streamed to {@code measurements.csv} (columns {@code sweep, sampler},
 * then one per observable, values in Java's shortest round-trip form) and kept in memory for the
 * analysis. {@link #flush()} returns the byte length of the file, which a checkpoint records; a
 * resumed chain cuts the file back to that length, so rows written after the checkpoint by a killed
 * process are measured again, identically.
 */
final class MeasurementLog implements AutoCloseable {
    private final Path file;
    private final List<String> names;
    private final BufferedWriter out;
    private final FileChannel channel;
    private double[][] columns;
    private final List<String> samplers = new ArrayList<>();
    private int count;

    private MeasurementLog(Path file, List<String> names, FileChannel channel) {
        this.file = file;
        this.names = List.copyOf(names);
        this.channel = channel;
        this.out = new BufferedWriter(java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16);
        this.columns = new double[names.size()][64];
    }

    /** A new log with its header. */
    static MeasurementLog create(Path file, List<String> names) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            MeasurementLog log = new MeasurementLog(file, names, ch);
            log.out.write("sweep,sampler," + String.join(",", names) + "\n");
            log.flush();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reopens a log for a resumed chain: keeps its first {@code validBytes} bytes (the header and
     * {@code rows} measurements), reads them back, and appends after them.
     */
    static MeasurementLog reopen(Path file, List<String> names, long validBytes, int rows) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
            if (ch.size() < validBytes) {
                ch.close();
                throw new IllegalArgumentException(file + " is shorter (" + Files.size(file)
                        + " bytes) than its checkpoint says (" + validBytes + " bytes)");
            }
            ch.truncate(validBytes);
            ch.position(validBytes);
            MeasurementLog log = new MeasurementLog(file, names, ch);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String header = "sweep,sampler," + String.join(",", names);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                ch.close();
                throw new IllegalArgumentException(file + " does not have the columns of this task (" + header + ")");
            }
            if (lines.size() - 1 != rows) {
                ch.close();
                throw new IllegalArgumentException(file + " holds " + (lines.size() - 1) + " measurements, its checkpoint "
                        + rows);
            }
            double[] row = new double[names.size()];
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", -1);
                for (int j = 0; j < row.length; j++) {
                    row[j] = Double.parseDouble(cells[j + 2]);
                }
                log.remember(cells[1], row);
            }
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends one measurement (values not modified). */
    void append(long sweep, String sampler, double[] values) {
        try {
            StringBuilder b = new StringBuilder(32 + 24 * values.length);
            b.append(sweep).append(',').append(sampler);
            for (double v : values) {
                b.append(',').append(v);
            }
            out.write(b.append('\n').toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        remember(sampler, values);
    }

    private synchronized void remember(String sampler, double[] values) {
        if (count == columns[0].length) {
            for (int j = 0; j < columns.length; j++) {
                columns[j] = Arrays.copyOf(columns[j], 2 * count);
            }
        }
        for (int j = 0; j < values.length; j++) {
            columns[j][count] = values[j];
        }
        samplers.add(sampler);
        count++;
    }

    /** Writes buffered rows to disk and returns the file's length. */
    long flush() {
        try {
            out.flush();
            channel.force(false);
            return channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the file is still open for appending. */
    boolean isOpen() {
        return channel.isOpen();
    }

    synchronized int count() {
        return count;
    }

    /** An immutable view of everything measured so far. */
    synchronized Measurements snapshot() {
        int n = count;
        double[][] cols = new double[columns.length][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = Arrays.copyOf(columns[j], n);
        }
        List<String> s = Collections.unmodifiableList(new ArrayList<>(samplers.subList(0, n)));
        return new Measurements() {
            @Override
            public int count() {
                return n;
            }

            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public double[] column(String name) {
                int j = names.indexOf(name);
                if (j < 0) {
                    throw new IllegalArgumentException("no observable '" + name + "'; measured: " + names);
                }
                return cols[j].clone();
            }

            @Override
            public List<String> samplers() {
                return s;
            }
        };
    }

    @Override
    public void close() {
        try {
            out.flush();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
