package wick.model.fock.internal;

/** Advances a complex state {@code h ← e^{−iHt} h} (layout {@code [re | im]}) in place. */
interface Propagator {
    /**
     * @param state modified
     * @param t     time step (may be negative)
     * @return the number of internal substeps used
     */
    int advance(double[] state, double t);
}
