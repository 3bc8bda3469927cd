package wick.analysis.critical.internal;

/**
 * Synthetic Binder cumulants with a known common crossing: {@code U_L(m²) = U* − A tanh(k L (m² − m²_c))}
 * (finite-size scaling with ν = 1 and no corrections), so every pair of sizes crosses exactly at
 * {@code m²_c} with {@code U = U*}, and the finite-size drift is zero.
 */
final class SyntheticBinder {
    static final double M2C = -0.5875;
    static final double U_STAR = 0.55;
    static final double AMPLITUDE = 0.3;
    static final double K = 0.5;

    private SyntheticBinder() {
    }

    static double u(int size, double m2) {
        return U_STAR - AMPLITUDE * Math.tanh(K * size * (m2 - M2C));
    }

    /** A grid of noisy cumulants, σ per point, drawn from {@code random}. */
    static BinderGrid grid(int[] sizes, double[] m2, double sigma, java.util.random.RandomGenerator random) {
        double[][] u = new double[sizes.length][m2.length];
        double[][] e = new double[sizes.length][m2.length];
        for (int l = 0; l < sizes.length; l++) {
            for (int i = 0; i < m2.length; i++) {
                u[l][i] = u(sizes[l], m2[i]) + sigma * random.nextGaussian();
                e[l][i] = sigma;
            }
        }
        return new BinderGrid(sizes, m2, u, e, null, 1);
    }

    /** The default grid of phi4.critical: 6 points on [−0.65, −0.5]. */
    static double[] defaultGrid() {
        double[] m = new double[6];
        for (int i = 0; i < 6; i++) {
            m[i] = -0.65 + 0.03 * i;
        }
        return m;
    }
}
