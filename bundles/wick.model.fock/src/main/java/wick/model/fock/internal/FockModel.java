package wick.model.fock.internal;

import java.util.List;

import wick.api.progress.ProgressMonitor;

/**
 * The lattice Hamiltonian of PHYSICS 3 written in one single-particle basis (normal modes or
 * per-site oscillators): everything needed to build {@code P H P} and the field operators on a
 * {@link FockBasis}.
 */
interface FockModel {
    /** Number of sites {@code N} (= number of modes). */
    int sites();

    /** Spacing {@code a}. */
    double spacing();

    /** The free energy of one quantum of each mode (for the energy truncation). */
    double[] weights();

    /** Whether mode {@code j} carries momentum {@code j} (sectors are available). */
    boolean momentumLabels();

    /** A one-line description. */
    String describe();

    /** {@code H} as ladder words (the part not in {@link #diagonal(FockBasis)}). */
    List<LadderWord> hamiltonianWords();

    /** The diagonal part of {@code H} on a basis state (may include a constant). */
    OperatorBuilder.Diagonal diagonal(FockBasis basis);

    /** {@code φ_x} as a linear combination of single ladder operators. */
    List<Words.Term> fieldTerms(int x);

    /** {@code φ_x}. */
    default List<LadderWord> field(int x) {
        return Words.power(1, fieldTerms(x), 1);
    }

    /** {@code φ_x²}. */
    default List<LadderWord> fieldSquared(int x) {
        return Words.power(1, fieldTerms(x), 2);
    }

    /** {@code φ̃_0 = (1/√N) Σ_x φ_x}. */
    List<LadderWord> zeroMomentumField();

    /** Enumerates the basis of this model. */
    default FockBasis basis(Truncation truncation, int sector, ProgressMonitor progress) {
        return FockBasis.enumerate(weights(), truncation, momentumLabels(), sector, progress);
    }

    /** {@code P H P} on {@code basis}. */
    default SparseMatrix hamiltonian(FockBasis basis, ProgressMonitor progress) {
        return OperatorBuilder.hermitian(basis, hamiltonianWords(), diagonal(basis), progress);
    }
}
