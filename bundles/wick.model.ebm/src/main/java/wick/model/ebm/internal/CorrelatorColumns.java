package wick.model.ebm.internal;

import java.util.List;

import wick.api.lattice.Lattice;
import wick.api.result.SeriesResult;
import wick.api.task.Measurements;
import wick.lattice.ZeroMomentumCorrelator;
import wick.stats.GammaEstimate;

/**
 * The zero-momentum correlator as measurement columns {@code C0 .. C{N_t−1}} (PHYSICS 2.1), shared by
 * the chain tasks: column names, the per-configuration estimator (buffers preallocated), and the
 * series with Γ-method errors.
 */
final class CorrelatorColumns {
    private final ZeroMomentumCorrelator correlator;
    private final double[] buffer;

    CorrelatorColumns(Lattice lattice) {
        this.correlator = new ZeroMomentumCorrelator(lattice);
        this.buffer = new double[lattice.extent(0)];
    }

    /** Appends {@code C0 .. C{N_t−1}} to {@code names} (modified). */
    static void addNames(Lattice lattice, List<String> names) {
        for (int t = 0; t < lattice.extent(0); t++) {
            names.add("C" + t);
        }
    }

    /** Measures C(τ) of {@code field} into {@code out[from .. from+N_t−1]} (out modified). */
    void measure(double[] field, double[] out, int from) {
        correlator.measure(field, buffer);
        System.arraycopy(buffer, 0, out, from, buffer.length);
    }

    /** The mean C(τ) with Γ-method errors (jackknife where the Γ-method cannot apply). */
    static SeriesResult analyse(Measurements m, int nt) {
        double[] c = new double[nt];
        double[] dc = new double[nt];
        for (int t = 0; t < nt; t++) {
            GammaEstimate e = Estimates.primary(m.column("C" + t));
            c[t] = e.mean();
            dc[t] = e.error();
        }
        return SeriesResult.indexed(c, dc, "tau", "C");
    }
}
