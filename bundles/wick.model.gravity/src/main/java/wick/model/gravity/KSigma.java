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
 * <p>In D = 2 {@link #apply} is one pass over the 9-point stencil {@code out_n = Σ_δ s_δ(n) in_{n+δ}},
 * {@code δ ∈ {−1, 0, 1}²}, whose coefficients are assembled once from the same expanded form as
 * {@link #sparse()}. K is symmetric offset by offset, {@code s_{−δ}(n) = s_δ(n − δ)} (every term of
 * the expanded form comes with its transpose), so only the centre and the four offsets
 * {@code (0,+1), (+1,−1), (+1,0), (+1,+1)} are stored, one array each, and the other four are read
 * at the neighbour: five coefficient streams instead of nine. In other dimensions {@link #apply}
 * applies differences and fluxes (below). Holds work arrays for {@link #apply}: not thread-safe.
 */
public final class KSigma {
    private final Lattice lattice;
    private final double m2;
    private final StressOption option;
    private final LatentField sigma;
    private final SiteCoefficients coefficients;
    /**
     * D = 2: {@code stencil[k][n] = s_δ(n)} for the stored offsets, k = 0..4: δ = (0,0), (0,+1),
     * (+1,−1), (+1,0), (+1,+1) (offset code {@code 3(δ_0 + 1) + (δ_1 + 1) = 4 + k}); null otherwise.
     */
    private final double[][] stencil;
    private final double[][] gp;
    private final double[][] gm;
    private final double[][] fp;
    private final double[][] fm;

    /**
     * @param sigma σ; a snapshot of its values is taken (later changes to it are not seen)
     * @throws ParameterException naming {@code m2} when it is not finite and > 0
     */
    public KSigma(Lattice lattice, double m2, StressOption option, LatentField sigma) {
        this(lattice, m2, option, sigma, null);
    }

    /**
     * As {@link #KSigma(Lattice, double, StressOption, LatentField)}, writing into the arrays of
     * {@code recycled} when it lives on the same lattice: for chains, which build a new K[σ] every
     * sweep. {@code recycled} (and its {@link #coefficients()}) must not be used afterwards.
     *
     * @param recycled an operator its owner has finished with, or null
     */
    public KSigma(Lattice lattice, double m2, StressOption option, LatentField sigma, KSigma recycled) {
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
        boolean reuse = recycled != null && recycled.lattice.equals(lattice);
        this.coefficients = new SiteCoefficients(lattice, sigma, reuse ? recycled.coefficients : null);
        int d = lattice.dimension();
        int v = lattice.volume();
        if (d == 2) {
            double[][] s = reuse ? recycled.stencil : new double[5][v];
            if (option == StressOption.SYMMETRIC) {
                symmetricStencil(s);
            } else {
                if (reuse) {
                    for (double[] row : s) {
                        java.util.Arrays.fill(row, 0.0);
                    }
                }
                KSigmaAssembly.assembleStencil(lattice, m2, option, coefficients, (i, offset, x) -> {
                    if (offset >= 4) { // the transposed contribution arrives at i + δ with offset 8 − offset
                        s[offset - 4][i] += x;
                    }
                });
            }
            stencil = s;
            gp = gm = fp = fm = null;
        } else {
            stencil = null;
            gp = reuse ? recycled.gp : new double[d][v];
            gm = reuse ? recycled.gm : new double[d][v];
            fp = reuse ? recycled.fp : new double[d][v];
            fm = reuse ? recycled.fm : new double[d][v];
        }
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

    /**
     * D = 2: the stored offsets of the 9-point stencil, {@code [k][n] = s_δ(n)} for δ = (0,0),
     * (0,+1), (+1,−1), (+1,0), (+1,+1) (k = 0..4; {@code s_{−δ}(n) = s_δ(n − δ)}), shared, do not
     * modify; null in other dimensions.
     */
    public double[][] halfStencil() {
        return stencil;
    }

    /** The per-site coefficients {@code c(n)} and {@code 1 + tr σ(n)} this operator was built from (shared, do not modify). */
    public SiteCoefficients coefficients() {
        return coefficients;
    }

    /**
     * {@code out = K[σ] in}, matrix-free and allocation-free. D = 2: the 9-point stencil. Otherwise, with {@code g^±_μ = Δ^±_μ in} and
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
        if (stencil != null) {
            applyStencil(in, out);
            return;
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

    /** D = 2, row-major sites {@code n = n_0 N_1 + n_1} (the {@link Lattice} layout), periodic. */
    private void applyStencil(double[] in, double[] out) {
        int n0 = lattice.extent(0);
        int n1 = lattice.extent(1);
        double[] centre = stencil[0];
        double[] east = stencil[1];
        double[] northWest = stencil[2];
        double[] north = stencil[3];
        double[] northEast = stencil[4];
        for (int i0 = 0; i0 < n0; i0++) {
            int r = i0 * n1;
            int u = (i0 == n0 - 1 ? 0 : i0 + 1) * n1;
            int d = (i0 == 0 ? n0 - 1 : i0 - 1) * n1;
            applyAt(in, out, r, u, d, 0, n1 - 1, n1 == 1 ? 0 : 1);
            for (int i1 = 1; i1 < n1 - 1; i1++) { // interior: no wrap in direction 1
                int n = r + i1;
                out[n] = centre[n] * in[n] + east[n] * in[n + 1] + east[n - 1] * in[n - 1]
                        + north[n] * in[u + i1] + north[d + i1] * in[d + i1]
                        + northEast[n] * in[u + i1 + 1] + northEast[d + i1 - 1] * in[d + i1 - 1]
                        + northWest[n] * in[u + i1 - 1] + northWest[d + i1 + 1] * in[d + i1 + 1];
            }
            if (n1 > 1) {
                applyAt(in, out, r, u, d, n1 - 1, n1 - 2, 0);
            }
        }
    }

    /**
     * {@code out[r + i1]} with the rows r, u = r + 0̂, d = r − 0̂ and the columns {@code l = i1 − 1},
     * {@code x = i1 + 1} (mod N_1); the four backward offsets are read at the neighbour.
     */
    private void applyAt(double[] in, double[] out, int r, int u, int d, int i1, int l, int x) {
        int n = r + i1;
        out[n] = stencil[0][n] * in[n] + stencil[1][n] * in[r + x] + stencil[1][r + l] * in[r + l]
                + stencil[3][n] * in[u + i1] + stencil[3][d + i1] * in[d + i1]
                + stencil[4][n] * in[u + x] + stencil[4][d + l] * in[d + l]
                + stencil[2][n] * in[u + l] + stencil[2][d + x] * in[d + x];
    }

    /**
     * The stored offsets of the 9-point stencil of the symmetric option in D = 2, row by row (the same
     * entries as {@link KSigmaAssembly}, gathered: no scatter). With {@code c = c(n)},
     * {@code c^{±μ} = c(n ± μ̂)}, all times v: centre {@code m² w + Σ_μ (c_μμ^{−μ} + 2c_μμ + c_μμ^{+μ}) / (2a_μ²)};
     * {@code +μ̂}: {@code −(c_μμ + c_μμ^{+μ}) / (2a_μ²)}; {@code +(0̂ + 1̂)}: {@code −(c_01^{+0} + c_01^{+1}) / (4a_0a_1)};
     * {@code 0̂ − 1̂}: {@code +(c_01^{+0} + c_01^{−1}) / (4a_0a_1)}. Where {@code N_μ ≤ 2} the offsets name
     * the same site and {@link #applyStencil} adds them up.
     */
    private void symmetricStencil(double[][] s) {
        int n0 = lattice.extent(0);
        int n1 = lattice.extent(1);
        double[] c = coefficients.c;
        double[] w = coefficients.w;
        double cell = lattice.cellVolume();
        double a0 = lattice.spacing(0);
        double a1 = lattice.spacing(1);
        double h0 = 0.5 * cell / (a0 * a0);
        double h1 = 0.5 * cell / (a1 * a1);
        double q = 0.25 * cell / (a0 * a1);
        for (int i0 = 0; i0 < n0; i0++) {
            int r = i0 * n1;
            int u = (i0 == n0 - 1 ? 0 : i0 + 1) * n1;
            int d = (i0 == 0 ? n0 - 1 : i0 - 1) * n1;
            for (int i1 = 0; i1 < n1; i1++) {
                int n = r + i1;
                int p0 = 4 * (u + i1);
                int m0 = 4 * (d + i1);
                int p1 = 4 * (r + (i1 == n1 - 1 ? 0 : i1 + 1));
                int m1 = 4 * (r + (i1 == 0 ? n1 - 1 : i1 - 1));
                double c00 = c[4 * n];
                double c11 = c[4 * n + 3];
                s[0][n] = cell * m2 * w[n] + h0 * (c[m0] + 2 * c00 + c[p0]) + h1 * (c[m1 + 3] + 2 * c11 + c[p1 + 3]);
                s[1][n] = -h1 * (c11 + c[p1 + 3]);
                s[2][n] = q * (c[p0 + 1] + c[m1 + 1]);
                s[3][n] = -h0 * (c00 + c[p0]);
                s[4][n] = -q * (c[p0 + 1] + c[p1 + 1]);
            }
        }
    }

    /**
     * The diagonal {@code K[σ]_nn} into {@code out} (overwritten, length V): in D = 2 the stencil
     * entries whose offset names n itself (the centre, and in a direction with {@code N_μ = 1} every
     * offset along it); otherwise from the assembly.
     */
    public void diagonal(double[] out) {
        if (out.length != lattice.volume()) {
            throw new IllegalArgumentException("the diagonal of K[sigma] has V = " + lattice.volume() + " entries, not " + out.length);
        }
        if (stencil != null) {
            // offsets δ with n + δ = n: δ_μ = 0, or any δ_μ where N_μ = 1; s_{−δ}(n) = s_δ(n − δ) = s_δ(n) there
            boolean flat0 = lattice.extent(0) == 1;
            boolean flat1 = lattice.extent(1) == 1;
            for (int n = 0; n < out.length; n++) {
                double s = stencil[0][n];
                if (flat1) {
                    s += 2 * stencil[1][n];
                }
                if (flat0) {
                    s += 2 * stencil[3][n];
                    if (flat1) {
                        s += 2 * (stencil[2][n] + stencil[4][n]);
                    }
                }
                out[n] = s;
            }
            return;
        }
        java.util.Arrays.fill(out, 0.0);
        KSigmaAssembly.assemble(lattice, m2, option, coefficients, (i, j, x) -> {
            if (i == j) {
                out[i] += x;
            }
        });
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
