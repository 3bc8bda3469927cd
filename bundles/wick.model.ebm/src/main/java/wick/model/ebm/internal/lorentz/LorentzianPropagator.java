package wick.model.ebm.internal.lorentz;

import wick.api.lattice.Lattice;
import wick.lattice.ComplexFft;
import wick.lattice.Symbols;

/**
 * The Lorentzian propagator {@code G_M = (K_M + iε)⁻¹} (PHYSICS 1) on a periodic lattice, with
 * {@code (K_M)_k = v (ω̂² − Σ_i k̂_i² − m²)} and {@code ε > 0} (Feynman's prescription for the
 * mostly-minus sign of {@code K_M}: the weight is {@code e^{+iS_M}}). In momentum space
 * {@code G_M(k) = 1/((K_M)_k + iε) = ((K_M)_k − iε)/((K_M)_k² + ε²)}, so {@code Im G_M(k) < 0}
 * (the sign of {@code −ε}), {@code |G_M(k)| ≤ 1/ε} with equality exactly on the on-shell modes
 * ({@link OnShell}; their symbol is set to exactly 0), and {@code G_M(k) → 1/(K_M)_k} off shell as
 * {@code ε → 0}, with error {@code ε/|K_M|²}.
 *
 * <p>In position space {@code G_M(x) = (1/V) Σ_k e^{ik·x} G_M(k) = ((K_M + iε)⁻¹)_{x,0}} (PHYSICS 0);
 * both its real and imaginary parts are real fields because the symbol is even in {@code k}.
 * Immutable; arrays returned are new.
 */
final class LorentzianPropagator {
    private final Lattice lattice;
    private final double epsilon;
    private final double[] symbol;
    private final boolean[] onShell;

    /**
     * @param m2      any finite m²
     * @param epsilon {@code ε > 0}, finite
     * @throws wick.api.param.ParameterException naming {@code m2} when it is not finite
     * @throws IllegalArgumentException          when ε is not a finite positive number
     */
    LorentzianPropagator(Lattice lattice, double m2, double epsilon) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be finite and > 0, got " + epsilon);
        }
        this.lattice = lattice;
        this.epsilon = epsilon;
        this.symbol = Symbols.minkowski(lattice, m2);
        this.onShell = OnShell.modes(symbol);
    }

    /** The symbol {@code (K_M)_k} as {@link Symbols#minkowski} computes it (on-shell noise not removed). */
    double[] symbol() {
        return symbol.clone();
    }

    /** Which modes are on shell ({@link OnShell}). */
    boolean[] onShell() {
        return onShell.clone();
    }

    /** Number of on-shell modes. */
    int onShellCount() {
        return OnShell.count(onShell);
    }

    /**
     * {@code G_M(k) = 1/((K_M)_k + iε)} for every momentum (field layout), interleaved complex
     * (length 2V), on-shell modes exactly {@code −i/ε}. Evaluated by Smith's division, without
     * overflow of {@code K²}.
     */
    double[] momentumSpace() {
        double[] g = new double[2 * symbol.length];
        for (int k = 0; k < symbol.length; k++) {
            double kk = onShell[k] ? 0.0 : symbol[k];
            if (Math.abs(kk) >= epsilon) {
                double r = epsilon / kk;
                double d = kk + epsilon * r;
                g[2 * k] = 1.0 / d;
                g[2 * k + 1] = -r / d;
            } else {
                double r = kk / epsilon;
                double d = kk * r + epsilon;
                g[2 * k] = r / d;
                g[2 * k + 1] = -1.0 / d;
            }
        }
        return g;
    }

    /** {@code max_k |G_M(k)| = 1/sqrt(min_k (K_M)_k² + ε²)}: {@code 1/ε} when a mode is on shell. */
    double maxAbs() {
        double max = 0;
        for (int k = 0; k < symbol.length; k++) {
            double kk = onShell[k] ? 0.0 : symbol[k];
            max = Math.max(max, 1.0 / Math.hypot(kk, epsilon));
        }
        return max;
    }

    /** {@code G_M(x) = (1/V) Σ_k e^{ik·x}/((K_M)_k + iε)} by one inverse FFT; interleaved complex, length 2V. */
    double[] positionSpace() {
        double[] g = momentumSpace();
        new ComplexFft(lattice).inverse(g);
        return g;
    }

    /**
     * The zero-spatial-momentum projection {@code P(t) = a_s^{D−1} Σ_x G_M(t, x)}, {@code t = 0..N_t−1}
     * (the Lorentzian analogue of the correlator {@code C(τ)} of PHYSICS 2.1), equal to
     * {@code (a_s^{D−1}/N_t) Σ_{j_0} e^{2πi j_0 t/N_t} / ((K_M)_{(j_0, 0)} + iε)}.
     *
     * @return {@code {Re P, Im P}}, each of length {@code N_t}
     */
    double[][] zeroMomentum() {
        double[] g = positionSpace();
        int nt = lattice.extent(0);
        int ns = lattice.spatialVolume();
        double as = lattice.spatialCellVolume();
        double[][] p = new double[2][nt];
        for (int t = 0, i = 0; t < nt; t++) {
            double re = 0;
            double im = 0;
            for (int z = 0; z < ns; z++, i++) {
                re += g[2 * i];
                im += g[2 * i + 1];
            }
            p[0][t] = as * re;
            p[1][t] = as * im;
        }
        return p;
    }
}
