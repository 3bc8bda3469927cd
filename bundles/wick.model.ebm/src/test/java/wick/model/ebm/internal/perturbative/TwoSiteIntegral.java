package wick.model.ebm.internal.perturbative;

import java.util.function.DoubleUnaryOperator;

import org.ejml.data.DMatrixRMaj;

import wick.api.lattice.Lattice;
import wick.lattice.DenseOperators;

/**
 * The exact two-site φ⁴ expectations by quadrature: {@code ⟨φ_i φ_j⟩ = ∫ φ_i φ_j e^{−S} / ∫ e^{−S}},
 * {@code S = ½ φᵀ K_E φ + (vλ/4!) (φ_0⁴ + φ_1⁴)} (PHYSICS 2.2), on a uniform grid (the trapezoidal
 * rule, spectrally accurate for this entire, rapidly decaying integrand: with a step of a sixth of the
 * narrowest Gaussian width the aliasing error is below e^{-600}; the grid reaches 13 widths of the
 * widest direction).
 */
final class TwoSiteIntegral {
    /** Bound on the absolute round-off of a Taylor coefficient in units of h^k (quadrature ~1e-15, amplified by the interpolation). */
    static final double ROUNDOFF = 1e-12;
    /** Interpolation nodes λ = j·h, j = 0..NODES−1. */
    private static final int NODES = 7;

    private final double[][] k;
    private final double cell;
    private final double[] grid;

    TwoSiteIntegral(Lattice lattice, double m2) {
        if (lattice.volume() != 2) {
            throw new IllegalArgumentException("two sites only, got " + lattice);
        }
        DMatrixRMaj ke = DenseOperators.euclidean(lattice, m2);
        this.k = new double[][] {{ke.get(0, 0), ke.get(0, 1)}, {ke.get(1, 0), ke.get(1, 1)}};
        this.cell = lattice.cellVolume();
        double[] eig = DenseOperators.symmetricEigenvalues(ke);
        double narrowest = 1 / Math.sqrt(eig[eig.length - 1]);
        double widest = 1 / Math.sqrt(eig[0]);
        double step = narrowest / 6;
        int half = (int) Math.ceil(13 * widest / step);
        this.grid = new double[2 * half + 1];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (i - half) * step;
        }
    }

    /** {@code C(τ) = ⟨φ_τ φ_0⟩} for τ = 0, 1 (the zero-momentum correlator on D = 1, N_t = 2, by symmetry). */
    double[] correlator(double lambda) {
        double quartic = cell * lambda / 24;
        double z = 0;
        double s00 = 0;
        double s01 = 0;
        for (double x : grid) {
            double rz = 0;
            double r00 = 0;
            double r01 = 0;
            for (double y : grid) {
                double action = 0.5 * (k[0][0] * x * x + 2 * k[0][1] * x * y + k[1][1] * y * y) + quartic * (x * x * x * x + y * y * y * y);
                double w = Math.exp(-action);
                rz += w;
                r00 += w * 0.5 * (x * x + y * y);
                r01 += w * x * y;
            }
            z += rz;
            s00 += r00;
            s01 += r01;
        }
        return new double[] {s00 / z, s01 / z};
    }

    /**
     * The Taylor coefficients {@code f(0), f'(0), f''(0)/2} of {@code f} at λ = 0 from the
     * interpolating polynomial through λ = 0, h, ..., 6h (one-sided: the integral diverges for λ < 0);
     * error O(h^{7−k}) for the k-th coefficient.
     */
    double[] taylor(DoubleUnaryOperator f, double h) {
        double[][] a = new double[NODES][NODES + 1];
        for (int j = 0; j < NODES; j++) {
            double p = 1;
            for (int c = 0; c < NODES; c++, p *= j) {
                a[j][c] = p;
            }
            a[j][NODES] = f.applyAsDouble(j * h);
        }
        double[] coefficients = solve(a);
        return new double[] {coefficients[0], coefficients[1] / h, coefficients[2] / (h * h)};
    }

    /** Gaussian elimination with partial pivoting on the augmented matrix (modified). */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
