package wick.model.gravity.internal;

/**
 * The strictly lower and upper parts of a Jacobi-scaled precision {@code K̂ = S K S},
 * {@code S = diag(K)^{−1/2}}, in the site order: {@code K̂ = I + L + U}, {@code U = Lᵀ}, each scaled
 * by the relaxation factor ω, with the two unit triangular solves of SSOR ({@link SsorConjugateGradient}).
 * Allocation-free; not thread-safe.
 */
interface TriangularSplit {
    /** {@code (I + ωL) u = w}, sites in increasing order; {@code w} may be {@code u} (each w_n is read before u_n is written). */
    void forward(double[] w, double[] u);

    /**
     * The second half of Eisenstat's product ({@link SsorConjugateGradient}): with
     * {@code (I + ωL) s = a p + c t}, sets {@code u = s + a t} and returns {@code pᵀu}.
     * {@code u} must differ from {@code p} and {@code t}.
     */
    double forwardProduct(double[] p, double[] t, double a, double c, double[] u);

    /** {@code (I + ωU) t = v}, sites in decreasing order; {@code v} may be {@code t}. */
    void backward(double[] v, double[] t);
}
