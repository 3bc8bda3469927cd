package wick.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a chain needs to continue exactly: the sweep and measurement counters, the byte length
 * of the measurement log, the current sampler, the state of every move bound so far (a schedule
 * returns to its tuned moves), the schedule position, the random stream and the field. Stored as
 * {@code checkpoint.bin} (binary, big-endian, written atomically).
 *
 * @param scheduleIndex  the schedule entry in use, or −1 without a schedule
 * @param scheduleSweeps sweeps made in that entry so far
 */
record Checkpoint(long sweep, int measured, long logBytes, String samplerId, Map<String, double[]> moveStates,
        int scheduleIndex, long scheduleSweeps, long[] randomState, double[] field) {
    private static final long MAGIC = 0x5749434B43503032L; // "WICKCP02"

    void write(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 8 * field.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(MAGIC);
            out.writeLong(sweep);
            out.writeInt(measured);
            out.writeLong(logBytes);
            out.writeUTF(samplerId);
            out.writeInt(moveStates.size());
            for (Map.Entry<String, double[]> e : moveStates.entrySet()) {
                out.writeUTF(e.getKey());
                writeDoubles(out, e.getValue());
            }
            out.writeInt(scheduleIndex);
            out.writeLong(scheduleSweeps);
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
                throw new IllegalArgumentException(file + " is not a checkpoint of this Wick version");
            }
            long sweep = in.readLong();
            int measured = in.readInt();
            long logBytes = in.readLong();
            String sampler = in.readUTF();
            int moves = in.readInt();
            Map<String, double[]> states = new LinkedHashMap<>();
            for (int i = 0; i < moves; i++) {
                String id = in.readUTF();
                states.put(id, readDoubles(in));
            }
            int scheduleIndex = in.readInt();
            long scheduleSweeps = in.readLong();
            long[] random = new long[in.readInt()];
            for (int i = 0; i < random.length; i++) {
                random[i] = in.readLong();
            }
            return new Checkpoint(sweep, measured, logBytes, sampler, states, scheduleIndex, scheduleSweeps, random,
                    readDoubles(in));
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
