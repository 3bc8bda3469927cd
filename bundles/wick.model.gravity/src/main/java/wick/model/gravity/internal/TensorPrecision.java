package wick.model.gravity.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.model.gravity.KSigma;
import wick.model.gravity.StressOption;

/**
 * {@code K[σ]} of the tensor model as a {@link Precision}. The perturbation is PHYSICS 4's
 * {@code b = √v (α Σ_s A_sᵀ L̂ ξ_s + m √(1 + tr σ) ∘ ξ_0)}, {@code L̂(n) L̂(n)ᵀ = c(n)},
 * ξ_s ~ N(0, I_{DV}), ξ_0 ~ N(0, I_V), α = 2^{−D/2} over the 2^D corners s (forward option: the
 * single corner s = +, α = 1), so that {@code Cov b = K[σ]}. Allocation-free per draw.
 */
final class TensorPrecision implements Precision {
    private final KSigma k;
    private final Lattice lattice;
    private final double[] choleskyFactors;
    private final double[] massWeight;
    private final double[] xi;
    private final double[] y;
    private final int corners;
    private final double alpha;

    /**
     * @throws IllegalArgumentException when some {@code c(n)} is not positive definite (σ ∉ Ω)
     */
    TensorPrecision(KSigma k) {
        this.k = k;
        this.lattice = k.lattice();
        int d = lattice.dimension();
        int v = lattice.volume();
        this.choleskyFactors = k.coefficients().choleskyFactors();
        this.massWeight = new double[v];
        for (int n = 0; n < v; n++) {
            massWeight[n] = Math.sqrt(k.m2() * k.coefficients().w[n]);
        }
        boolean symmetric = k.option() == StressOption.SYMMETRIC;
        this.corners = symmetric ? 1 << d : 1;
        this.alpha = symmetric ? Math.pow(2, -0.5 * d) : 1.0;
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

    /**
     * Corner bit μ of s set means Δ⁻ in direction μ; the scatter form of {@code (Δ⁺)ᵀy} adds
     * {@code y_n/a} at n+μ̂ and {@code −y_n/a} at n, of {@code (Δ⁻)ᵀy} adds {@code y_n/a} at n and
     * {@code −y_n/a} at n−μ̂.
     */
    @Override
    public void perturbation(RandomStream random, double[] out) {
        int d = lattice.dimension();
        int v = lattice.volume();
        int dd = d * d;
        java.util.Arrays.fill(out, 0.0);
        if (d == 2) {
            perturbation2(random, out);
        } else {
            for (int s = 0; s < corners; s++) {
                for (int n = 0; n < v; n++) {
                    for (int mu = 0; mu < d; mu++) {
                        xi[mu] = random.nextGaussian();
                    }
                    for (int mu = 0; mu < d; mu++) {
                        double t = 0;
                        for (int nu = 0; nu <= mu; nu++) {
                            t += choleskyFactors[n * dd + mu * d + nu] * xi[nu];
                        }
                        y[mu] = alpha * t / lattice.spacing(mu);
                    }
                    for (int mu = 0; mu < d; mu++) {
                        if ((s >> mu & 1) == 0) {
                            out[lattice.up(mu)[n]] += y[mu];
                            out[n] -= y[mu];
                        } else {
                            out[n] += y[mu];
                            out[lattice.down(mu)[n]] -= y[mu];
                        }
                    }
                }
            }
        }
        double root = Math.sqrt(lattice.cellVolume());
        for (int n = 0; n < v; n++) {
            out[n] = root * (out[n] + massWeight[n] * random.nextGaussian());
        }
    }

    /** The corner sum of {@link #perturbation} in D = 2, unrolled (the same draws in the same order). */
    private void perturbation2(RandomStream random, double[] out) {
        int v = lattice.volume();
        double f0 = alpha / lattice.spacing(0);
        double f1 = alpha / lattice.spacing(1);
        int[] up0 = lattice.up(0);
        int[] up1 = lattice.up(1);
        int[] down0 = lattice.down(0);
        int[] down1 = lattice.down(1);
        double[] l = choleskyFactors;
        for (int s = 0; s < corners; s++) {
            boolean plus0 = (s & 1) == 0;
            boolean plus1 = (s >> 1 & 1) == 0;
            for (int n = 0; n < v; n++) {
                double x0 = random.nextGaussian();
                double x1 = random.nextGaussian();
                double y0 = f0 * l[4 * n] * x0;
                double y1 = f1 * (l[4 * n + 2] * x0 + l[4 * n + 3] * x1);
                if (plus0) {
                    out[up0[n]] += y0;
                    out[n] -= y0;
                } else {
                    out[n] += y0;
                    out[down0[n]] -= y0;
                }
                if (plus1) {
                    out[up1[n]] += y1;
                    out[n] -= y1;
                } else {
                    out[n] += y1;
                    out[down1[n]] -= y1;
                }
            }
        }
    }
}
