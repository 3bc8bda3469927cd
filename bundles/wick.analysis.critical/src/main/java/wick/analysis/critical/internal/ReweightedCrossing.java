package wick.analysis.critical.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import wick.api.progress.ProgressMonitor;

/**
 * A Binder crossing refined by reweighting ({@link ReweightedBinder}): the zero of
 * {@code D(m²) = U_{L2}(m²) − U_{L1}(m²)} with both cumulants reweighted from the two chains at one
 * grid point, searched in a window around it, and its binned-jackknife error ({@link Jack}) over the
 * bins of both chains.
 *
 * <p>The zero: D on {@value #SCAN} equal intervals of the window, the sign change nearest a given
 * guess (the interpolated crossing), then the Illinois variant of regula falsi to
 * {@value #X_TOLERANCE} (relative to the window). A replica (one bin left out) starts from the
 * central zero and steps outwards until D changes sign, then refines the same way.
 */
final class ReweightedCrossing {
    /** Intervals of the first scan of the window. */
    static final int SCAN = 32;
    /** The refinement stops at this fraction of the window's width. */
    static final double X_TOLERANCE = 1e-9;
    /** Jackknife bins per chain. */
    static final int BINS = 20;

    /**
     * The result.
     *
     * @param m2       the crossing with its jackknife replicas
     * @param u        the cumulant there (the mean of the two reweighted cumulants)
     * @param fraction the smaller effective sample fraction of the two chains at the crossing
     */
    record Result(Jack m2, Jack u, double fraction) {
    }

    private ReweightedCrossing() {
    }

    /**
     * Finds the reweighted crossing.
     *
     * @param small   the chain of the smaller size
     * @param large   the chain of the larger size (same m²_0)
     * @param keys    the jackknife keys of {@code small} and {@code large}
     * @param lo      the window's lower end
     * @param hi      the window's upper end
     * @param near    where to look first (the interpolated crossing)
     * @param progress polled for cancellation
     * @return the crossing, or {@code null} when D does not change sign in the window or a replica loses it
     */
    static Result solve(ReweightedBinder small, ReweightedBinder large, String[] keys, double lo, double hi, double near,
            ProgressMonitor progress) {
        double tol = X_TOLERANCE * (hi - lo);
        Difference central = new Difference(small, large, -1, 0, 0);
        double x = scan(central, lo, hi, near, tol);
        if (Double.isNaN(x)) {
            return null;
        }
        double u = 0.5 * (small.binder(x) + large.binder(x));
        double fraction = Math.min(small.effectiveFraction(x), large.effectiveFraction(x));
        Map<String, double[]> mReplicas = new LinkedHashMap<>();
        Map<String, double[]> uReplicas = new LinkedHashMap<>();
        ReweightedBinder[] chains = {small, large};
        double step = (hi - lo) / (4 * SCAN);
        for (int c = 0; c < 2; c++) {
            int n = chains[c].size();
            int bins = Math.min(BINS, n / 2);
            int size = n / bins;
            double[] mr = new double[bins];
            double[] ur = new double[bins];
            for (int b = 0; b < bins; b++) {
                progress.checkCancelled();
                Difference d = new Difference(small, large, c, b * size, (b + 1) * size);
                mr[b] = outwards(d, x, step, tol);
                if (Double.isNaN(mr[b])) {
                    return null;
                }
                ur[b] = 0.5 * (d.binder(0, mr[b]) + d.binder(1, mr[b]));
            }
            mReplicas.put(keys[c], mr);
            uReplicas.put(keys[c], ur);
        }
        return new Result(new Jack(x, mReplicas), new Jack(u, uReplicas), fraction);
    }

    /** {@code D(m²) = U_large − U_small}, with one bin of one chain left out. */
    private record Difference(ReweightedBinder small, ReweightedBinder large, int dropChain, int from, int to) {
        double binder(int chain, double x) {
            ReweightedBinder b = chain == 0 ? small : large;
            return chain == dropChain ? b.binder(x, from, to) : b.binder(x);
        }

        double at(double x) {
            return binder(1, x) - binder(0, x);
        }
    }

    /** The sign change on a scan of [lo, hi] nearest {@code near}, refined; NaN if none. */
    private static double scan(Difference d, double lo, double hi, double near, double tol) {
        double best = Double.NaN;
        double x0 = lo;
        double d0 = d.at(lo);
        for (int k = 1; k <= SCAN; k++) {
            double x1 = lo + (hi - lo) * k / SCAN;
            double d1 = d.at(x1);
            if (d0 == 0 || d0 * d1 < 0) {
                double root = d0 == 0 ? x0 : illinois(d, x0, d0, x1, d1, tol);
                if (Double.isNaN(best) || Math.abs(root - near) < Math.abs(best - near)) {
                    best = root;
                }
            }
            x0 = x1;
            d0 = d1;
        }
        return best;
    }

    /** From {@code x}, steps of growing length to either side until D changes sign, then refines; NaN if none. */
    private static double outwards(Difference d, double x, double step, double tol) {
        double dx = d.at(x);
        if (dx == 0) {
            return x;
        }
        for (double s = step; s < 64 * SCAN * step; s *= 2) {
            double left = x - s;
            double right = x + s;
            double dl = d.at(left);
            if (dl * dx <= 0) {
                return illinois(d, left, dl, x, dx, tol);
            }
            double dr = d.at(right);
            if (dr * dx <= 0) {
                return illinois(d, x, dx, right, dr, tol);
            }
        }
        return Double.NaN;
    }

    /** The Illinois variant of regula falsi on a bracket {@code [a, b]} with {@code D(a) D(b) ≤ 0}. */
    private static double illinois(Difference d, double a, double fa, double b, double fb, double tol) {
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        int side = 0;
        for (int it = 0; it < 200 && Math.abs(b - a) > tol; it++) {
            double c = (a * fb - b * fa) / (fb - fa);
            double fc = d.at(c);
            if (fc == 0) {
                return c;
            }
            if (fc * fb > 0) {
                b = c;
                fb = fc;
                if (side == -1) {
                    fa *= 0.5;
                }
                side = -1;
            } else {
                a = c;
                fa = fc;
                if (side == 1) {
                    fb *= 0.5;
                }
                side = 1;
            }
        }
        return (a * fb - b * fa) / (fb - fa);
    }
}
