package wick.api.task;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** The primary observables measured on each configuration of a chain (columns of {@code measurements.csv}). */
@ConsumerType
public interface Observables {
    /** Column names, e.g. {@code phi2, C0, C1, ...}. */
    List<String> names();

    /**
     * Measures one configuration.
     *
     * @param field the configuration (not modified)
     * @param out   receives {@code names().size()} values (modified)
     */
    void measure(double[] field, double[] out);
}
