package wick.analysis.seeleydewitt.internal;

import wick.analysis.heatkernel.Background;
import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;

/**
 * The scalar curvature R(n) of the background metric, computed from g by finite differences:
 * <ul>
 * <li>conformal {@code g = e^{2ω}δ} (any D): {@code R = −2(D−1) e^{−2ω} [Δ_lat ω + ((D−2)/2) |∇ω|²]}
 * with the lattice Laplacian {@code Δ_lat ω = Σ_μ (ω_{n+μ} − 2ω_n + ω_{n−μ})/a_μ²} and
 * {@code |∇ω|² = ½ Σ_μ [(Δ⁺_μω)² + (Δ⁻_μω)²]}; in D = 2 this is PHYSICS 5's {@code R = −2e^{−2ω}Δ_lat ω};</li>
 * <li>a general metric in D = 2: {@code R = 2K} with the Gaussian curvature K from Brioschi's formula in
 * {@code E = g_00, F = g_01, G = g_11}, first derivatives by central differences, {@code E_vv} and
 * {@code G_uu} by the compact second difference, {@code F_uv} central–central (errors O(a²)).</li>
 * </ul>
 */
final class Curvature {
    private Curvature() {
    }

    /**
     * R per site, a new array.
     *
     * @throws ParameterException naming {@code background} for a non-conformal background with D ≠ 2
     */
    static double[] of(Background b) {
        Lattice l = b.lattice();
        if (b.isConformal()) {
            return conformal(l, b.omega());
        }
        if (l.dimension() != 2) {
            throw new ParameterException("background", b.spec(), "a conformal background in D = " + l.dimension()
                    + " (the curvature of a general sigma is implemented for D = 2)");
        }
        return brioschi(l, b.metric());
    }

    static double[] conformal(Lattice l, double[] omega) {
        int d = l.dimension();
        int v = l.volume();
        double[] r = new double[v];
        for (int n = 0; n < v; n++) {
            double lap = 0;
            double grad2 = 0;
            for (int mu = 0; mu < d; mu++) {
                double a = l.spacing(mu);
                double up = omega[l.up(mu)[n]];
                double dn = omega[l.down(mu)[n]];
                lap += (up - 2 * omega[n] + dn) / (a * a);
                double fp = (up - omega[n]) / a;
                double fm = (omega[n] - dn) / a;
                grad2 += 0.5 * (fp * fp + fm * fm);
            }
            r[n] = -2 * (d - 1) * Math.exp(-2 * omega[n]) * (lap + 0.5 * (d - 2) * grad2);
        }
        return r;
    }

    static double[] brioschi(Lattice l, double[] g) {
        int v = l.volume();
        double[] e = new double[v];
        double[] f = new double[v];
        double[] gg = new double[v];
        for (int n = 0; n < v; n++) {
            e[n] = g[n * 4];
            f[n] = g[n * 4 + 1];
            gg[n] = g[n * 4 + 3];
        }
        double au = l.spacing(0);
        double av = l.spacing(1);
        int[] uUp = l.up(0);
        int[] uDn = l.down(0);
        int[] vUp = l.up(1);
        int[] vDn = l.down(1);
        double[] r = new double[v];
        for (int n = 0; n < v; n++) {
            double eu = (e[uUp[n]] - e[uDn[n]]) / (2 * au);
            double ev = (e[vUp[n]] - e[vDn[n]]) / (2 * av);
            double gu = (gg[uUp[n]] - gg[uDn[n]]) / (2 * au);
            double gv = (gg[vUp[n]] - gg[vDn[n]]) / (2 * av);
            double fu = (f[uUp[n]] - f[uDn[n]]) / (2 * au);
            double fv = (f[vUp[n]] - f[vDn[n]]) / (2 * av);
            double evv = (e[vUp[n]] - 2 * e[n] + e[vDn[n]]) / (av * av);
            double guu = (gg[uUp[n]] - 2 * gg[n] + gg[uDn[n]]) / (au * au);
            double fuv = (f[vUp[uUp[n]]] - f[vDn[uUp[n]]] - f[vUp[uDn[n]]] + f[vDn[uDn[n]]]) / (4 * au * av);
            double en = e[n];
            double fn = f[n];
            double gn = gg[n];
            double det1 = det3(-0.5 * evv + fuv - 0.5 * guu, 0.5 * eu, fu - 0.5 * ev,
                    fv - 0.5 * gu, en, fn,
                    0.5 * gv, fn, gn);
            double det2 = det3(0, 0.5 * ev, 0.5 * gu,
                    0.5 * ev, en, fn,
                    0.5 * gu, fn, gn);
            double w = en * gn - fn * fn;
            r[n] = 2 * (det1 - det2) / (w * w);
        }
        return r;
    }

    private static double det3(double a, double b, double c, double d, double e, double f, double g, double h, double i) {
        return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    }
}
