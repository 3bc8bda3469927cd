package wick.api.task;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** All measurements of a chain so far, column-wise, in chain order. */
@ProviderType
public interface Measurements {
    /** Number of measurements. */
    int count();

    /** The observable names. */
    List<String> names();

    /** The time series of one observable (a copy). */
    double[] column(String name);

    /** The sampler id that produced each measurement (the chain's sampler history, per row). */
    List<String> samplers();
}
