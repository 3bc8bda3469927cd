package wick.model.gravity.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import wick.api.lattice.Lattice;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

/**
 * The curved action of the approximation-1 check (PHYSICS section 4, emergent metric):
 * {@code S_g = ½ v Σ_n √det g(n) [Σ_μν (g(n)⁻¹)^{μν} X_μν(n) + m² φ_n²]} with {@code g = I + 2σ}
 * exactly (per block determinant and inverse) and X the same products as in T at the same site
 * (symmetric: {@code X_μμ = ½[(Δ⁺_μφ)² + (Δ⁻_μφ)²]}, {@code X_μν = Δᶜ_μφ Δᶜ_νφ}; forward:
 * {@code Δ⁺_μφ Δ⁺_νφ}). It differs from {@code ½ φᵀK[σ]φ} by O(σ²).
 */
final class CurvedAction {
    private CurvedAction() {
    }

    /**
     * @throws IllegalArgumentException when some {@code det g ≤ 0}
     */
    static double of(Lattice l, double m2, StressOption option, LatentField sigma, double[] phi) {
        int d = l.dimension();
        int nb = sigma.blocks().count();
        double[] root = new double[nb];
        double[][] inverse = new double[nb][];
        DMatrixRMaj g = new DMatrixRMaj(d, d);
        for (int b = 0; b < nb; b++) {
            for (int mu = 0; mu < d; mu++) {
                for (int nu = 0; nu < d; nu++) {
                    g.set(mu, nu, (mu == nu ? 1 : 0) + 2 * sigma.get(b, mu, nu));
                }
            }
            double det = CommonOps_DDRM.det(g);
            if (!(det > 0)) {
                throw new IllegalArgumentException("g = I + 2 sigma has det " + det + " <= 0 on block " + b);
            }
            root[b] = Math.sqrt(det);
            DMatrixRMaj inv = g.copy();
            CommonOps_DDRM.invert(inv);
            inverse[b] = inv.data.clone();
        }
        boolean symmetric = option == StressOption.SYMMETRIC;
        double s = 0;
        for (int n = 0; n < l.volume(); n++) {
            int b = sigma.blocks().blockOf(n);
            double x = m2 * phi[n] * phi[n];
            for (int mu = 0; mu < d; mu++) {
                for (int nu = 0; nu < d; nu++) {
                    x += inverse[b][mu * d + nu] * product(l, phi, n, mu, nu, symmetric);
                }
            }
            s += root[b] * x;
        }
        return 0.5 * l.cellVolume() * s;
    }

    private static double product(Lattice l, double[] phi, int n, int mu, int nu, boolean symmetric) {
        double pm = (phi[l.up(mu)[n]] - phi[n]) / l.spacing(mu);
        double pn = (phi[l.up(nu)[n]] - phi[n]) / l.spacing(nu);
        if (!symmetric) {
            return pm * pn;
        }
        double mm = (phi[n] - phi[l.down(mu)[n]]) / l.spacing(mu);
        if (mu == nu) {
            return 0.5 * (pm * pm + mm * mm);
        }
        double mn = (phi[n] - phi[l.down(nu)[n]]) / l.spacing(nu);
        return 0.25 * (pm + mm) * (pn + mn);
    }
}
