package wick.lattice;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import wick.api.lattice.Lattice;

/**
 * The lattice operators of PHYSICS sections 0 and 1 as dense {@code V×V} EJML matrices, for small
 * lattices (checks, the talk's 4×4 example, exact spectra). Rows and columns are flat site indices
 * in field layout. Every method returns a new matrix.
 *
 * <p>Dense matrices cost {@code 8V²} bytes and their decompositions {@code O(V³)}; lattices with more
 * than {@link #MAX_VOLUME} sites are rejected. Use {@link DifferenceOperators} and {@link Symbols}
 * (matrix-free, FFT-diagonal) for larger lattices.
 */
public final class DenseOperators {
    /** Largest volume for which dense matrices are built. */
    public static final int MAX_VOLUME = 4096;

    private DenseOperators() {
    }

    /**
     * The periodic shift {@code S_μ}, {@code (S_μφ)_n = φ_{n+μ̂}}: row {@code n} has a single 1 in
     * column {@code n + μ̂} (PHYSICS section 0). For {@code N_μ = 1} it is the identity.
     */
    public static DMatrixRMaj shift(Lattice lattice, int mu) {
        Momenta.checkDirection(lattice, mu);
        int v = checkedVolume(lattice);
        int[] up = lattice.up(mu);
        DMatrixRMaj s = new DMatrixRMaj(v, v);
        for (int n = 0; n < v; n++) {
            s.unsafe_set(n, up[n], 1.0);
        }
        return s;
    }

    /**
     * The forward difference {@code Δ_μ = (S_μ − I)/a_μ}, {@code (Δ_μφ)_n = (φ_{n+μ̂} − φ_n)/a_μ}
     * (PHYSICS section 0). For {@code N = 4}, {@code a = 1} this is the talk's circulant matrix:
     * −1 on the diagonal, +1 above it and in the bottom-left corner.
     */
    public static DMatrixRMaj forwardDifference(Lattice lattice, int mu) {
        Momenta.checkDirection(lattice, mu);
        int v = checkedVolume(lattice);
        int[] up = lattice.up(mu);
        double inv = 1.0 / lattice.spacing(mu);
        DMatrixRMaj d = new DMatrixRMaj(v, v);
        for (int n = 0; n < v; n++) {
            d.unsafe_set(n, up[n], d.unsafe_get(n, up[n]) + inv);
            d.unsafe_set(n, n, d.unsafe_get(n, n) - inv);
        }
        return d;
    }

    /**
     * The Euclidean kinetic matrix {@code K_E = v (Σ_μ Δ_μᵀΔ_μ + m² I)} (PHYSICS section 1), so that
     * {@code S_E = ½ φᵀK_Eφ}. Built from the stencil {@code Δ_μᵀΔ_μ = (2I − S_μ − S_μᵀ)/a_μ²}
     * (exact for every {@code N_μ ≥ 1}); its eigenvalues are {@link Symbols#euclidean}.
     */
    public static DMatrixRMaj euclidean(Lattice lattice, double m2) {
        return kinetic(lattice, m2, false);
    }

    /**
     * The Lorentzian kinetic matrix {@code K_M = v (Δ_0ᵀΔ_0 − Σ_{i≥1} Δ_iᵀΔ_i − m² I)} (PHYSICS
     * section 1; direction 0 is time); its eigenvalues are {@link Symbols#minkowski}.
     */
    public static DMatrixRMaj minkowski(Lattice lattice, double m2) {
        return kinetic(lattice, m2, true);
    }

    /**
     * The eigenvalues of a real symmetric matrix, sorted ascending (EJML's symmetric QR algorithm).
     * {@code symmetric} is not modified.
     *
     * @throws IllegalArgumentException when the matrix is not square, not symmetric (to
     *                                  {@code 1e-12 · max|a_ij|}), or the decomposition fails
     */
    public static double[] symmetricEigenvalues(DMatrixRMaj symmetric) {
        int n = symmetric.getNumRows();
        if (n != symmetric.getNumCols()) {
            throw new IllegalArgumentException("symmetricEigenvalues needs a square matrix, got "
                    + n + "×" + symmetric.getNumCols());
        }
        double max = 0;
        for (int i = 0; i < symmetric.getNumElements(); i++) {
            max = Math.max(max, Math.abs(symmetric.get(i)));
        }
        if (!MatrixFeatures_DDRM.isSymmetric(symmetric, 1e-12 * max)) {
            throw new IllegalArgumentException("symmetricEigenvalues needs a symmetric matrix (|a_ij − a_ji| ≤ 1e-12 · max|a_ij|)");
        }
        if (n == 0) {
            return new double[0];
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(symmetric.copy())) {
            throw new IllegalArgumentException("the symmetric eigenvalue decomposition of a " + n + "×" + n + " matrix did not converge");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(out);
        return out;
    }

    private static DMatrixRMaj kinetic(Lattice lattice, double m2, boolean lorentzian) {
        Symbols.checkFinite(m2);
        int v = checkedVolume(lattice);
        double cell = lattice.cellVolume();
        DMatrixRMaj k = new DMatrixRMaj(v, v);
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            double a = lattice.spacing(mu);
            double c = cell / (a * a);
            if (lorentzian && mu > 0) {
                c = -c;
            }
            int[] up = lattice.up(mu);
            int[] down = lattice.down(mu);
            for (int n = 0; n < v; n++) {
                k.unsafe_set(n, n, k.unsafe_get(n, n) + 2 * c);
                k.unsafe_set(n, up[n], k.unsafe_get(n, up[n]) - c);
                k.unsafe_set(n, down[n], k.unsafe_get(n, down[n]) - c);
            }
        }
        double mass = lorentzian ? -cell * m2 : cell * m2;
        for (int n = 0; n < v; n++) {
            k.unsafe_set(n, n, k.unsafe_get(n, n) + mass);
        }
        return k;
    }

    /** The volume, after checking it is at most {@link #MAX_VOLUME}. */
    static int checkedVolume(Lattice lattice) {
        int v = lattice.volume();
        if (v > MAX_VOLUME) {
            throw new IllegalArgumentException("dense operators are limited to V ≤ " + MAX_VOLUME + " sites (a V×V matrix has V² entries); lattice "
                    + lattice.extentsString() + " has V = " + v + ": use the FFT/symbol or matrix-free methods instead");
        }
        return v;
    }
}
