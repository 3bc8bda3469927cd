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
        this(lattice, sigma, null);
    }

    /**
     * As {@link #SiteCoefficients(Lattice, LatentField)}, writing into the arrays of
     * {@code recycled} when they have the right sizes: for chains, which build new coefficients every
     * sweep. {@code recycled} must not be used afterwards (its arrays are now this instance's).
     *
     * @param recycled an instance its owner has finished with, or null
     */
    public SiteCoefficients(Lattice lattice, LatentField sigma, SiteCoefficients recycled) {
        this.d = lattice.dimension();
        int v = lattice.volume();
        int dd = d * d;
        Blocks blocks = sigma.blocks();
        boolean reuse = recycled != null && recycled.d == d && recycled.w.length == v && recycled.perBlockW.length == blocks.count();
        this.perBlock = reuse ? recycled.perBlock : new double[blocks.count() * dd];
        this.perBlockW = reuse ? recycled.perBlockW : new double[blocks.count()];
        if (d == 2) { // LatentField.coefficient and trace, unrolled (the same arithmetic)
            double[] values = sigma.values();
            for (int b = 0; b < blocks.count(); b++) {
                double s00 = values[3 * b];
                double s01 = values[3 * b + 1];
                double s11 = values[3 * b + 2];
                double w = 1 + (s00 + s11);
                perBlock[4 * b] = w - 2 * s00;
                perBlock[4 * b + 1] = 0 - 2 * s01;
                perBlock[4 * b + 2] = 0 - 2 * s01;
                perBlock[4 * b + 3] = w - 2 * s11;
                perBlockW[b] = w;
            }
        } else {
            double[] one = new double[dd];
            for (int b = 0; b < blocks.count(); b++) {
                sigma.coefficient(b, one);
                System.arraycopy(one, 0, perBlock, b * dd, dd);
                perBlockW[b] = 1 + sigma.trace(b);
            }
        }
        this.c = reuse ? recycled.c : new double[v * dd];
        this.w = reuse ? recycled.w : new double[v];
        for (int n = 0; n < v; n++) {
            int b = blocks.blockOf(n);
            System.arraycopy(perBlock, b * dd, c, n * dd, dd);
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
     * The lower Cholesky factor {@code L̂} of block b's {@code c = L̂ L̂ᵀ} into {@code out}
     * (row-major D×D, overwritten); {@code scratch} (length D²) receives {@code c} itself.
     *
     * @throws IllegalArgumentException when {@code c} is not positive definite (σ ∉ Ω)
     */
    public void blockCholesky(int b, double[] scratch, double[] out) {
        int dd = d * d;
        System.arraycopy(perBlock, b * dd, scratch, 0, dd);
        if (!LatentField.cholesky(scratch, d, out)) {
            throw new IllegalArgumentException("sigma lies outside Omega in block " + b
                    + ": c = (1 + tr sigma) I - 2 sigma is not positive definite");
        }
    }
}
