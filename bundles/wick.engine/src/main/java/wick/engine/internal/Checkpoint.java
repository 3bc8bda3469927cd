package wick.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything a chain needs to continue exactly: the sweep and measurement counters, the byte length
 * of the measurement log, the sampler and its move state, the random stream state and the field.
 * Stored as {@code checkpoint.bin} (binary, big-endian, written atomically).
 */
record Checkpoint(long sweep, int measured, long logBytes, String samplerId, double[] moveState, long[] randomState,
        double[] field) {
    private static final long MAGIC = 0x5749434B43503031L; // "WICKCP01"

    void write(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 8 * field.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(MAGIC);
            out.writeLong(sweep);
            out.writeInt(measured);
            out.writeLong(logBytes);
            out.writeUTF(samplerId);
            writeDoubles(out, moveState);
            out.writeInt(randomState.length);
            for (long l : randomState) {
                out.writeLong(l);
            }
            writeDoubles(out, field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    static Checkpoint read(Path file) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readLong() != MAGIC) {
                throw new IllegalArgumentException(file + " is not a Wick checkpoint");
            }
            long sweep = in.readLong();
            int measured = in.readInt();
            long logBytes = in.readLong();
            String sampler = in.readUTF();
            double[] moveState = readDoubles(in);
            long[] random = new long[in.readInt()];
            for (int i = 0; i < random.length; i++) {
                random[i] = in.readLong();
            }
            return new Checkpoint(sweep, measured, logBytes, sampler, moveState, random, readDoubles(in));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double d : a) {
            out.writeDouble(d);
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] a = new double[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }
}
