package wick.model.gravity.internal;

import wick.model.gravity.KSigma;

import wick.api.param.ParameterException;

/**
 * Makes a {@link Decoder} for {@code K[σ]} by name (PHYSICS section 4): {@code dense} (dense
 * Cholesky, small V), {@code sparse} (sparse Cholesky with a reverse Cuthill–McKee ordering, small
 * and medium V), {@code cg} (perturbation–optimisation with CG preconditioned by the FFT inverse of
 * K[σ̄], large V; its iteration count stays small as m a → 0), {@code cg-jacobi} (the same with the
 * Jacobi preconditioner diag(K)⁻¹: iterations without the two FFTs, but their count grows as
 * m a → 0; at m a = 1 about twice {@code cg}'s and the faster sweep, see benchmarks/README.md),
 * {@code cg-ssor} (the same with symmetric successive over-relaxation: about a third of Jacobi's
 * iterations at the cost of one application of K each; the fastest sweep at m a = 1).
 */
public final class Decoders {
    /** The accepted names. */
    public static final String DENSE = "dense";
    public static final String SPARSE = "sparse";
    public static final String CG = "cg";
    public static final String CG_JACOBI = "cg-jacobi";
    public static final String CG_SSOR = "cg-ssor";
    /** The accepted names, for messages and forms. */
    public static final String NAMES = "dense, sparse, cg, cg-jacobi or cg-ssor";
    /** CG relative residual (PHYSICS section 4). */
    public static final double CG_TOLERANCE = 1e-10;

    private Decoders() {
    }

    /**
     * @throws ParameterException naming {@code decoder} for an unknown name, or {@code sigma} when
     *                            σ lies outside Ω (then K[σ] need not be positive definite)
     */
    public static Decoder create(String name, KSigma k) {
        int outside = k.sigma().firstOutsideOmega();
        if (outside >= 0) {
            throw new ParameterException("sigma", "block " + outside,
                    "every block in Omega: c = (1 + tr sigma) I - 2 sigma positive definite and 1 + tr sigma > 0");
        }
        return create(name, new TensorPrecision(k));
    }

    /**
     * A decoder for any {@link Precision} (the caller has checked that σ lies in Ω).
     *
     * @throws ParameterException naming {@code decoder} for an unknown name
     */
    static Decoder create(String name, Precision k) {
        String n = name == null ? "" : name.trim();
        return switch (n) {
            case DENSE -> new DenseCholeskyDecoder(k);
            case SPARSE -> new SparseCholeskyDecoder(k);
            case CG, CG_JACOBI, CG_SSOR -> new PerturbationOptimisationDecoder(k, preconditioning(n), CG_TOLERANCE);
            default -> throw new ParameterException("decoder", name, NAMES);
        };
    }

    /** Whether {@code name} (trimmed) is one of {@link #NAMES}. */
    static boolean isName(String name) {
        String n = name == null ? "" : name.trim();
        return n.equals(DENSE) || n.equals(SPARSE) || preconditioning(n) != null;
    }

    /** The CG preconditioner a name stands for, or null when it is not a CG decoder. */
    private static PerturbationOptimisationDecoder.Preconditioning preconditioning(String n) {
        return switch (n) {
            case CG -> PerturbationOptimisationDecoder.Preconditioning.FFT;
            case CG_JACOBI -> PerturbationOptimisationDecoder.Preconditioning.JACOBI;
            case CG_SSOR -> PerturbationOptimisationDecoder.Preconditioning.SSOR;
            default -> null;
        };
    }

    /**
     * As {@link #create(String, Precision)}, reusing {@code previous} where that saves work: a
     * {@code cg}, {@code cg-jacobi} or {@code cg-ssor} decoder of that name on the same lattice is
     * rebound to K (its FFT plan, triangles and buffers kept); the Cholesky decoders factor K anew.
     * For chains, which draw from a new K every sweep.
     *
     * @param previous the decoder this call returned last time, or null
     */
    static Decoder reuse(String name, Precision k, Decoder previous) {
        PerturbationOptimisationDecoder.Preconditioning wanted = preconditioning(name == null ? "" : name.trim());
        if (wanted != null && previous instanceof PerturbationOptimisationDecoder po && po.preconditioning() == wanted
                && po.lattice().equals(k.lattice())) {
            po.bind(k);
            return po;
        }
        return create(name, k);
    }
}
