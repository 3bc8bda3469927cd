package wick.analysis.critical.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;

/**
 * What a finished chain reported: its results (as {@code phi4.sample} names them) and, when
 * available, the time series of its measured columns ({@code M2}, {@code M4}, {@code phi2},
 * {@code C0}, ...), in chain order.
 */
final class ChainOutcome {
    private final String name;
    private final Map<String, Result> results;
    private final Function<String, double[]> columns;
    private final Path directory;

    /**
     * @param name      the chain's name (for messages)
     * @param results   its results (copied)
     * @param columns   a column by name (a fresh array), or {@code null} for an unknown column; may be
     *                  {@code null} when the chain's measurements are not available
     * @param directory the chain's run directory, or {@code null}
     */
    ChainOutcome(String name, Map<String, Result> results, Function<String, double[]> columns, Path directory) {
        this.name = name;
        this.results = new LinkedHashMap<>(results);
        this.columns = columns;
        this.directory = directory;
    }

    String name() {
        return name;
    }

    Map<String, Result> results() {
        return java.util.Collections.unmodifiableMap(results);
    }

    Path directory() {
        return directory;
    }

    /** A scalar result. @throws IllegalStateException when the chain did not report it */
    ScalarResult scalar(String result) {
        if (results.get(result) instanceof ScalarResult s) {
            return s;
        }
        throw missing(result, "scalar");
    }

    /** A series result. @throws IllegalStateException when the chain did not report it */
    SeriesResult series(String result) {
        if (results.get(result) instanceof SeriesResult s) {
            return s;
        }
        throw missing(result, "series");
    }

    /** The time series of a measured column, if the measurements are available and hold it. */
    Optional<double[]> column(String column) {
        return columns == null ? Optional.empty() : Optional.ofNullable(columns.apply(column));
    }

    private IllegalStateException missing(String result, String kind) {
        return new IllegalStateException("chain " + name + (directory == null ? "" : " (" + directory + ")")
                + " reported no " + kind + " result '" + result + "'; it has " + results.keySet());
    }
}
