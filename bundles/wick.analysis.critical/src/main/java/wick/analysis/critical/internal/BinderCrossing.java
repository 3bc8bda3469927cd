package wick.analysis.critical.internal;

/**
 * The crossing of two Binder-cumulant curves known on a grid of m² (PHYSICS 2.2:
 * {@code U_L = 1 − ⟨M⁴⟩/(3⟨M²⟩²)}): the zero of {@code D(m²) = U_{L2}(m²) − U_{L1}(m²)}, L2 > L1, by
 * linear interpolation between the two grid points that bracket a sign change of D.
 *
 * <p>On the ordered side (m² below the crossing) the larger lattice has the larger cumulant, so the
 * expected change is from {@code D > 0} to {@code D < 0} as m² grows. When D changes sign more than
 * once (noise), a change of that orientation is preferred, and among those the one with the most
 * significant drop {@code |D_i − D_{i+1}| / √(σ_i² + σ_{i+1}²)}.
 *
 * <p>With {@code t = D_i/(D_i − D_{i+1})} the crossing is {@code m* = m_i + t h} ({@code h = m_{i+1} − m_i})
 * and {@code U* = U_{L1,i} + t (U_{L1,i+1} − U_{L1,i})} (equal to the same interpolation of U_{L2}).
 * Linear propagation of independent errors of the D's gives
 * {@code σ_{m*}² = h² (D_{i+1}² σ_i² + D_i² σ_{i+1}²) / (D_{i+1} − D_i)⁴}.
 */
final class BinderCrossing {
    private BinderCrossing() {
    }

    /**
     * A crossing.
     *
     * @param m2      where the curves cross
     * @param u       the cumulant there
     * @param bracket the index i of the bracketing grid points i, i+1
     */
    record Crossing(double m2, double u, int bracket) {
    }

    /**
     * The crossing of the central curves, or {@code null} when D does not change sign on the grid.
     * Arrays are indexed by grid point and not modified.
     */
    static Crossing central(double[] m, double[] u1, double[] s1, double[] u2, double[] s2) {
        int best = -1;
        boolean bestOriented = false;
        double bestScore = -1;
        for (int i = 0; i + 1 < m.length; i++) {
            double d0 = u2[i] - u1[i];
            double d1 = u2[i + 1] - u1[i + 1];
            if (!changes(d0, d1)) {
                continue;
            }
            boolean oriented = d0 >= d1;
            double sigma = Math.sqrt(s1[i] * s1[i] + s2[i] * s2[i] + s1[i + 1] * s1[i + 1] + s2[i + 1] * s2[i + 1]);
            double score = sigma > 0 ? Math.abs(d0 - d1) / sigma : Math.abs(d0 - d1);
            if (best < 0 || oriented && !bestOriented || oriented == bestOriented && score > bestScore) {
                best = i;
                bestOriented = oriented;
                bestScore = score;
            }
        }
        return best < 0 ? null : at(m, u1, u2, best);
    }

    /** The crossing whose position is nearest {@code near}, or {@code null} when D does not change sign. */
    static Crossing nearest(double[] m, double[] u1, double[] u2, double near) {
        Crossing best = null;
        for (int i = 0; i + 1 < m.length; i++) {
            if (changes(u2[i] - u1[i], u2[i + 1] - u1[i + 1])) {
                Crossing c = at(m, u1, u2, i);
                if (best == null || Math.abs(c.m2() - near) < Math.abs(best.m2() - near)) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** The linear interpolation in bracket {@code i}. */
    static Crossing at(double[] m, double[] u1, double[] u2, int i) {
        double d0 = u2[i] - u1[i];
        double d1 = u2[i + 1] - u1[i + 1];
        double t = d0 == d1 ? 0.5 : d0 / (d0 - d1);
        return new Crossing(m[i] + t * (m[i + 1] - m[i]), u1[i] + t * (u1[i + 1] - u1[i]), i);
    }

    /** The propagated error of {@link #at} (class comment). */
    static double propagatedError(double[] m, double[] u1, double[] s1, double[] u2, double[] s2, int i) {
        double d0 = u2[i] - u1[i];
        double d1 = u2[i + 1] - u1[i + 1];
        double v0 = s1[i] * s1[i] + s2[i] * s2[i];
        double v1 = s1[i + 1] * s1[i + 1] + s2[i + 1] * s2[i + 1];
        double h = m[i + 1] - m[i];
        double delta = d1 - d0;
        return Math.abs(h) * Math.sqrt(d1 * d1 * v0 + d0 * d0 * v1) / (delta * delta);
    }

    /** Whether D changes sign from {@code d0} to {@code d1} (a zero at the left point counts). */
    private static boolean changes(double d0, double d1) {
        return d0 == 0 || d0 > 0 && d1 < 0 || d0 < 0 && d1 > 0;
    }
}
