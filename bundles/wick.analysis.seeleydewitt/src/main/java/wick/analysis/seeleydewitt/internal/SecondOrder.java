package wick.analysis.seeleydewitt.internal;

import java.util.function.DoubleUnaryOperator;

/**
 * The {@code A²} coefficient {@code c_2} of a smooth {@code F(a) = F(0) + c_1 a + c_2 a² + c_3 a³ + ...}
 * from {@code F(±A)}, {@code F(±A/2)}, {@code F(±A/4)}: the even part
 * {@code g(a) = [F(a) + F(−a) − 2F(0)]/(2a²) = c_2 + c_4 a² + c_6 a⁴ + ...} (odd orders cancel exactly),
 * one Richardson step {@code r(a) = (4g(a/2) − g(a))/3 = c_2 − c_6 a⁴/4 + ...} and a second
 * {@code c_2 ≈ (16 r(A/2) − r(A))/15 = (64 g(A/4) − 20 g(A/2) + g(A))/45}, exact through {@code a⁴}.
 *
 * <p>Error estimate: {@code |c_2 − r(A/2)|}, the change made by the last step (it bounds the error of the
 * less accurate {@code r(A/2)}), plus the rounding: with an error δ per evaluation of F (independent), the
 * weights give {@code (δ/A²) · √6 · sqrt((64·16)² + (20·4)² + 1) / 90}.
 *
 * @param value the estimate of c_2
 * @param error its estimated error
 */
record SecondOrder(double value, double error) {
    private static final double ROUNDING_WEIGHT = Math.sqrt(6) * Math.sqrt(1024.0 * 1024 + 80 * 80 + 1) / 90;

    /**
     * @param f         F (called at ±A, ±A/2, ±A/4)
     * @param f0        F(0)
     * @param amplitude A > 0
     * @param delta     the rounding error of one evaluation of F (≥ 0)
     */
    static SecondOrder of(DoubleUnaryOperator f, double f0, double amplitude, double delta) {
        double a = amplitude;
        double[] g = new double[3];
        for (int level = 0; level < 3; level++) {
            double h = a / (1 << level);
            g[level] = (f.applyAsDouble(h) + f.applyAsDouble(-h) - 2 * f0) / (2 * h * h);
        }
        double r0 = (4 * g[1] - g[0]) / 3;
        double r1 = (4 * g[2] - g[1]) / 3;
        double c2 = (16 * r1 - r0) / 15;
        return new SecondOrder(c2, Math.abs(c2 - r1) + ROUNDING_WEIGHT * delta / (a * a));
    }
}
