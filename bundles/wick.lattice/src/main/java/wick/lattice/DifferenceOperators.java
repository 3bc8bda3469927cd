package wick.lattice;

import wick.api.lattice.Lattice;

/**
 * Matrix-free lattice difference operators (PHYSICS sections 0 and 1) on fields in field layout.
 * They use the lattice's neighbour tables, allocate nothing, and write only {@code out};
 * {@code in} and {@code out} must be distinct arrays of length {@code V}.
 */
public final class DifferenceOperators {
    private DifferenceOperators() {
    }

    /**
     * Forward difference {@code out_n = (Δ_μ in)_n = (in_{n+μ̂} − in_n)/a_μ} (PHYSICS section 0).
     *
     * @param in  the field, not modified
     * @param out overwritten with the result
     * @throws IllegalArgumentException when the lengths differ from {@code V} or {@code in == out}
     */
    public static void forward(Lattice l, int mu, double[] in, double[] out) {
        Momenta.checkDirection(l, mu);
        check(l, in, out);
        int[] up = l.up(mu);
        double inv = 1.0 / l.spacing(mu);
        for (int n = 0; n < in.length; n++) {
            out[n] = (in[up[n]] - in[n]) * inv;
        }
    }

    /**
     * Backward difference {@code out_n = (in_n − in_{n−μ̂})/a_μ}, which is {@code −Δ_μᵀ}
     * (PHYSICS section 0).
     *
     * @param in  the field, not modified
     * @param out overwritten with the result
     * @throws IllegalArgumentException when the lengths differ from {@code V} or {@code in == out}
     */
    public static void backward(Lattice l, int mu, double[] in, double[] out) {
        Momenta.checkDirection(l, mu);
        check(l, in, out);
        int[] down = l.down(mu);
        double inv = 1.0 / l.spacing(mu);
        for (int n = 0; n < in.length; n++) {
            out[n] = (in[n] - in[down[n]]) * inv;
        }
    }

    /**
     * {@code out = K_E in} with {@code K_E = v (Σ_μ Δ_μᵀΔ_μ + m² I)} (PHYSICS section 1):
     * {@code out_n = v [Σ_μ (2 in_n − in_{n+μ̂} − in_{n−μ̂})/a_μ² + m² in_n]}.
     *
     * @param in  the field, not modified
     * @param out overwritten with the result
     * @throws IllegalArgumentException when the lengths differ from {@code V} or {@code in == out}
     */
    public static void applyEuclidean(Lattice l, double m2, double[] in, double[] out) {
        check(l, in, out);
        Symbols.checkFinite(m2);
        double cell = l.cellVolume();
        int d = l.dimension();
        int volume = in.length;
        double mass = cell * m2;
        for (int n = 0; n < volume; n++) {
            out[n] = mass * in[n];
        }
        for (int mu = 0; mu < d; mu++) {
            int[] up = l.up(mu);
            int[] down = l.down(mu);
            double a = l.spacing(mu);
            double c = cell / (a * a);
            for (int n = 0; n < volume; n++) {
                out[n] += c * (2 * in[n] - in[up[n]] - in[down[n]]);
            }
        }
    }

    static void check(Lattice l, double[] in, double[] out) {
        int v = l.volume();
        if (in.length != v || out.length != v) {
            throw new IllegalArgumentException("fields on lattice " + l.extentsString() + " need length V = " + v
                    + ", got in.length = " + in.length + ", out.length = " + out.length);
        }
        if (in == out) {
            throw new IllegalArgumentException("in and out must be different arrays (the operator reads neighbours of sites it has already written)");
        }
    }
}
