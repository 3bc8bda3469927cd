package wick.model.gravity;

import wick.api.lattice.Lattice;

/**
 * σ expanded to sites (PHYSICS section 4): per site {@code c(n) = (1 + tr σ) I − 2σ} (row-major D×D)
 * and {@code w(n) = 1 + tr σ(n)}; a snapshot, not updated when the field changes.
 */
public final class SiteCoefficients {
    /** The dimension D. */
    public final int d;
    /** {@code c[n·D² + μD + ν] = c_{μν}(n)}. */
    public final double[] c;
    /** {@code w[n] = 1 + tr σ(n)}. */
    public final double[] w;

    public SiteCoefficients(Lattice lattice, LatentField sigma) {
        this.d = lattice.dimension();
        int v = lattice.volume();
        Blocks blocks = sigma.blocks();
        double[] perBlock = new double[blocks.count() * d * d];
        double[] one = new double[d * d];
        for (int b = 0; b < blocks.count(); b++) {
            sigma.coefficient(b, one);
            System.arraycopy(one, 0, perBlock, b * d * d, d * d);
        }
        this.c = new double[v * d * d];
        this.w = new double[v];
        for (int n = 0; n < v; n++) {
            int b = blocks.blockOf(n);
            System.arraycopy(perBlock, b * d * d, c, n * d * d, d * d);
            w[n] = 1 + sigma.trace(b);
        }
    }

    /**
     * The per-site lower Cholesky factors {@code L̂(n)}, {@code c(n) = L̂ L̂ᵀ}, as a new array.
     *
     * @throws IllegalArgumentException when some {@code c(n)} is not positive definite (σ ∉ Ω)
     */
    public double[] choleskyFactors() {
        int dd = d * d;
        double[] l = new double[c.length];
        double[] a = new double[dd];
        double[] f = new double[dd];
        for (int n = 0; n < w.length; n++) {
            System.arraycopy(c, n * dd, a, 0, dd);
            if (!LatentField.cholesky(a, d, f)) {
                throw new IllegalArgumentException("sigma lies outside Omega at site " + n + ": c(n) = (1 + tr sigma) I - 2 sigma is not positive definite");
            }
            System.arraycopy(f, 0, l, n * dd, dd);
        }
        return l;
    }
}
