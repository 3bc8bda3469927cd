package wick.analysis.seeleydewitt.internal;

import java.util.Locale;

import wick.analysis.heatkernel.Background;
import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;

/**
 * The {@code A²} coefficients of the local invariants of the conformal metric {@code g = e^{2ω}δ},
 * {@code ω = A cos(2π j x/N_x)} ({@code x} the last coordinate), summed over a D = 3 lattice:
 * <pre>
 * S_0 = [A²] Σ_n √g,            S_2 = [A²] Σ_n √g R,
 * S_4 = [A²] Σ_n √g R²,         S_6 = [A²] Σ_n √g Σ_μ g^{μμ} (Δ⁺_μ R)²,
 * </pre>
 * with {@code √g} and g from {@link Background} and R from {@link Curvature#conformal} (lattice
 * formulas). For one mode {@code j ≠ 0, N_x/2} they are {@code (9/4)V, V k̂², 8V k̂⁴, 8V k̂⁶}
 * ({@code R = −4Δ_lat ω + O(ω²)}, {@code Σ√g R = 2Σ e^ω |Δ⁺ω|²}), i.e. the monomials {1, k̂², k̂⁴, k̂⁶}
 * of the derivative expansion. The sums are taken on the {@code 1 × 1 × N_x} line (the background does not
 * depend on the transverse coordinates) and multiplied by the number of transverse sites; the
 * coefficient by {@link SecondOrder}.
 */
final class LocalInvariants {
    /** Number of invariants. */
    static final int COUNT = 4;
    /** Names of the invariants, for tables. */
    static final String[] NAMES = {"sum sqrt(g)", "sum sqrt(g) R", "sum sqrt(g) R^2", "sum sqrt(g) |grad R|^2"};

    private LocalInvariants() {
    }

    /** The four A² coefficients {@code S_0, S_2, S_4, S_6} with their errors, {@code [value..., error...]}. */
    static double[][] of(Lattice line, int mode, double amplitude, double transverseSites, ProgressMonitor progress) {
        progress.checkCancelled();
        double[] zero = sums(line, mode, 0, transverseSites);
        double[] scale = sums(line, mode, amplitude, transverseSites);
        double[][] out = new double[2][COUNT];
        for (int k = 0; k < COUNT; k++) {
            int kk = k;
            double delta = 8 * Math.ulp(1.0) * Math.max(Math.abs(zero[k]), Math.abs(scale[k + COUNT]));
            SecondOrder c = SecondOrder.of(a -> {
                progress.checkCancelled();
                return sums(line, mode, a, transverseSites)[kk];
            }, zero[k], amplitude, delta);
            out[0][k] = c.value();
            out[1][k] = c.error();
        }
        return out;
    }

    /**
     * {@code Σ√g, Σ√g R, Σ√g R², Σ√g g^{μμ}(Δ⁺_μR)²} on the whole lattice for amplitude a, followed by the
     * same sums of absolute values (the scale of their rounding: 8ε times it per evaluation).
     */
    static double[] sums(Lattice line, int mode, double a, double transverseSites) {
        Background b = background(line, mode, a);
        double[] sqrtG = b.sqrtG();
        double[] r = Curvature.of(b);
        double[] g = b.metric();
        int d = line.dimension();
        double[] s = new double[2 * COUNT];
        for (int n = 0; n < sqrtG.length; n++) {
            double grad = 0;
            for (int mu = 0; mu < d; mu++) {
                double diff = (r[line.up(mu)[n]] - r[n]) / line.spacing(mu);
                grad += diff * diff / g[n * d * d + mu * d + mu];
            }
            double[] term = {sqrtG[n], sqrtG[n] * r[n], sqrtG[n] * r[n] * r[n], sqrtG[n] * grad};
            for (int k = 0; k < COUNT; k++) {
                s[k] += term[k];
                s[COUNT + k] += Math.abs(term[k]);
            }
        }
        for (int k = 0; k < 2 * COUNT; k++) {
            s[k] *= transverseSites;
        }
        return s;
    }

    /** The conformal background {@code ω = a cos(2π j x/N_x)} on the line lattice (D = 3). */
    static Background background(Lattice line, int mode, double a) {
        StringBuilder spec = new StringBuilder("conformal:").append(Double.toString(a));
        for (int mu = 0; mu < line.dimension() - 1; mu++) {
            spec.append(",0");
        }
        spec.append(String.format(Locale.ROOT, ",%d", mode));
        return Background.parse(spec.toString(), line);
    }
}
