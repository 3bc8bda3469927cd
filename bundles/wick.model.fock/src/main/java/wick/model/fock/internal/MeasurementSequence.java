package wick.model.fock.internal;

import java.util.function.Consumer;

import wick.api.random.RandomStream;

/**
 * A measurement sequence (PHYSICS 3, the analogue of generating tokens): at times
 * {@code t_1 < t_2 < …} evolve the state on, draw an outcome {@code λ_i} with probability
 * {@code ‖P_i h‖²} from the stream, collapse {@code h → P_i h/‖P_i h‖}, and report the outcome with
 * the probability table it was drawn from. Seeded through the stream: the same seed gives the same
 * outcomes.
 */
final class MeasurementSequence {
    /**
     * One measurement.
     *
     * @param step          0-based index
     * @param time          the time of the measurement
     * @param outcome       index of the drawn group
     * @param probabilities the table {@code p_i} the outcome was drawn from
     */
    record Step(int step, double time, int outcome, double[] probabilities) {
    }

    private final Propagator propagator;
    private final Measurable observable;

    MeasurementSequence(Propagator propagator, Measurable observable) {
        this.propagator = propagator;
        this.observable = observable;
    }

    /**
     * Runs the sequence.
     *
     * @param state start state at time 0 (unit norm); modified (the final collapsed state)
     * @param times ascending, ≥ 0
     * @param sink  receives every step as it happens
     */
    void run(double[] state, double[] times, RandomStream random, Consumer<Step> sink) {
        double now = 0;
        int groups = observable.eigenvalues().length;
        for (int i = 0; i < times.length; i++) {
            propagator.advance(state, times[i] - now);
            now = times[i];
            double[] p = new double[groups];
            observable.probabilities(state, p);
            int g = draw(p, random);
            observable.collapse(state, g);
            sink.accept(new Step(i, now, g, p));
        }
    }

    /** Draws index {@code i} with probability {@code p_i / Σ p} (inverse CDF of one uniform). */
    static int draw(double[] p, RandomStream random) {
        double total = 0;
        for (double x : p) {
            total += x;
        }
        double u = random.nextDouble() * total;
        double c = 0;
        int last = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                c += p[i];
                last = i;
                if (u < c) {
                    return i;
                }
            }
        }
        return last;
    }
}
