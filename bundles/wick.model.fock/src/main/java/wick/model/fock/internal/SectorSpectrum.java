package wick.model.fock.internal;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;

/**
 * The truncated problem of one sector: basis, {@code P H P}, its lowest levels; and, for the vacuum
 * sector, the spectral function of {@code φ̃_0} (gap and {@code C_H(τ)}).
 *
 * @param basis   the basis
 * @param h       {@code P H P}
 * @param levels  the lowest levels with vectors
 */
record SectorSpectrum(FockBasis basis, SparseMatrix h, Eigenpairs levels) {

    /** Builds and diagonalises one sector. */
    static SectorSpectrum compute(FockModel model, Truncation truncation, int sector, int levels, String solver,
            RandomStream random, ProgressMonitor progress) {
        FockBasis basis = model.basis(truncation, sector, progress.subTask(0, 0.05, "basis"));
        SparseMatrix h = model.hamiltonian(basis, progress.subTask(0.05, 0.4, "Hamiltonian"));
        Eigenpairs e = EigenSolver.lowest(h, levels, solver, random, progress.subTask(0.4, 0.9, "eigenvalues"));
        return new SectorSpectrum(basis, h, e);
    }

    /** The sector holding the vacuum: 0 in the mode basis, everything in the site basis. */
    static int vacuumSector(FockModel model) {
        return model.momentumLabels() ? 0 : FockBasis.ALL_SECTORS;
    }

    /** The spectral function of {@code φ̃_0} on the ground state of this (vacuum) sector. */
    SpectralFunction spectralFunction(FockModel model, ProgressMonitor progress) {
        SparseMatrix phi0 = OperatorBuilder.hermitian(basis, model.zeroMomentumField(), null, progress);
        return SpectralFunction.of(h, phi0, levels.vectors()[0], levels.values()[0], model.spacing(), progress);
    }
}
