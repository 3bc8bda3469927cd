package wick.sampler.gaussian.internal;

import org.ejml.data.DMatrixRMaj;

import wick.api.lattice.Lattice;
import wick.api.model.GaussianConditionalTarget;
import wick.api.model.GaussianSymbolTarget;
import wick.lattice.DenseOperators;
import wick.lattice.FreeField;
import wick.lattice.Symbols;

/**
 * A minimal free-field target for sampler tests, independent of the model bundles: the symbol is
 * {@link Symbols#euclidean} and the single-site conditionals come straight from the rows of the
 * dense {@code K_E} ({@link DenseOperators#euclidean}):
 * {@code μ_n = −Σ_{m≠n} K_nm φ_m / K_nn} (PHYSICS 1, 2.1). Small lattices only.
 */
final class DenseGaussianTarget implements GaussianSymbolTarget, GaussianConditionalTarget {
    private final Lattice lattice;
    private final double m2;
    private final double[] symbol;
    private final double[][] k;

    DenseGaussianTarget(Lattice lattice, double m2) {
        this.lattice = lattice;
        this.m2 = m2;
        this.symbol = Symbols.euclidean(lattice, m2);
        DMatrixRMaj dense = DenseOperators.euclidean(lattice, m2);
        int v = lattice.volume();
        this.k = new double[v][v];
        for (int n = 0; n < v; n++) {
            for (int m = 0; m < v; m++) {
                k[n][m] = dense.get(n, m);
            }
        }
    }

    /** The exact covariance {@code K_E⁻¹} (dense). */
    DMatrixRMaj covariance() {
        return new FreeField(lattice, m2).propagatorDense();
    }

    @Override
    public Lattice lattice() {
        return lattice;
    }

    @Override
    public String describe() {
        return "dense test Gaussian, m2 = " + m2 + ", lattice " + lattice.extentsString();
    }

    @Override
    public double[] precisionSymbol() {
        return symbol;
    }

    @Override
    public double diagonalPrecision(int site) {
        return k[site][site];
    }

    @Override
    public double conditionalMean(double[] field, int site) {
        double[] row = k[site];
        double s = 0;
        for (int m = 0; m < row.length; m++) {
            if (m != site) {
                s += row[m] * field[m];
            }
        }
        return -s / row[site];
    }
}
