package wick.model.ebm.internal.lorentz;

import wick.lattice.Signature;

/**
 * The on-shell modes of the Lorentzian symbol: {@code (K_M)_k = 0} by the tolerance of
 * {@link Signature} ({@code |x| < 1e-10 · max|x|}, all modes when the symbol vanishes identically),
 * so that the counts here and {@code Signature.of(K_M).zero()} agree. These modes are exact zeros
 * of the algebra (e.g. {@code ω̂² = k̂² + m²} on 4×4 at m² = 2) carrying rounding noise; the tasks
 * set them to exactly 0.
 */
final class OnShell {
    private OnShell() {
    }

    /** Which modes of {@code km} (not modified) are on shell. */
    static boolean[] modes(double[] km) {
        double max = 0;
        for (double x : km) {
            max = Math.max(max, Math.abs(x));
        }
        double threshold = Signature.ZERO_TOLERANCE * max;
        boolean[] zero = new boolean[km.length];
        for (int k = 0; k < km.length; k++) {
            zero[k] = max == 0 || Math.abs(km[k]) < threshold;
        }
        return zero;
    }

    /** A copy of {@code km} with the on-shell entries set to exactly 0. */
    static double[] snapped(double[] km, boolean[] onShell) {
        double[] out = km.clone();
        for (int k = 0; k < out.length; k++) {
            if (onShell[k]) {
                out[k] = 0.0;
            }
        }
        return out;
    }

    static int count(boolean[] onShell) {
        int n = 0;
        for (boolean b : onShell) {
            if (b) {
                n++;
            }
        }
        return n;
    }
}
