package wick.analysis.critical.internal;

/**
 * The measured Binder cumulants: {@code u[l][i] ± error[l][i]} of size {@code sizes[l]} at
 * {@code m2[i]}, and optionally each chain's time series of {@code M²}, {@code M⁴} and
 * {@code φ² = Σφ²/V} (for reweighting; {@code null} where not available).
 *
 * @param sizes      the lattice sizes L (ascending)
 * @param m2         the grid (ascending)
 * @param u          the cumulants
 * @param error      their standard errors
 * @param series     {@code series[l][i]} = {M2, M4, phi2} time series, or {@code null}
 * @param cellVolume the cell volume v of the lattices (1 at unit spacing)
 */
record BinderGrid(int[] sizes, double[] m2, double[][] u, double[][] error, double[][][][] series, double cellVolume) {

    /** Number of sizes. */
    int sizeCount() {
        return sizes.length;
    }

    /** The volume {@code L^2} of size index {@code l}. */
    int volume(int l) {
        return sizes[l] * sizes[l];
    }

    /** The chain of size {@code l} at grid point {@code i} as a reweighting source, or {@code null}. */
    ReweightedBinder reweighting(int l, int i) {
        double[][] s = series == null ? null : series[l][i];
        return s == null ? null : new ReweightedBinder(m2[i], cellVolume * volume(l), s[0], s[1], s[2]);
    }

    /** The key naming chain (l, i) in jackknife bookkeeping. */
    String chain(int l, int i) {
        return "L" + sizes[l] + "/point" + i;
    }
}
