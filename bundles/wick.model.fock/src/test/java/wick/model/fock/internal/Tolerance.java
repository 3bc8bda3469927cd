package wick.model.fock.internal;

/** The module's tolerances. */
final class Tolerance {
    /** Exact algebra (spectra, identities). */
    static final double EXACT = 1e-12;
    /** Unitarity and conservation over long evolutions. */
    static final double UNITARY = 1e-10;
    /** Standard errors allowed for statistical checks. */
    static final double SIGMAS = 4.5;

    private Tolerance() {
    }
}
