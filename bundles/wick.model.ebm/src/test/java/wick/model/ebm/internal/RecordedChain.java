package wick.model.ebm.internal;

import java.util.ArrayList;
import java.util.List;

import wick.api.model.Target;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.task.Measurements;
import wick.api.task.Observables;

/**
 * A chain driven by hand, the way the engine's chain run does it (sweep, count, end thermalisation,
 * measure every {@code interval} sweeps after it), recording rows and the sampler of each row.
 */
final class RecordedChain implements Measurements {
    private final Observables observables;
    private final double[] field;
    private final RandomStream random;
    private final List<double[]> rows = new ArrayList<>();
    private final List<String> samplers = new ArrayList<>();

    /** A chain starting at φ = 0 on the target's lattice with the stream of {@code seed}. */
    RecordedChain(Target target, Observables observables, long seed) {
        this.observables = observables;
        this.field = new double[target.lattice().volume()];
        this.random = RandomStream.of(seed);
    }

    /** Runs {@code move} (sampler {@code id}) on the current field and stream and appends {@code samples} rows. */
    RecordedChain run(String id, Move move, int thermalization, int samples, int interval) {
        int sweep = 0;
        if (thermalization == 0) {
            move.endThermalization();
        }
        int measured = 0;
        while (measured < samples) {
            move.sweep(field, random);
            sweep++;
            if (sweep == thermalization) {
                move.endThermalization();
            }
            if (sweep > thermalization && (sweep - thermalization) % interval == 0) {
                double[] row = new double[observables.names().size()];
                observables.measure(field, row);
                rows.add(row);
                samplers.add(id);
                measured++;
            }
        }
        return this;
    }

    @Override
    public int count() {
        return rows.size();
    }

    @Override
    public List<String> names() {
        return observables.names();
    }

    @Override
    public double[] column(String name) {
        int j = observables.names().indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no observable " + name + " in " + observables.names());
        }
        double[] c = new double[rows.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = rows.get(i)[j];
        }
        return c;
    }

    @Override
    public List<String> samplers() {
        return List.copyOf(samplers);
    }
}
