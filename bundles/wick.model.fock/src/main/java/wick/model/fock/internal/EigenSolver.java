package wick.model.fock.internal;

import wick.api.param.ParameterException;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;

/** Chooses the eigensolver by size: dense EJML up to {@link #DENSE_LIMIT}, Lanczos above. */
final class EigenSolver {
    /** Largest dimension diagonalised densely by default. */
    static final int DENSE_LIMIT = 500;
    /** Largest dimension a user may force to dense. */
    static final int DENSE_MAX = 4000;
    /** Residual tolerance of Lanczos Ritz pairs (relative). */
    static final double TOLERANCE = 1e-11;

    private EigenSolver() {
    }

    /**
     * The lowest {@code k} eigenpairs.
     *
     * @param method {@code auto}, {@code dense} or {@code lanczos}
     */
    static Eigenpairs lowest(SparseMatrix h, int k, String method, RandomStream random, ProgressMonitor progress) {
        int n = h.size();
        boolean dense = switch (method) {
            case "auto" -> n <= DENSE_LIMIT;
            case "dense" -> {
                if (n > DENSE_MAX) {
                    throw new ParameterException("solver", method, "lanczos or auto for dimension " + n + " > " + DENSE_MAX);
                }
                yield true;
            }
            case "lanczos" -> false;
            default -> throw new ParameterException("solver", method, "auto, dense or lanczos");
        };
        if (dense) {
            return DenseEigen.lowest(h, k);
        }
        return new Lanczos(h, TOLERANCE, Math.min(n, 1500), random, progress).lowest(k);
    }
}
