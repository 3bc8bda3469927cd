package wick.model.gravity;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;

/**
 * The precision of φ given σ (PHYSICS section 4):
 * {@code K[σ] = v ( 2^{−D} Σ_s A_sᵀ Ĉ A_s + m² diag(1 + tr σ) )}, {@code A_s = [Δ_0^{s_0}; ...]},
 * {@code Ĉ = ⊕_n c(n)}, {@code c = (1 + tr σ) I − 2σ}; forward option: the single term
 * {@code A_+ᵀ Ĉ A_+}. It is defined by {@code ½ φᵀK[σ]φ = ½ φᵀK_Eφ − v Σ_n σ(n)·T(n)}.
 *
 * <p>Expanded (symmetric option): diagonal pairs give {@code ½[(Δ⁺_μ)ᵀC^{μμ}Δ⁺_μ + (Δ⁻_μ)ᵀC^{μμ}Δ⁻_μ]},
 * off-diagonal pairs {@code (Δᶜ_μ)ᵀC^{μν}Δᶜ_ν}, since the corner average of
 * {@code (Δ_μ^{s_μ})ᵀ C Δ_ν^{s_ν}} over {@code s_μ, s_ν} factorises into central differences.
 * The matrix-free {@link #apply}, the {@link #sparse()} and the {@link #dense()} forms agree.
 *
 * <p>Holds work arrays for {@link #apply}: not thread-safe.
 */
public final class KSigma {
    private final Lattice lattice;
    private final double m2;
    private final StressOption option;
    private final LatentField sigma;
    private final SiteCoefficients coefficients;
    private final double[][] gp;
    private final double[][] gm;
    private final double[][] fp;
    private final double[][] fm;

    /**
     * @param sigma σ; a snapshot of its values is taken (later changes to it are not seen)
     * @throws ParameterException naming {@code m2} when it is not finite and > 0
     */
    public KSigma(Lattice lattice, double m2, StressOption option, LatentField sigma) {
        if (!(m2 > 0) || Double.isInfinite(m2)) {
            throw new ParameterException("m2", String.valueOf(m2), "a finite number > 0");
        }
        if (!sigma.blocks().lattice().equals(lattice)) {
            throw new IllegalArgumentException("sigma lives on " + sigma.blocks().lattice() + ", not on " + lattice);
        }
        this.lattice = lattice;
        this.m2 = m2;
        this.option = option;
        this.sigma = sigma;
        this.coefficients = new SiteCoefficients(lattice, sigma);
        int d = lattice.dimension();
        int v = lattice.volume();
        gp = new double[d][v];
        gm = new double[d][v];
        fp = new double[d][v];
        fm = new double[d][v];
    }

    public Lattice lattice() {
        return lattice;
    }

    public double m2() {
        return m2;
    }

    public StressOption option() {
        return option;
    }

    /** The σ this operator was built from (the live object; the operator holds a snapshot). */
    public LatentField sigma() {
        return sigma;
    }

    /** The per-site coefficients {@code c(n)} and {@code 1 + tr σ(n)} this operator was built from (shared, do not modify). */
    public SiteCoefficients coefficients() {
        return coefficients;
    }

    /**
     * {@code out = K[σ] in}, matrix-free and allocation-free: with {@code g^±_μ = Δ^±_μ in} and
     * fluxes {@code F^±_μ = ½ c_μμ g^±_μ + ½ Σ_{ν≠μ} c_μν gᶜ_ν} (forward: {@code F⁺_μ = Σ_ν c_μν g⁺_ν}),
     * {@code out = v [Σ_μ ((Δ⁺_μ)ᵀF⁺_μ + (Δ⁻_μ)ᵀF⁻_μ) + m² (1 + tr σ) in]}.
     *
     * @param in  not modified
     * @param out overwritten; must not be {@code in}
     */
    public void apply(double[] in, double[] out) {
        int v = lattice.volume();
        int d = lattice.dimension();
        if (in.length != v || out.length != v || in == out) {
            throw new IllegalArgumentException("K[sigma] apply needs two different arrays of length V = " + v);
        }
        for (int mu = 0; mu < d; mu++) {
            int[] up = lattice.up(mu);
            int[] down = lattice.down(mu);
            double inv = 1.0 / lattice.spacing(mu);
            double[] p = gp[mu];
            double[] m = gm[mu];
            for (int n = 0; n < v; n++) {
                p[n] = (in[up[n]] - in[n]) * inv;
                m[n] = (in[n] - in[down[n]]) * inv;
            }
        }
        double[] c = coefficients.c;
        boolean symmetric = option == StressOption.SYMMETRIC;
        int dd = d * d;
        for (int n = 0; n < v; n++) {
            for (int mu = 0; mu < d; mu++) {
                int row = n * dd + mu * d;
                if (symmetric) {
                    double off = 0;
                    for (int nu = 0; nu < d; nu++) {
                        if (nu != mu) {
                            off += c[row + nu] * 0.5 * (gp[nu][n] + gm[nu][n]);
                        }
                    }
                    fp[mu][n] = 0.5 * (c[row + mu] * gp[mu][n] + off);
                    fm[mu][n] = 0.5 * (c[row + mu] * gm[mu][n] + off);
                } else {
                    double f = 0;
                    for (int nu = 0; nu < d; nu++) {
                        f += c[row + nu] * gp[nu][n];
                    }
                    fp[mu][n] = f;
                }
            }
        }
        double cell = lattice.cellVolume();
        double[] w = coefficients.w;
        for (int n = 0; n < v; n++) {
            out[n] = m2 * w[n] * in[n];
        }
        for (int mu = 0; mu < d; mu++) {
            int[] up = lattice.up(mu);
            int[] down = lattice.down(mu);
            double inv = 1.0 / lattice.spacing(mu);
            double[] p = fp[mu];
            double[] m = fm[mu];
            for (int n = 0; n < v; n++) {
                double s = p[down[n]] - p[n];
                if (symmetric) {
                    s += m[n] - m[up[n]];
                }
                out[n] += s * inv;
            }
        }
        for (int n = 0; n < v; n++) {
            out[n] *= cell;
        }
    }

    /** {@code φᵀ K[σ] φ} through {@link #apply} (allocates one array). */
    public double quadraticForm(double[] phi) {
        double[] k = new double[phi.length];
        apply(phi, k);
        double s = 0;
        for (int i = 0; i < phi.length; i++) {
            s += phi[i] * k[i];
        }
        return s;
    }

    /**
     * The dense {@code K[σ]} (V ≤ {@link wick.lattice.DenseOperators#MAX_VOLUME}), a new matrix.
     *
     * @throws ParameterException naming {@code lattice} when V is too large
     */
    public DMatrixRMaj dense() {
        int v = lattice.volume();
        if (v > wick.lattice.DenseOperators.MAX_VOLUME) {
            throw new ParameterException("lattice", lattice.extentsString(),
                    "at most " + wick.lattice.DenseOperators.MAX_VOLUME + " sites for a dense K[sigma] (use the sparse or cg decoder)");
        }
        DMatrixRMaj k = new DMatrixRMaj(v, v);
        KSigmaAssembly.assemble(lattice, m2, option, coefficients, (i, j, x) -> k.unsafe_set(i, j, k.unsafe_get(i, j) + x));
        return k;
    }

    /** The sparse {@code K[σ]} (CSC, sorted row indices, duplicates summed), a new matrix. */
    public DMatrixSparseCSC sparse() {
        return KSigmaAssembly.sparse(lattice, m2, option, coefficients, null);
    }

    /**
     * The sparse {@code P K[σ] Pᵀ} for a permutation {@code pinv[old] = new}, a new matrix.
     */
    public DMatrixSparseCSC sparsePermuted(int[] pinv) {
        return KSigmaAssembly.sparse(lattice, m2, option, coefficients, pinv);
    }
}
