package wick.analysis.seeleydewitt.internal;

import wick.analysis.heatkernel.FlatHeatKernel;
import wick.api.lattice.Lattice;

/**
 * The artefact-normalised ratio and the local coefficient (PHYSICS 5):
 * {@code r(s,n) = e^{s m²} h(s,n) / h_flat(s/λ(n))}, {@code λ = √g^{2/D}} the local conformal factor,
 * {@code h_flat} the massless flat diagonal of {@code L = K_E/v} on the same periodic lattice; the fit
 * {@code r = c_0 + c_1 s + c_2 s²} gives {@code a_1(n) = c_1/c_0 − m²} ({@code a_0 = c_0 → 1}).
 * For a constant conformal background {@code h = e^{−sm²} h_flat(s/λ)} exactly, so r ≡ 1 and
 * {@code a_1 = −m²}. (PHYSICS 5 writes the denominator as {@code √g h_flat(s/√g)}; in D = 2 the extra
 * {@code √g(n)} only rescales c_0 to {@code 1/√g} and leaves {@code a_1 = c_1/c_0} unchanged, so it is dropped
 * here to keep {@code c_0 = a_0 = 1}.)
 */
final class LocalCoefficients {
    private LocalCoefficients() {
    }

    /** The proper-time grid {@code smin, smin + step, ..., ≤ smax}. */
    static double[] grid(double smin, double smax, double step) {
        int n = (int) Math.floor((smax - smin) / step + 1e-9) + 1;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = smin + i * step;
        }
        return s;
    }

    /** {@code r[j][n]}, a new array; {@code h} not modified. */
    static double[][] ratio(Lattice l, double m2, double[] sqrtG, double[] s, double[][] h) {
        int d = l.dimension();
        double cell = l.cellVolume();
        double[][] r = new double[s.length][sqrtG.length];
        for (int n = 0; n < sqrtG.length; n++) {
            double lambda = Math.pow(sqrtG[n], 2.0 / d);
            for (int j = 0; j < s.length; j++) {
                double flat = FlatHeatKernel.periodicDiagonal(l, 0, s[j] / (lambda * cell));
                r[j][n] = Math.exp(s[j] * m2) * h[j][n] / flat;
            }
        }
        return r;
    }

    /** Per site: {@code [c_0, a_1]} from the quadratic fit of r; a new array {@code out[0] = c_0, out[1] = a_1}. */
    static double[][] fit(double[] s, double[][] r, double m2) {
        int v = r[0].length;
        double[][] out = new double[2][v];
        double[] y = new double[s.length];
        for (int n = 0; n < v; n++) {
            for (int j = 0; j < s.length; j++) {
                y[j] = r[j][n];
            }
            QuadraticFit f = QuadraticFit.fit(s, y, 2);
            out[0][n] = f.c()[0];
            out[1][n] = f.c()[1] / f.c()[0] - m2;
        }
        return out;
    }
}
