package wick.model.gravity.internal;

import wick.model.gravity.KSigma;

import wick.api.param.ParameterException;

/**
 * Makes a {@link Decoder} for {@code K[σ]} by name (PHYSICS section 4): {@code dense} (dense
 * Cholesky, small V), {@code sparse} (sparse Cholesky with a reverse Cuthill–McKee ordering, small
 * and medium V), {@code cg} (perturbation–optimisation with FFT-preconditioned CG, large V).
 */
public final class Decoders {
    /** The accepted names. */
    public static final String DENSE = "dense";
    public static final String SPARSE = "sparse";
    public static final String CG = "cg";
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
            case CG -> new PerturbationOptimisationDecoder(k, true, CG_TOLERANCE);
            default -> throw new ParameterException("decoder", name, "dense, sparse or cg");
        };
    }
}
