package wick.analysis.critical.internal;

import java.util.random.RandomGenerator;

/**
 * A parametric bootstrap of the interpolated crossings ({@link BinderCrossing}): each replica draws
 * every cumulant afresh from {@code N(U, σ)} (one draw per size and grid point, shared by all pairs
 * of a replica, so differences of crossings keep their correlation), and takes for each pair the
 * crossing nearest the central one. Replicas without a crossing are NaN. Errors are the standard
 * deviations over the finite replicas.
 */
final class CrossingBootstrap {
    /** Replicas of the bootstrap. */
    static final int REPLICAS = 200;

    private final double[][] m2;
    private final double[][] u;

    /**
     * Runs the bootstrap.
     *
     * @param grid    the measured cumulants
     * @param pairs   {@code pairs[k] = {l1, l2}} size indices, l1 < l2
     * @param central the central crossing per pair ({@code null} for none)
     * @param random  the source of the draws (seeded by the caller)
     */
    CrossingBootstrap(BinderGrid grid, int[][] pairs, BinderCrossing.Crossing[] central, RandomGenerator random) {
        int points = grid.m2().length;
        m2 = new double[pairs.length][REPLICAS];
        u = new double[pairs.length][REPLICAS];
        double[][] draw = new double[grid.sizeCount()][points];
        for (int r = 0; r < REPLICAS; r++) {
            for (int l = 0; l < draw.length; l++) {
                for (int i = 0; i < points; i++) {
                    draw[l][i] = grid.u()[l][i] + grid.error()[l][i] * random.nextGaussian();
                }
            }
            for (int k = 0; k < pairs.length; k++) {
                BinderCrossing.Crossing c = central[k] == null ? null
                        : BinderCrossing.nearest(grid.m2(), draw[pairs[k][0]], draw[pairs[k][1]], central[k].m2());
                m2[k][r] = c == null ? Double.NaN : c.m2();
                u[k][r] = c == null ? Double.NaN : c.u();
            }
        }
    }

    /** The crossing replicas of pair k (NaN: none). */
    double[] m2(int k) {
        return m2[k].clone();
    }

    /** The fraction of replicas in which pair k has a crossing. */
    double validFraction(int k) {
        int n = 0;
        for (double x : m2[k]) {
            n += Double.isNaN(x) ? 0 : 1;
        }
        return (double) n / REPLICAS;
    }

    /** The bootstrap error of pair k's crossing. */
    double m2Error(int k) {
        return std(m2[k]);
    }

    /** The bootstrap error of the cumulant at pair k's crossing. */
    double uError(int k) {
        return std(u[k]);
    }

    /** The bootstrap error of crossing(k2) − crossing(k1). */
    double differenceError(int k1, int k2) {
        double[] d = new double[REPLICAS];
        for (int r = 0; r < REPLICAS; r++) {
            d[r] = m2[k2][r] - m2[k1][r];
        }
        return std(d);
    }

    /** The standard deviation of the finite values (NaN with fewer than two). */
    static double std(double[] x) {
        double s = 0;
        double ss = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += v;
                ss += v * v;
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mean = s / n;
        return Math.sqrt(Math.max(0, (ss - n * mean * mean) / (n - 1)));
    }
}
