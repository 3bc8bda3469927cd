package wick.lattice;

import wick.api.lattice.Lattice;

/**
 * Lattice momenta of one direction (PHYSICS section 0).
 *
 * <p>Direction μ carries the momenta {@code k_μ = 2π j / (N_μ a_μ)}, {@code j = 0..N_μ−1}, so that
 * {@code k_μ a_μ = 2π j / N_μ}. Both tables are computed from the folded integer
 * {@code j' = min(j, N_μ − j)}, which makes the reflection {@code j → N_μ − j} (that is
 * {@code k → −k}) exact in floating point: {@code hatK2} is exactly even and {@code sinK} exactly odd,
 * so symbols built from them are exactly Hermitian-symmetric.
 */
public final class Momenta {
    private Momenta() {
    }

    /**
     * The squared lattice momentum {@code k̂_μ² = (4/a_μ²) sin²(π j/N_μ)}, {@code j = 0..N_μ−1}: the
     * eigenvalues of {@code Δ_μᵀΔ_μ} (PHYSICS section 0).
     *
     * @return a new array of length {@code N_μ}, indexed by the momentum integer {@code j}
     */
    public static double[] hatK2(Lattice lattice, int mu) {
        checkDirection(lattice, mu);
        int n = lattice.extent(mu);
        double a = lattice.spacing(mu);
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            int folded = Math.min(j, n - j);
            double s = Math.sin(Math.PI * folded / n);
            out[j] = 4.0 * s * s / (a * a);
        }
        return out;
    }

    /**
     * The symmetric-difference momentum {@code ŝ_μ = sin(k_μ a_μ)/a_μ = sin(2π j/N_μ)/a_μ},
     * {@code j = 0..N_μ−1} (PHYSICS section 0); exactly zero at {@code j = 0} and {@code j = N_μ/2}.
     *
     * @return a new array of length {@code N_μ}, indexed by the momentum integer {@code j}
     */
    public static double[] sinK(Lattice lattice, int mu) {
        checkDirection(lattice, mu);
        int n = lattice.extent(mu);
        double a = lattice.spacing(mu);
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            int folded = Math.min(j, n - j);
            if (2 * folded == n) {
                out[j] = 0.0;
                continue;
            }
            double s = Math.sin(2.0 * Math.PI * folded / n) / a;
            out[j] = j <= n - j ? s : -s;
        }
        return out;
    }

    static void checkDirection(Lattice lattice, int mu) {
        if (mu < 0 || mu >= lattice.dimension()) {
            throw new IllegalArgumentException("direction mu = " + mu + " is outside 0.." + (lattice.dimension() - 1)
                    + " for the " + lattice.dimension() + "-dimensional lattice " + lattice.extentsString());
        }
    }
}
