package wick.model.gravity.internal;

import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

import wick.api.lattice.Lattice;
import wick.lattice.Momenta;

/**
 * The symbol of {@code K[σ]} for σ constant over the lattice (PHYSICS section 4), in field layout
 * (entry {@code i} is the momentum with integer coordinates of site {@code i}):
 * symmetric {@code K_k = v [Σ_μ c_μμ k̂_μ² + Σ_{μ≠ν} c_μν ŝ_μ ŝ_ν + m²(1 + tr σ)]},
 * {@code ŝ_μ = sin(k_μa_μ)/a_μ}; forward: the off-diagonal factor is
 * {@code Re(conj(d_μ) d_ν) = [(cos θ_μ − 1)(cos θ_ν − 1) + sin θ_μ sin θ_ν]/(a_μ a_ν)}, {@code θ = k a},
 * the symbol of {@code Δ_μᵀΔ_ν} symmetrised. Both are even in k.
 */
final class KSymbol {
    private KSymbol() {
    }

    /**
     * @param c row-major D×D coefficient {@code c = (1 + tr σ) I − 2σ}, not modified
     * @param w {@code 1 + tr σ}
     * @return a new array of length V
     */
    static double[] of(Lattice l, double m2, StressOption option, double[] c, double w) {
        int d = l.dimension();
        double[][] k2 = new double[d][];
        double[][] sin = new double[d][];
        double[][] cos = new double[d][];
        for (int mu = 0; mu < d; mu++) {
            k2[mu] = Momenta.hatK2(l, mu);
            sin[mu] = Momenta.sinK(l, mu);
            int n = l.extent(mu);
            cos[mu] = new double[n];
            for (int j = 0; j < n; j++) {
                sin[mu][j] *= l.spacing(mu); // sin θ
                cos[mu][j] = Math.cos(2 * Math.PI * Math.min(j, n - j) / n);
            }
        }
        double cell = l.cellVolume();
        double[] out = new double[l.volume()];
        int[] j = new int[d];
        for (int i = 0; i < out.length; i++) {
            l.coordinates(i, j);
            double s = m2 * w;
            for (int mu = 0; mu < d; mu++) {
                s += c[mu * d + mu] * k2[mu][j[mu]];
                for (int nu = 0; nu < d; nu++) {
                    if (nu == mu) {
                        continue;
                    }
                    double f;
                    if (option == StressOption.SYMMETRIC) {
                        f = sin[mu][j[mu]] * sin[nu][j[nu]];
                    } else {
                        f = (cos[mu][j[mu]] - 1) * (cos[nu][j[nu]] - 1) + sin[mu][j[mu]] * sin[nu][j[nu]];
                    }
                    s += c[mu * d + nu] * f / (l.spacing(mu) * l.spacing(nu));
                }
            }
            out[i] = cell * s;
        }
        return out;
    }

    /** The symbol of {@code K[σ̄]}, σ̄ the lattice mean of σ (the CG preconditioner). */
    static double[] ofMean(Lattice l, double m2, StressOption option, LatentField sigma) {
        int d = l.dimension();
        double[] mean = sigma.latticeMean();
        double[] c = new double[d * d];
        double tr = 0;
        for (int mu = 0; mu < d; mu++) {
            tr += mean[LatentField.component(d, mu, mu)];
        }
        for (int mu = 0; mu < d; mu++) {
            for (int nu = 0; nu < d; nu++) {
                c[mu * d + nu] = (mu == nu ? 1 + tr : 0) - 2 * mean[LatentField.component(d, mu, nu)];
            }
        }
        return of(l, m2, option, c, 1 + tr);
    }

    /**
     * The factors of the symbol, {@code f[μ][ν][i]} in field layout ({@code μ ≤ ν} filled, the rest
     * mirrored): {@code k̂_μ²} on the diagonal; off it {@code ŝ_μ ŝ_ν} (symmetric) or
     * {@code [(cos θ_μ − 1)(cos θ_ν − 1) + sin θ_μ sin θ_ν]/(a_μ a_ν)} (forward), so that
     * {@code K_k = v [Σ_μν c_μν f_μν + m²(1 + tr σ)]} and, under {@code N(0, K⁻¹)},
     * {@code ⟨X_μν⟩ = (1/V) Σ_k f_μν(k)/K_k} (PHYSICS section 4). New arrays.
     */
    static double[][][] factors(Lattice l, StressOption option) {
        int d = l.dimension();
        double[][] k2 = new double[d][];
        double[][] sin = new double[d][];
        double[][] cos = new double[d][];
        for (int mu = 0; mu < d; mu++) {
            k2[mu] = Momenta.hatK2(l, mu);
            sin[mu] = Momenta.sinK(l, mu);
            int n = l.extent(mu);
            cos[mu] = new double[n];
            for (int j = 0; j < n; j++) {
                sin[mu][j] *= l.spacing(mu);
                cos[mu][j] = Math.cos(2 * Math.PI * Math.min(j, n - j) / n);
            }
        }
        int v = l.volume();
        double[][][] f = new double[d][d][];
        int[] j = new int[d];
        for (int mu = 0; mu < d; mu++) {
            for (int nu = mu; nu < d; nu++) {
                double[] out = new double[v];
                for (int i = 0; i < v; i++) {
                    l.coordinates(i, j);
                    if (mu == nu) {
                        out[i] = k2[mu][j[mu]];
                    } else if (option == StressOption.SYMMETRIC) {
                        out[i] = sin[mu][j[mu]] * sin[nu][j[nu]] / (l.spacing(mu) * l.spacing(nu));
                    } else {
                        out[i] = ((cos[mu][j[mu]] - 1) * (cos[nu][j[nu]] - 1) + sin[mu][j[mu]] * sin[nu][j[nu]])
                                / (l.spacing(mu) * l.spacing(nu));
                    }
                }
                f[mu][nu] = out;
                f[nu][mu] = out;
            }
        }
        return f;
    }
}
