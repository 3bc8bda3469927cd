package wick.lattice;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;

/**
 * Fourier symbols of the quadratic actions (PHYSICS section 1).
 *
 * <p>Each symbol is a new {@code double[V]} in field layout indexed by the momentum integers: entry
 * {@code i} with coordinates {@code (j_0, ..., j_{D−1})} (see {@link Lattice#coordinates}) is the
 * eigenvalue of the operator on the plane wave {@code e^{i k·x}}, {@code k_μ = 2π j_μ/(N_μ a_μ)}.
 * This is the layout of {@link ComplexFft#forward}'s output.
 */
public final class Symbols {
    private Symbols() {
    }

    /**
     * The Euclidean symbol {@code (K_E)_k = v (Σ_μ k̂_μ² + m²)} with {@code v} the cell volume
     * (PHYSICS section 1). Any finite {@code m2} is accepted here; positivity is required only where
     * the symbol is a precision ({@link FreeField}).
     *
     * @throws ParameterException naming {@code m2} when it is not finite
     */
    public static double[] euclidean(Lattice lattice, double m2) {
        return symbol(lattice, m2, false);
    }

    /**
     * The Lorentzian symbol {@code (K_M)_k = v (ω̂² − Σ_{i≥1} k̂_i² − m²)} with {@code ω̂ = k̂_0}
     * (direction 0 is time; PHYSICS section 1).
     *
     * @throws ParameterException naming {@code m2} when it is not finite
     */
    public static double[] minkowski(Lattice lattice, double m2) {
        return symbol(lattice, m2, true);
    }

    private static double[] symbol(Lattice lattice, double m2, boolean lorentzian) {
        checkFinite(m2);
        int d = lattice.dimension();
        double[][] k2 = new double[d][];
        for (int mu = 0; mu < d; mu++) {
            k2[mu] = Momenta.hatK2(lattice, mu);
        }
        double v = lattice.cellVolume();
        int volume = lattice.volume();
        double[] out = new double[volume];
        for (int i = 0; i < volume; i++) {
            double s = k2[0][(i / lattice.stride(0)) % lattice.extent(0)];
            for (int mu = 1; mu < d; mu++) {
                double k = k2[mu][(i / lattice.stride(mu)) % lattice.extent(mu)];
                s = lorentzian ? s - k : s + k;
            }
            out[i] = v * (lorentzian ? s - m2 : s + m2);
        }
        return out;
    }

    static void checkFinite(double m2) {
        if (!Double.isFinite(m2)) {
            throw new ParameterException("m2", String.valueOf(m2), "a finite number");
        }
    }
}
