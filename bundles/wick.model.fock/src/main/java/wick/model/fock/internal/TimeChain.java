package wick.model.fock.internal;

import wick.api.lattice.Lattice;

/**
 * Reads a translation-invariant Gaussian precision symbol as a transfer matrix in time: for each
 * spatial momentum {@code p}, {@code K(j_t, p) = A_p + 2 B_p (1 − cos(2π j_t/N_t))} — nearest-neighbour
 * in the time direction (direction 0), as the free field's {@code v(k̂_t² + k̂_s² + m²)} is with
 * {@code A_p = v(k̂_s² + m²)}, {@code B_p = v/a_t²}. Then the time series of the spatial Fourier
 * component {@code p} (scaled as below) has precision {@code (1/N_s)·circ(K(·, p))}, i.e.
 * {@code c_p = B_p/N_s}, {@code μ_p² = A_p/B_p}, {@code ρ_p = e^{−Ê_p}}, {@code cosh Ê_p = 1 + μ_p²/2}
 * (PHYSICS 2.1).
 */
final class TimeChain {
    /** Relative tolerance of the nearest-neighbour check. */
    static final double STRUCTURE = 1e-10;

    private final int timeExtent;
    private final int spatialVolume;
    private final PeriodicBridge[] bridges;

    private TimeChain(int timeExtent, int spatialVolume, PeriodicBridge[] bridges) {
        this.timeExtent = timeExtent;
        this.spatialVolume = spatialVolume;
        this.bridges = bridges;
    }

    /** The chain of {@code symbol} on {@code lattice}, or {@code null} when the symbol is not of that form. */
    static TimeChain of(Lattice lattice, double[] symbol) {
        int nt = lattice.extent(0);
        int ns = lattice.volume() / nt;
        if (symbol.length != lattice.volume()) {
            return null;
        }
        double scale = 0;
        for (double k : symbol) {
            scale = Math.max(scale, Math.abs(k));
        }
        PeriodicBridge[] b = new PeriodicBridge[ns];
        for (int p = 0; p < ns; p++) {
            double a = symbol[p];
            if (!(a > 0)) {
                return null;
            }
            if (nt == 1) {
                b[p] = new PeriodicBridge(1, 1, a / ns);
                continue;
            }
            double hop = (symbol[ns + p] - a) / (2 * (1 - Math.cos(2 * Math.PI / nt)));
            if (!(hop > 0)) {
                return null;
            }
            for (int j = 0; j < nt; j++) {
                double model = a + 2 * hop * (1 - Math.cos(2 * Math.PI * j / nt));
                if (Math.abs(symbol[j * ns + p] - model) > STRUCTURE * scale) {
                    return null;
                }
            }
            b[p] = new PeriodicBridge(nt, hop / ns, a / hop);
        }
        return new TimeChain(nt, ns, b);
    }

    int timeExtent() {
        return timeExtent;
    }

    int spatialVolume() {
        return spatialVolume;
    }

    /** The bridge of spatial momentum {@code p} (its samples have covariance {@code N_s G_p(Δ)}). */
    PeriodicBridge bridge(int p) {
        return bridges[p];
    }
}
