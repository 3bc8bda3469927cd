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

    /** {@code c} per block, {@code [b·D² + μD + ν]}, and {@code w} per block. */
    private final double[] perBlock;
    private final double[] perBlockW;

    public SiteCoefficients(Lattice lattice, LatentField sigma) {
        this.d = lattice.dimension();
        int v = lattice.volume();
        int dd = d * d;
        Blocks blocks = sigma.blocks();
        this.perBlock = new double[blocks.count() * dd];
        this.perBlockW = new double[blocks.count()];
        double[] one = new double[dd];
        for (int b = 0; b < blocks.count(); b++) {
            sigma.coefficient(b, one);
            System.arraycopy(one, 0, perBlock, b * dd, dd);
            perBlockW[b] = 1 + sigma.trace(b);
        }
        this.c = new double[v * dd];
        this.w = new double[v];
        for (int n = 0; n < v; n++) {
            int b = blocks.blockOf(n);
            for (int q = 0; q < dd; q++) {
                c[n * dd + q] = perBlock[b * dd + q];
            }
            w[n] = perBlockW[b];
        }
    }

    /** {@code c_μν} of block {@code b}. */
    public double blockCoefficient(int b, int mu, int nu) {
        return perBlock[b * d * d + mu * d + nu];
    }

    /** {@code w = 1 + tr σ} of block {@code b}. */
    public double blockWeight(int b) {
        return perBlockW[b];
    }

    /**
     * The lower Cholesky factors {@code L̂}, {@code c = L̂ L̂ᵀ}, per block ({@code [b·D² + μD + ν]}), as a
     * new array.
     *
     * @throws IllegalArgumentException when some {@code c} is not positive definite (σ ∉ Ω)
     */
    public double[] blockCholeskyFactors() {
        int dd = d * d;
        double[] factors = new double[perBlock.length];
        double[] a = new double[dd];
        double[] f = new double[dd];
        for (int b = 0; b < perBlockW.length; b++) {
            System.arraycopy(perBlock, b * dd, a, 0, dd);
            if (!LatentField.cholesky(a, d, f)) {
                throw new IllegalArgumentException("sigma lies outside Omega in block " + b
                        + ": c = (1 + tr sigma) I - 2 sigma is not positive definite");
            }
            System.arraycopy(f, 0, factors, b * dd, dd);
        }
        return factors;
    }
}
