package wick.ui.internal.charts;

import java.util.Map;

import org.jfree.chart.JFreeChart;

import wick.api.result.Result;

/**
 * Draws one kind of result as a chart. A factory is keyed by a predicate on the result's name and
 * kind (and, for plots that combine results, on the other results of the run), so a new plot (an
 * effective-mass plateau, a Fock-state histogram, a log-log scaling fit) is one more factory in
 * {@link ChartRegistry}, ahead of the generic ones. {@link #create} is a pure function.
 */
public interface ChartFactory {

    /** Whether this factory draws the result called {@code name}; {@code all} holds every result of the run. */
    boolean accepts(String name, Result result, Map<String, Result> all);

    /** The chart (a fresh object, not shared). */
    JFreeChart create(String name, Result result, Map<String, Result> all);

    /** The name of the plot this factory makes from the result {@code name} (the plot's component name ends with it). */
    default String plotName(String name) {
        return name;
    }

    /** The CSV exported with the plot; by default the result's own {@link Result#toCsv()}. */
    default String csv(String name, Result result, Map<String, Result> all) {
        return result.toCsv();
    }

    /**
     * Whether the plot is an extra one: the registry then also asks the following factories, so the
     * result keeps its own plot (e.g. the eigenvalue flow in the complex plane, made from the real
     * part's field, besides the heat map of that field).
     */
    default boolean additional() {
        return false;
    }
}
