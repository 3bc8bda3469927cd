package wick.model.gravity.internal;

import wick.model.gravity.KSigma;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

import wick.api.random.RandomStream;

/**
 * Dense Cholesky decoder (PHYSICS section 4): {@code K = LLᵀ}, {@code φ = L⁻ᵀξ}, ξ ~ N(0, I), so
 * {@code Cov φ = L⁻ᵀL⁻¹ = K⁻¹}. O(V³) once, O(V²) per sample.
 */
final class DenseCholeskyDecoder implements Decoder {
    private final DMatrixRMaj lower;
    private final int v;

    DenseCholeskyDecoder(KSigma k) {
        this(new TensorPrecision(k));
    }

    DenseCholeskyDecoder(Precision k) {
        DMatrixRMaj m = k.dense();
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(m.numRows, true);
        if (!chol.decompose(m)) {
            throw new IllegalArgumentException("K[sigma] is not positive definite (dense Cholesky failed)");
        }
        this.lower = chol.getT(null);
        this.v = m.numRows;
    }

    @Override
    public void sample(RandomStream random, double[] out) {
        for (int i = 0; i < v; i++) {
            out[i] = random.nextGaussian();
        }
        TriangularSolver_DDRM.solveTranL(lower.data, out, v);
    }
}
