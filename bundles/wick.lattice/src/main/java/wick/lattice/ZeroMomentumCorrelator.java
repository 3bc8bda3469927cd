package wick.lattice;

import wick.api.lattice.Lattice;

/**
 * The zero-momentum correlator estimator of PHYSICS section 2.1 on one configuration:
 * {@code C(τ) = a_s^{D−1} N_s (1/N_t) Σ_t φ̄(t+τ) φ̄(t)}, {@code τ = 0..N_t−1}, with the slice
 * average {@code φ̄(t) = (1/N_s) Σ_x φ(t,x)}, {@code N_s = V/N_t}, {@code a_s^{D−1}} the spatial cell
 * volume and periodic {@code t+τ}. Its expectation in the free field is {@link FreeField#correlator()}.
 *
 * <p>The slice averages go into a buffer allocated once; {@link #measure} allocates nothing and
 * costs {@code O(V + N_t²)}. Not thread-safe: use one instance per chain.
 */
public final class ZeroMomentumCorrelator {
    private final Lattice lattice;
    private final int nt;
    private final int ns;
    private final double prefactor;
    private final double[] slice;

    /** Allocates the slice-average buffer ({@code N_t} doubles) for {@code lattice}. */
    public ZeroMomentumCorrelator(Lattice lattice) {
        this.lattice = lattice;
        this.nt = lattice.extent(0);
        this.ns = lattice.spatialVolume();
        this.prefactor = lattice.spatialCellVolume() * ns / nt;
        this.slice = new double[nt];
    }

    /** The lattice. */
    public Lattice lattice() {
        return lattice;
    }

    /**
     * Measures {@code C(τ)} on one configuration.
     *
     * @param field the configuration (length {@code V}), not modified
     * @param out   overwritten with {@code C(0..N_t−1)} (length {@code N_t})
     * @throws IllegalArgumentException when a length is wrong
     */
    public void measure(double[] field, double[] out) {
        if (field.length != lattice.volume() || out.length != nt) {
            throw new IllegalArgumentException("on lattice " + lattice.extentsString() + " the field needs length V = " + lattice.volume()
                    + " and out length N_t = " + nt + ", got " + field.length + " and " + out.length);
        }
        // rows of the row-major field are time slices: slice t is field[t*ns .. (t+1)*ns)
        for (int t = 0, i = 0; t < nt; t++) {
            double s = 0;
            for (int x = 0; x < ns; x++, i++) {
                s += field[i];
            }
            slice[t] = s / ns;
        }
        for (int tau = 0; tau < nt; tau++) {
            double s = 0;
            int wrap = nt - tau;
            for (int t = 0; t < wrap; t++) {
                s += slice[t + tau] * slice[t];
            }
            for (int t = wrap; t < nt; t++) {
                s += slice[t + tau - nt] * slice[t];
            }
            out[tau] = prefactor * s;
        }
    }
}
