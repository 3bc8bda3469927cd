package wick.model.gravity.internal;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.SiteCoefficients;
import wick.model.gravity.StressOption;

/**
 * {@code K[σ]} of the tensor model as a {@link Precision}. The perturbation {@code b ~ N(0, K)} uses
 * the per-site form of the symmetric option (PHYSICS 4 corner average expanded, see {@link KSigma}):
 * {@code ½φᵀKφ = ½v Σ_n [(Δᶜφ)ᵀ c (Δᶜφ) + ¼ Σ_μ c_μμ (D_μφ)² + m² w φ²]}, with the central difference
 * {@code Δᶜ_μφ(n) = (φ(n+μ̂) − φ(n−μ̂))/(2a_μ)} and {@code D_μφ(n) = (φ(n+μ̂) − 2φ(n) + φ(n−μ̂))/a_μ}
 * (the corner average {@code 2^{−D} Σ_s A_sᵀĈA_s} equals it site by site: {@code ½(u₊² + u₋²) =
 * ¼(u₊ + u₋)² + ¼(u₊ − u₋)²} for the one-sided differences u±), so
 * {@code b = √v [Σ_μ (Δᶜ_μ)ᵀ(L̂ξ)_μ + Σ_μ D_μᵀ(½√c_μμ ξ'_μ) + m√w ∘ ξ_0]}, {@code L̂L̂ᵀ = c} per block,
 * ξ, ξ' ~ N(0, I_{DV}), ξ_0 ~ N(0, I_V): {@code Cov b = K[σ]} with 2D + 1 normals per site instead
 * of the {@code D·2^D + 1} of PHYSICS 4's {@code b = √v (2^{−D/2} Σ_s A_sᵀ L̂ ξ_s + m √(1 + tr σ) ∘ ξ_0)}.
 * Forward option: {@code b = √v (A_+ᵀ L̂ ξ + m√w ∘ ξ_0)}. The factors are kept per block (σ is
 * constant on blocks). Allocation-free per draw.
 */
final class TensorPrecision implements Precision {
    private final KSigma k;
    private final Lattice lattice;
    private final boolean symmetric;
    private final int[] blockOf;
    /**
     * Per block b, {@code F = 2D + 1} factors at {@code b·F}, all times √v: {@code L̂_μν / (2a_μ)} (forward:
     * {@code / a_μ}) for ν ≤ μ, row-major lower triangle ({@code D(D+1)/2} values); then
     * {@code ½√c_μμ / a_μ} per μ (symmetric option only; zero otherwise), then {@code m√w}.
     */
    private final double[] factors;
    private final int stride;
    private final double[] xi;
    private final double[] y;

    /**
     * @throws IllegalArgumentException when some {@code c} is not positive definite (σ ∉ Ω)
     */
    TensorPrecision(KSigma k) {
        this(k, null);
    }

    /**
     * As {@link #TensorPrecision(KSigma)}, writing into the arrays of {@code recycled} when it has the
     * same blocks (it must not be used afterwards).
     *
     * @param recycled a precision its owner has finished with, or null
     */
    TensorPrecision(KSigma k, TensorPrecision recycled) {
        this.k = k;
        this.lattice = k.lattice();
        this.symmetric = k.option() == StressOption.SYMMETRIC;
        int d = lattice.dimension();
        LatentField sigma = k.sigma();
        Blocks blocks = sigma.blocks();
        boolean reuse = recycled != null && recycled.k.sigma().blocks() == blocks;
        if (reuse) {
            this.blockOf = recycled.blockOf;
        } else {
            this.blockOf = new int[lattice.volume()];
            for (int n = 0; n < blockOf.length; n++) {
                blockOf[n] = blocks.blockOf(n);
            }
        }
        int triangle = d * (d + 1) / 2;
        this.stride = triangle + d + 1;
        this.factors = reuse ? recycled.factors : new double[blocks.count() * stride];
        double root = Math.sqrt(lattice.cellVolume());
        int dd = d * d;
        SiteCoefficients coefficients = k.coefficients();
        double[] scratch = new double[dd];
        double[] l = new double[dd];
        double[] rowScale = new double[d];
        double[] diagonalScale = new double[d];
        for (int mu = 0; mu < d; mu++) {
            rowScale[mu] = root / ((symmetric ? 2 : 1) * lattice.spacing(mu));
            diagonalScale[mu] = symmetric ? root * 0.5 / lattice.spacing(mu) : 0;
        }
        double m2 = k.m2();
        for (int b = 0; b < blocks.count(); b++) {
            coefficients.blockCholesky(b, scratch, l);
            int o = b * stride;
            int t = 0;
            for (int mu = 0; mu < d; mu++) {
                for (int nu = 0; nu <= mu; nu++) {
                    factors[o + t++] = rowScale[mu] * l[mu * d + nu];
                }
            }
            for (int mu = 0; mu < d; mu++) {
                factors[o + triangle + mu] = symmetric ? diagonalScale[mu] * Math.sqrt(scratch[mu * d + mu]) : 0;
            }
            factors[o + triangle + d] = root * Math.sqrt(m2 * coefficients.blockWeight(b));
        }
        this.xi = new double[d];
        this.y = new double[d];
    }

    KSigma operator() {
        return k;
    }

    @Override
    public Lattice lattice() {
        return lattice;
    }

    @Override
    public void apply(double[] in, double[] out) {
        k.apply(in, out);
    }

    @Override
    public void diagonal(double[] out) {
        k.diagonal(out);
    }

    @Override
    public DMatrixRMaj dense() {
        return k.dense();
    }

    @Override
    public DMatrixSparseCSC sparse() {
        return k.sparse();
    }

    @Override
    public DMatrixSparseCSC sparsePermuted(int[] pinv) {
        return k.sparsePermuted(pinv);
    }

    @Override
    public double[] meanSymbol() {
        return KSymbol.ofMean(lattice, k.m2(), k.option(), k.sigma());
    }

    @Override
    public void perturbation(RandomStream random, double[] out) {
        Arrays.fill(out, 0.0);
        if (lattice.dimension() == 2 && symmetric) {
            perturbation2(random, out);
            return;
        }
        int d = lattice.dimension();
        int v = lattice.volume();
        int triangle = d * (d + 1) / 2;
        for (int n = 0; n < v; n++) {
            int o = blockOf[n] * stride;
            for (int mu = 0; mu < d; mu++) {
                xi[mu] = random.nextGaussian();
            }
            int t = o;
            for (int mu = 0; mu < d; mu++) {
                double s = 0;
                for (int nu = 0; nu <= mu; nu++) {
                    s += factors[t++] * xi[nu];
                }
                y[mu] = s;
            }
            for (int mu = 0; mu < d; mu++) {
                int up = lattice.up(mu)[n];
                if (symmetric) { // (Δᶜ_μ)ᵀ y and D_μᵀ z
                    int down = lattice.down(mu)[n];
                    double z = factors[o + triangle + mu] * random.nextGaussian();
                    out[up] += y[mu] + z;
                    out[down] += z - y[mu];
                    out[n] -= 2 * z;
                } else { // (Δ⁺_μ)ᵀ y
                    out[up] += y[mu];
                    out[n] -= y[mu];
                }
            }
            out[n] += factors[o + triangle + d] * random.nextGaussian();
        }
    }

    /** {@link #perturbation} in D = 2, symmetric option, unrolled (the same draws in the same order). */
    private void perturbation2(RandomStream random, double[] out) {
        int v = lattice.volume();
        int[] up0 = lattice.up(0);
        int[] up1 = lattice.up(1);
        int[] down0 = lattice.down(0);
        int[] down1 = lattice.down(1);
        double[] f = factors;
        for (int n = 0; n < v; n++) {
            int o = blockOf[n] * 6;
            double x0 = random.nextGaussian();
            double x1 = random.nextGaussian();
            double y0 = f[o] * x0;
            double y1 = f[o + 1] * x0 + f[o + 2] * x1;
            double z0 = f[o + 3] * random.nextGaussian();
            out[up0[n]] += y0 + z0;
            out[down0[n]] += z0 - y0;
            double z1 = f[o + 4] * random.nextGaussian();
            out[up1[n]] += y1 + z1;
            out[down1[n]] += z1 - y1;
            out[n] += f[o + 5] * random.nextGaussian() - 2 * (z0 + z1);
        }
    }
}
