package wick.analysis.correlator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import wick.api.param.ParameterException;
import wick.api.progress.ProgressMonitor;

/**
 * The correlator measurements of a run directory as the engine writes it for the chain tasks
 * {@code free.sample} and {@code phi4.sample}: {@code run.json} (task, parameters as strings, seed,
 * …) and {@code measurements.csv} with the header {@code sweep,sampler,acceptance,<observables>},
 * the correlator in the columns {@code C0..C{N_t−1}} (one row per measurement, PHYSICS 2.1
 * normalisation). Every problem with the directory is a {@link ParameterException} naming
 * {@code run} with the path.
 *
 * @param directory  the run directory
 * @param task       the task id recorded in {@code run.json}
 * @param parameters the task's parameters as recorded (strings)
 * @param columns    {@code columns[τ][i]}: measurement i of C(τ)
 */
record RunData(Path directory, String task, Map<String, String> parameters, double[][] columns) {
    static final String RUN_JSON = "run.json";
    static final String MEASUREMENTS = "measurements.csv";
    /** Fewest measurements an analysis accepts (two bins of two). */
    static final int MIN_MEASUREMENTS = 4;

    RunData {
        parameters = Map.copyOf(parameters);
    }

    /** N_t. */
    int nt() {
        return columns.length;
    }

    /**
     * N_t from the header of {@code measurements.csv} alone (after checking that the directory
     * holds a run), for validation before the analysis.
     */
    static int timeExtent(Path directory) {
        checkDirectory(directory);
        try (BufferedReader in = Files.newBufferedReader(directory.resolve(MEASUREMENTS), StandardCharsets.UTF_8)) {
            return correlatorColumns(directory, in.readLine())[1];
        } catch (IOException e) {
            throw problem(directory, "cannot read " + MEASUREMENTS + ": " + e.getMessage());
        }
    }

    /**
     * Reads a run directory.
     *
     * @throws ParameterException naming {@code run} when the directory, {@code run.json} or
     *         {@code measurements.csv} is missing or malformed, or holds fewer than 4 measurements
     * @throws wick.api.progress.CancelledException when cancelled while reading
     */
    static RunData read(Path directory, ProgressMonitor progress) {
        checkDirectory(directory);
        JsonObject record = readRecord(directory);
        String task = record.has("task") && record.get("task").isJsonPrimitive() ? record.get("task").getAsString() : "";
        Map<String, String> parameters = new LinkedHashMap<>();
        if (record.has("parameters") && record.get("parameters").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : record.getAsJsonObject("parameters").entrySet()) {
                if (e.getValue().isJsonPrimitive()) {
                    parameters.put(e.getKey(), e.getValue().getAsString());
                }
            }
        }
        double[][] columns = readMeasurements(directory, progress);
        return new RunData(directory, task, parameters, columns);
    }

    private static void checkDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw problem(directory, Files.exists(directory) ? "it is not a directory" : "it does not exist");
        }
        for (String f : List.of(RUN_JSON, MEASUREMENTS)) {
            if (!Files.isRegularFile(directory.resolve(f))) {
                throw problem(directory, "it holds no " + f);
            }
        }
    }

    private static ParameterException problem(Path directory, String what) {
        return new ParameterException("run", directory.toString(),
                "a run directory of free.sample or phi4.sample holding run.json and measurements.csv (columns C0..C{N_t-1}), "
                        + "or none to produce one; " + what);
    }

    private static JsonObject readRecord(Path directory) {
        try {
            JsonElement e = JsonParser.parseString(Files.readString(directory.resolve(RUN_JSON), StandardCharsets.UTF_8));
            if (!e.isJsonObject()) {
                throw problem(directory, RUN_JSON + " is not a JSON object");
            }
            return e.getAsJsonObject();
        } catch (IOException e) {
            throw problem(directory, "cannot read " + RUN_JSON + ": " + e.getMessage());
        } catch (JsonParseException e) {
            throw problem(directory, RUN_JSON + " is not valid JSON: " + e.getMessage());
        }
    }

    /** {index of C0, N_t} from the header line. */
    private static int[] correlatorColumns(Path directory, String header) {
        if (header == null) {
            throw problem(directory, MEASUREMENTS + " is empty");
        }
        List<String> names = Arrays.asList(header.split(",", -1));
        int first = names.indexOf("C0");
        if (first < 0) {
            throw problem(directory, MEASUREMENTS + " has no correlator columns C0, C1, … (header: " + header + ")");
        }
        int nt = 0;
        while (first + nt < names.size() && names.get(first + nt).equals("C" + nt)) {
            nt++;
        }
        if (nt < 3) {
            throw problem(directory, MEASUREMENTS + " has only " + nt + " correlator columns; at least C0..C2 (N_t ≥ 3) are needed");
        }
        return new int[] {first, nt};
    }

    private static double[][] readMeasurements(Path directory, ProgressMonitor progress) {
        Path file = directory.resolve(MEASUREMENTS);
        long size;
        try {
            size = Math.max(1, Files.size(file));
        } catch (IOException e) {
            throw problem(directory, "cannot read " + MEASUREMENTS + ": " + e.getMessage());
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            int[] cols = correlatorColumns(directory, header);
            int first = cols[0];
            int nt = cols[1];
            int cells = header.split(",", -1).length;
            List<double[]> rows = new ArrayList<>();
            long read = header.length() + 1;
            String line;
            String pendingBad = null;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (pendingBad != null) {
                    throw problem(directory, MEASUREMENTS + " line " + (lineNumber - 1) + " is malformed: " + pendingBad);
                }
                read += line.length() + 1;
                if ((lineNumber & 1023) == 0) {
                    progress.checkCancelled();
                    progress.report((double) read / size, "reading " + MEASUREMENTS);
                }
                if (line.isEmpty()) {
                    continue;
                }
                double[] row = parseRow(line, first, nt, cells);
                if (row == null) {
                    // a torn last line of a killed run is ignored; anywhere else it is an error
                    pendingBad = "expected " + cells + " finite cells";
                    continue;
                }
                rows.add(row);
            }
            if (rows.size() < MIN_MEASUREMENTS) {
                throw problem(directory, MEASUREMENTS + " holds " + rows.size() + " measurements; at least "
                        + MIN_MEASUREMENTS + " are needed");
            }
            double[][] columns = new double[nt][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                double[] r = rows.get(i);
                for (int t = 0; t < nt; t++) {
                    columns[t][i] = r[t];
                }
            }
            return columns;
        } catch (IOException e) {
            throw problem(directory, "cannot read " + MEASUREMENTS + ": " + e.getMessage());
        }
    }

    /** The correlator cells of one row, or null when the row has the wrong shape or a non-finite value. */
    private static double[] parseRow(String line, int first, int nt, int cells) {
        double[] row = new double[nt];
        int column = 0;
        int start = 0;
        int len = line.length();
        for (int i = 0; i <= len; i++) {
            if (i == len || line.charAt(i) == ',') {
                if (column >= first && column < first + nt) {
                    try {
                        double v = Double.parseDouble(line.substring(start, i));
                        if (!Double.isFinite(v)) {
                            return null;
                        }
                        row[column - first] = v;
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                column++;
                start = i + 1;
            }
        }
        return column == cells ? row : null;
    }
}
