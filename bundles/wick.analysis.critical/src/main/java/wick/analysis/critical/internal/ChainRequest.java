package wick.analysis.critical.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One chain of {@value ChainRunner#PHI4_SAMPLE} to run.
 *
 * @param name       a relative path naming the chain; the sub-directory of the calling run
 * @param parameters the raw task parameters of {@value ChainRunner#PHI4_SAMPLE} (copied)
 * @param sampler    the sampler id
 * @param seed       the chain's seed
 */
record ChainRequest(String name, Map<String, String> parameters, String sampler, long seed) {

    ChainRequest {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * How long a chain runs.
     *
     * @param samples        measurements
     * @param thermalization sweeps discarded first
     * @param interval       sweeps between two measurements
     */
    record Schedule(int samples, int thermalization, int interval) {
        /** From the task parameters {@code samples}, {@code thermalization} and {@code interval}. */
        static Schedule of(wick.api.param.Parameters p) {
            return new Schedule(p.integer("samples"), p.integer("thermalization"), p.integer("interval"));
        }
    }

    /**
     * A φ⁴ chain on a D = 2 lattice {@code n × n} with spacing {@code a} (PHYSICS 2.2), no source.
     */
    static ChainRequest phi4(String name, int n, double a, double m2, double lambda, Schedule schedule, String sampler,
            long seed) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lattice", n + "x" + n);
        p.put("spacing", Double.toString(a));
        p.put("m2", Double.toString(m2));
        p.put("lambda", Double.toString(lambda));
        p.put("samples", Integer.toString(schedule.samples()));
        p.put("thermalization", Integer.toString(schedule.thermalization()));
        p.put("interval", Integer.toString(schedule.interval()));
        return new ChainRequest(name, p, sampler, seed);
    }

    /** The seed of sub-run {@code key} of a run whose random stream is {@code random} (non-negative). */
    static long seed(wick.api.random.RandomStream random, long key) {
        return random.child(key).key() & Long.MAX_VALUE;
    }
}
