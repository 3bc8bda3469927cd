package wick.model.fock.internal;

/**
 * Eigenvalues in ascending order with their orthonormal eigenvectors ({@code vectors[i]} belongs to
 * {@code values[i]}).
 *
 * @param values  ascending
 * @param vectors one real vector per value
 */
record Eigenpairs(double[] values, double[][] vectors) {
    int count() {
        return values.length;
    }
}
