package wick.model.gravity.internal;

import wick.model.gravity.KSigma;
import wick.model.gravity.StressOption;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/**
 * Perturbation–optimisation decoder (PHYSICS section 4). Draws
 * {@code b = √v (α Σ_s A_sᵀ L̂ ξ_s + m √(1 + tr σ) ∘ ξ_0)}, {@code L̂(n) L̂(n)ᵀ = c(n)},
 * ξ_s ~ N(0, I_{DV}), ξ_0 ~ N(0, I_V), with α = 2^{−D/2} over the 2^D corners s (forward option:
 * the single corner s = +, α = 1), so that {@code Cov b = K[σ]}; then solves {@code K[σ] φ = b} by
 * conjugate gradients, preconditioned by the FFT inverse of {@code K[σ̄]} (σ̄ the lattice mean of σ),
 * to relative residual ≤ tolerance: {@code Cov φ = K⁻¹ K K⁻¹ = K⁻¹}.
 * Allocation-free per sample; not thread-safe.
 */
final class PerturbationOptimisationDecoder implements Decoder {
    private final KSigma k;
    private final Lattice lattice;
    private final double[] choleskyFactors;
    private final double[] massWeight;
    private final ConjugateGradient cg;
    private final double[] b;
    private final double[] xi;
    private final double[] y;
    private final int corners;
    private final double alpha;

    /**
     * @param preconditioned false for plain CG (for comparison)
     */
    PerturbationOptimisationDecoder(KSigma k, boolean preconditioned, double tolerance) {
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
        LinearOperator pre = preconditioned
                ? new FftPreconditioner(lattice, KSymbol.ofMean(lattice, k.m2(), k.option(), k.sigma()))
                : null;
        this.cg = new ConjugateGradient(v, k::apply, pre, tolerance, 10 * v + 100);
        this.b = new double[v];
        this.xi = new double[d];
        this.y = new double[d];
    }

    @Override
    public void sample(RandomStream random, double[] out) {
        perturbation(random, b);
        cg.solve(b, out);
    }

    /**
     * Writes a draw of {@code b ~ N(0, K[σ])} into {@code out} (overwritten).
     * Corner bit μ of s set means Δ⁻ in direction μ; the scatter form of
     * {@code (Δ⁺)ᵀy} adds {@code y_n/a} at n+μ̂ and {@code −y_n/a} at n, of {@code (Δ⁻)ᵀy} adds {@code y_n/a}
     * at n and {@code −y_n/a} at n−μ̂.
     */
    void perturbation(RandomStream random, double[] out) {
        int d = lattice.dimension();
        int v = lattice.volume();
        int dd = d * d;
        java.util.Arrays.fill(out, 0.0);
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
        double root = Math.sqrt(lattice.cellVolume());
        for (int n = 0; n < v; n++) {
            out[n] = root * (out[n] + massWeight[n] * random.nextGaussian());
        }
    }

    /** CG iterations of the last sample. */
    public int iterations() {
        return cg.iterations();
    }

    /** True relative residual of the last sample's solve. */
    public double residual() {
        return cg.residual();
    }

    KSigma operator() {
        return k;
    }
}
