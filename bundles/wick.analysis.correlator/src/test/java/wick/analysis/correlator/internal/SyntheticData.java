package wick.analysis.correlator.internal;

import java.util.function.IntToDoubleFunction;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import wick.api.random.RandomStream;

/**
 * Synthetic correlator measurements with a known covariance: N vectors from N(f, Σ) with
 * {@code Σ_ij = σ_i σ_j ρ^{|i−j|}}, drawn through the Cholesky factor of Σ.
 */
final class SyntheticData {
    private SyntheticData() {
    }

    /** {@code columns[τ][i]}. */
    static double[][] draw(IntToDoubleFunction mean, IntToDoubleFunction sigma, double rho, int nt, int n, long seed) {
        double[][] cov = new double[nt][nt];
        for (int i = 0; i < nt; i++) {
            for (int j = 0; j < nt; j++) {
                cov[i][j] = sigma.applyAsDouble(i) * sigma.applyAsDouble(j) * Math.pow(rho, Math.abs(i - j));
            }
        }
        RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(cov)).getL();
        RandomStream random = RandomStream.of(seed);
        double[][] columns = new double[nt][n];
        double[] xi = new double[nt];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < nt; t++) {
                xi[t] = random.nextGaussian();
            }
            for (int t = 0; t < nt; t++) {
                double x = mean.applyAsDouble(t);
                for (int k = 0; k <= t; k++) {
                    x += l.getEntry(t, k) * xi[k];
                }
                columns[t][i] = x;
            }
        }
        return columns;
    }
}
