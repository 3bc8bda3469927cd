package org.example.xy.internal;

/**
 * Modified Bessel functions of integer order, scaled: {@code e^{−x} I_k(x)} for {@code x ≥ 0}, from
 * {@code I_k(x) = (1/π) ∫_0^π e^{x cos t} cos(kt) dt}. The integrand is smooth and periodic, so the
 * trapezoid rule with {@code M} intervals is exact up to the aliased terms {@code I_{2jM ± k}(x)},
 * negligible (below 1e-16 relative) once {@code M} exceeds {@code k + x} by a wide margin.
 */
final class Bessel {
    private Bessel() {
    }

    /** {@code e^{−x} I_k(x)}, {@code k ≥ 0}, {@code x ≥ 0}. */
    static double scaledI(int k, double x) {
        int m = 256 + 4 * k + 8 * (int) Math.ceil(x);
        double h = Math.PI / m;
        double s = 0.5 * (Math.exp(0) + Math.exp(-2 * x) * (k % 2 == 0 ? 1 : -1));
        for (int j = 1; j < m; j++) {
            double t = j * h;
            s += Math.exp(x * (Math.cos(t) - 1)) * Math.cos(k * t);
        }
        return s / m;
    }
}
