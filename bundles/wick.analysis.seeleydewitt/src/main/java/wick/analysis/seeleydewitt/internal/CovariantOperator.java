package wick.analysis.seeleydewitt.internal;

import org.ejml.data.DMatrixRMaj;

import wick.analysis.heatkernel.Background;
import wick.analysis.heatkernel.LatticeOperator;
import wick.analysis.heatkernel.SymmetricOperator;
import wick.api.lattice.Lattice;
import wick.model.gravity.StressOption;

/**
 * The covariant operator of PHYSICS 5: {@code L = K[σ]/v ≈ √g(−□_g + m²)}, {@code W = diag(√g)},
 * {@code K̃ = W^{−1/2} L W^{−1/2}} (similar to {@code W^{−1}L = −□_g + m²}), with
 * {@code √g = √det(I + 2σ)} per site. Matrix-free apply holds work arrays: not thread-safe.
 */
final class CovariantOperator implements SymmetricOperator {
    private final Lattice lattice;
    private final LatticeOperator k;
    private final double[] sqrtG;
    private final double[] scale;
    private final double[] work;
    private final double[] work2;
    private final double m2;

    CovariantOperator(Background background, double m2, StressOption option) {
        this.lattice = background.lattice();
        this.m2 = m2;
        this.k = LatticeOperator.sigma(lattice, m2, option, background.sigma());
        this.sqrtG = background.sqrtG();
        double cell = lattice.cellVolume();
        this.scale = new double[sqrtG.length];
        for (int n = 0; n < scale.length; n++) {
            scale[n] = 1 / Math.sqrt(sqrtG[n] * cell);
        }
        this.work = new double[sqrtG.length];
        this.work2 = new double[sqrtG.length];
    }

    Lattice lattice() {
        return lattice;
    }

    double m2() {
        return m2;
    }

    int size() {
        return sqrtG.length;
    }

    /** √g per site (shared: do not modify). */
    double[] sqrtG() {
        return sqrtG;
    }

    /** {@code out = K̃ in = W^{−1/2} (K[σ]/v) W^{−1/2} in}. */
    @Override
    public void apply(double[] in, double[] out) {
        for (int n = 0; n < in.length; n++) {
            work[n] = in[n] * scale[n];
        }
        k.apply(work, work2);
        for (int n = 0; n < in.length; n++) {
            out[n] = work2[n] * scale[n];
        }
    }

    /** The dense K̃, a new matrix. */
    DMatrixRMaj dense() {
        DMatrixRMaj d = k.dense();
        int v = size();
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < v; j++) {
                d.unsafe_set(i, j, d.unsafe_get(i, j) * scale[i] * scale[j]);
            }
        }
        return d;
    }
}
