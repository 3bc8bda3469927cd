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
        if (d == 2) {
            compute2(phi, t);
            return;
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

    /** {@link #compute} in D = 2 in one pass, without the difference arrays (the same arithmetic). */
    private void compute2(double[] phi, double[] t) {
        int v = lattice.volume();
        int[] up0 = lattice.up(0);
        int[] up1 = lattice.up(1);
        int[] down0 = lattice.down(0);
        int[] down1 = lattice.down(1);
        double inv0 = 1.0 / lattice.spacing(0);
        double inv1 = 1.0 / lattice.spacing(1);
        boolean symmetric = option == StressOption.SYMMETRIC;
        for (int n = 0; n < v; n++) {
            double f = phi[n];
            double p0 = (phi[up0[n]] - f) * inv0;
            double p1 = (phi[up1[n]] - f) * inv1;
            double t00;
            double t01;
            double t11;
            if (symmetric) {
                double m0 = (f - phi[down0[n]]) * inv0;
                double m1 = (f - phi[down1[n]]) * inv1;
                t00 = 0.5 * (p0 * p0 + m0 * m0);
                t01 = 0.25 * (p0 + m0) * (p1 + m1);
                t11 = 0.5 * (p1 * p1 + m1 * m1);
            } else {
                t00 = p0 * p0;
                t01 = p0 * p1;
                t11 = p1 * p1;
            }
            double trace = 0.5 * ((t00 + t11) + m2 * f * f);
            t[3 * n] = t00 - trace;
            t[3 * n + 1] = t01;
            t[3 * n + 2] = t11 - trace;
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
