package wick.model.gravity;

import wick.api.lattice.Lattice;

/**
 * The lattice stress tensor (PHYSICS section 4):
 * {@code T_{μν}(n) = X_{μν}(n) − ½ δ_{μν} [Σ_ρ X_ρρ(n) + m² φ_n²]} with
 * <ul>
 * <li>symmetric (corner average {@code 2^{−D} Σ_s}): {@code X_μμ = ½[(Δ⁺_μφ)² + (Δ⁻_μφ)²]},
 * {@code X_μν = (Δᶜ_μφ)(Δᶜ_νφ)} (μ ≠ ν), {@code Δᶜ = ½(Δ⁺ + Δ⁻)};</li>
 * <li>forward: {@code X_μν = (Δ_μφ)(Δ_νφ)}.</li>
 * </ul>
 * Output layout: {@code t[n·P + component(μ, ν)]}, P = D(D+1)/2, components as in {@link LatentField}.
 * Holds work arrays: not thread-safe.
 */
public final class StressTensor {
    private final Lattice lattice;
    private final double m2;
    private final StressOption option;
    private final int d;
    private final int p;
    private final double[][] gp;
    private final double[][] gm;

    public StressTensor(Lattice lattice, double m2, StressOption option) {
        this.lattice = lattice;
        this.m2 = m2;
        this.option = option;
        this.d = lattice.dimension();
        this.p = LatentField.components(d);
        this.gp = new double[d][lattice.volume()];
        this.gm = new double[d][lattice.volume()];
    }

    /**
     * Computes T(n) at every site.
     *
     * @param phi the field, not modified
     * @param t   overwritten, length {@code V·P}
     */
    public void compute(double[] phi, double[] t) {
        int v = lattice.volume();
        if (phi.length != v || t.length != v * p) {
            throw new IllegalArgumentException("stress tensor needs phi of length V = " + v + " and t of length V·P = " + v * p);
        }
        for (int mu = 0; mu < d; mu++) {
            int[] up = lattice.up(mu);
            int[] down = lattice.down(mu);
            double inv = 1.0 / lattice.spacing(mu);
            for (int n = 0; n < v; n++) {
                gp[mu][n] = (phi[up[n]] - phi[n]) * inv;
                gm[mu][n] = (phi[n] - phi[down[n]]) * inv;
            }
        }
        boolean symmetric = option == StressOption.SYMMETRIC;
        for (int n = 0; n < v; n++) {
            int base = n * p;
            double diagonal = 0;
            for (int mu = 0; mu < d; mu++) {
                for (int nu = mu; nu < d; nu++) {
                    double x;
                    if (!symmetric) {
                        x = gp[mu][n] * gp[nu][n];
                    } else if (mu == nu) {
                        x = 0.5 * (gp[mu][n] * gp[mu][n] + gm[mu][n] * gm[mu][n]);
                    } else {
                        x = 0.25 * (gp[mu][n] + gm[mu][n]) * (gp[nu][n] + gm[nu][n]);
                    }
                    t[base + LatentField.component(d, mu, nu)] = x;
                    if (mu == nu) {
                        diagonal += x;
                    }
                }
            }
            double trace = 0.5 * (diagonal + m2 * phi[n] * phi[n]);
            for (int mu = 0; mu < d; mu++) {
                t[base + LatentField.component(d, mu, mu)] -= trace;
            }
        }
    }

    /**
     * Block means {@code T̄_B = (1/M) Σ_{n∈B} T(n)} (PHYSICS section 4, encoder).
     *
     * @param t   site values from {@link #compute}, not modified
     * @param out overwritten, length {@code blocks·P}
     */
    public static void blockMeans(Blocks blocks, double[] t, double[] out) {
        int p = LatentField.components(blocks.lattice().dimension());
        java.util.Arrays.fill(out, 0.0);
        int v = blocks.lattice().volume();
        for (int n = 0; n < v; n++) {
            int b = blocks.blockOf(n);
            for (int q = 0; q < p; q++) {
                out[b * p + q] += t[n * p + q];
            }
        }
        double inv = 1.0 / blocks.size();
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
    }

    /**
     * {@code Σ_n σ(n)·T(n)} with {@code σ·T = Σ_{μν} σ_{μν} T_{μν}} (off-diagonal counted twice).
     *
     * @param t site values from {@link #compute}, not modified
     */
    public static double contract(LatentField sigma, double[] t) {
        int d = sigma.dimension();
        int p = LatentField.components(d);
        Blocks blocks = sigma.blocks();
        double s = 0;
        for (int n = 0; n < blocks.lattice().volume(); n++) {
            int b = blocks.blockOf(n);
            for (int mu = 0; mu < d; mu++) {
                for (int nu = 0; nu < d; nu++) {
                    s += sigma.get(b, mu, nu) * t[n * p + LatentField.component(d, mu, nu)];
                }
            }
        }
        return s;
    }
}
