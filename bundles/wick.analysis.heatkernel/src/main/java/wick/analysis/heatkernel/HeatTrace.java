package wick.analysis.heatkernel;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Exact heat traces {@code Tr e^{−sK} = Σ_i e^{−s λ_i}} (PHYSICS section 5), from the eigenvalues of a
 * dense symmetric matrix or from the symbol of a translation-invariant operator (its eigenvalues
 * are the symbol's values, one per momentum).
 */
public final class HeatTrace {
    private HeatTrace() {
    }

    /**
     * {@code out[j] = Σ_i e^{−s_j λ_i}}.
     *
     * @param eigenvalues the spectrum λ_i (eigenvalues or symbol values), not modified
     * @param s           proper times, not modified
     * @return a new array
     */
    public static double[] fromSpectrum(double[] eigenvalues, double[] s) {
        double[] out = new double[s.length];
        for (int j = 0; j < s.length; j++) {
            out[j] = at(eigenvalues, s[j]);
        }
        return out;
    }

    /** {@code Σ_i e^{−s λ_i}}, summed from the smallest terms up (the spectrum is not modified). */
    public static double at(double[] eigenvalues, double s) {
        double sum = 0;
        for (double lambda : eigenvalues) {
            sum += Math.exp(-s * lambda);
        }
        return sum;
    }

    /**
     * The eigenvalues of a dense symmetric matrix (EJML symmetric QR), unsorted; {@code k} not modified.
     *
     * @throws IllegalStateException when the decomposition fails
     */
    public static double[] eigenvalues(DMatrixRMaj k) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k.numRows, false, true);
        if (!eig.decompose(k.copy())) {
            throw new IllegalStateException("the symmetric eigenvalue decomposition of a " + k.numRows + "×" + k.numRows + " matrix failed");
        }
        double[] out = new double[k.numRows];
        for (int i = 0; i < out.length; i++) {
            out[i] = eig.getEigenvalue(i).getReal();
        }
        return out;
    }
}
