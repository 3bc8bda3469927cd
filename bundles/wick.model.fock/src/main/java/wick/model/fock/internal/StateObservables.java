package wick.model.fock.internal;

import wick.api.progress.ProgressMonitor;

/**
 * Expectation values of a complex state on a basis: {@code ⟨n_k⟩} (diagonal in the occupation basis),
 * {@code ⟨H⟩}, {@code ⟨φ_x⟩}, {@code ⟨φ_x²⟩} (from the exact {@code P φ_x P} and {@code P φ_x² P}:
 * for a state inside the truncation these equal the untruncated expectations) and the norm.
 */
final class StateObservables {
    private final FockBasis basis;
    private final SparseMatrix h;
    private final SparseMatrix[] phi;
    private final SparseMatrix[] phi2;
    private final double[] scratch;

    StateObservables(FockModel model, FockBasis basis, SparseMatrix h, ProgressMonitor progress) {
        this.basis = basis;
        this.h = h;
        int sites = model.sites();
        this.phi = new SparseMatrix[sites];
        this.phi2 = new SparseMatrix[sites];
        for (int x = 0; x < sites; x++) {
            phi[x] = OperatorBuilder.hermitian(basis, model.field(x), null, progress);
            phi2[x] = OperatorBuilder.hermitian(basis, model.fieldSquared(x), null, progress);
        }
        this.scratch = new double[2 * basis.dimension()];
    }

    int sites() {
        return phi.length;
    }

    double norm(double[] state) {
        return ComplexVectors.norm(state, basis.dimension());
    }

    /** {@code ⟨h|H|h⟩ / ⟨h|h⟩}. */
    double energy(double[] state) {
        return h.expectation(state, scratch) / ComplexVectors.dotRe(state, state, basis.dimension());
    }

    /** {@code ⟨n_mode⟩} (unnormalised state: divided by the norm²). */
    double occupation(double[] state, int mode) {
        int n = basis.dimension();
        double s = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double p = state[i] * state[i] + state[n + i] * state[n + i];
            s += p * basis.occupation(i, mode);
            norm += p;
        }
        return s / norm;
    }

    double phi(double[] state, int x) {
        return phi[x].expectation(state, scratch) / ComplexVectors.dotRe(state, state, basis.dimension());
    }

    double phi2(double[] state, int x) {
        return phi2[x].expectation(state, scratch) / ComplexVectors.dotRe(state, state, basis.dimension());
    }
}
