package wick.analysis.critical.internal;

import java.util.function.ToDoubleFunction;

import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * The energy of a zero-momentum correlator (PHYSICS 2.1, 6) from its cosh effective mass averaged
 * over a plateau.
 *
 * <p><b>Effective mass.</b> On a periodic time extent {@code N_t} a single state gives
 * {@code C(τ) = A cosh(Ê(N_t/2 − τ))}, so with {@code u = N_t/2 − τ ≥ 1} the ratio
 * <pre>
 *   r(τ) = C(τ)/C(τ+1) = cosh(Ê u) / cosh(Ê (u − 1))
 * </pre>
 * determines {@code Ê_eff(τ)} uniquely: the right side increases from 1 at Ê = 0, and
 * {@code cosh Ê ≤ r ≤ e^Ê} brackets the root in {@code [ln r, arccosh r]}, which is solved by
 * bisection to machine precision. It is exact for every {@code 0 ≤ τ ≤ N_t/2 − 1} in the free theory
 * (whose C is exactly such a cosh, including τ = 0) and undefined when {@code r ≤ 1} (a noisy tail).
 *
 * <p><b>Plateau.</b> {@code Ê = Σ w_τ Ê_eff(τ) / Σ w_τ} over {@code τ_min ≤ τ ≤ τ_max}, where
 * {@code τ_max} is the last τ ≤ N_t/2 − 1 before the first undefined {@code Ê_eff}, and the weights
 * {@code w_τ = 1/σ_τ²} are fixed from the central data: {@code σ_τ} propagates the errors of
 * {@code C(τ)} and {@code C(τ+1)} as if independent, {@code σ_τ = (δr/r) / (d ln r/dÊ)}. Equal
 * weights when the correlator is exact.
 *
 * <p><b>Error.</b> With the time series of the {@code C(τ)} columns: Wolff's Γ-method for the
 * derived quantity {@code Ê(C̄(τ_min), …, C̄(τ_max+1))}, which accounts for the correlations between
 * time slices and along the chain. Without them (only mean and error per τ): the fully correlated
 * bound {@code Σ w_τ σ_τ / Σ w_τ}, conservative because neighbouring effective masses are positively
 * correlated.
 */
final class EffectiveMass {
    private EffectiveMass() {
    }

    /**
     * An energy estimate in lattice units.
     *
     * @param value       Ê
     * @param error       its standard error
     * @param tauMin      first τ of the plateau
     * @param tauMax      last τ of the plateau
     * @param errorMethod {@code "gamma"} (Γ-method on the columns), {@code "bound"} (correlated bound)
     *                    or {@code "exact"}
     */
    record Estimate(double value, double error, int tauMin, int tauMax, String errorMethod) {
    }

    /**
     * {@code Ê_eff(τ)} from {@code C(τ)} and {@code C(τ+1)} on a time extent {@code nt}, or NaN when
     * undefined (a non-positive value, {@code r ≤ 1}, or {@code τ > N_t/2 − 1}).
     */
    static double at(double[] c, int tau) {
        int nt = c.length;
        double u = nt / 2.0 - tau;
        if (u < 1 || tau < 0 || !(c[tau] > 0) || !(c[tau + 1] > 0)) {
            return Double.NaN;
        }
        return solve(c[tau] / c[tau + 1], u);
    }

    /** The Ê ≥ 0 with {@code cosh(Ê u)/cosh(Ê(u−1)) = r}, {@code u ≥ 1}; NaN when {@code r ≤ 1}. */
    static double solve(double r, double u) {
        if (!(r > 1) || !Double.isFinite(r)) {
            return Double.NaN;
        }
        double lnR = Math.log(r);
        double lo = lnR;
        double hi = Math.log(r + Math.sqrt((r - 1) * (r + 1)));
        if (u == 1) {
            return hi;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-16 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (logCosh(mid * u) - logCosh(mid * (u - 1)) < lnR) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** {@code d ln r / dÊ = u tanh(Êu) − (u−1) tanh(Ê(u−1))} at the effective mass. */
    private static double logSlope(double e, double u) {
        return u * Math.tanh(e * u) - (u - 1) * Math.tanh(e * (u - 1));
    }

    private static double logCosh(double x) {
        double a = Math.abs(x);
        return a + Math.log1p(Math.exp(-2 * a)) - Math.log(2);
    }

    /**
     * The plateau estimate from a correlator's means and errors, and optionally its columns.
     *
     * @param mean    {@code C̄(τ)}, τ = 0..N_t−1, not modified
     * @param error   the standard error of each (zeros when exact), not modified
     * @param columns {@code columns[τ]} the time series of {@code C(τ)}, or {@code null}; not modified
     * @param tauMin  the first τ of the plateau, ≥ 0
     * @throws IllegalStateException when no effective mass is defined from {@code tauMin} on
     */
    static Estimate estimate(double[] mean, double[] error, double[][] columns, int tauMin) {
        int nt = mean.length;
        int last = (int) Math.floor(nt / 2.0 - 1);
        int tauMax = tauMin - 1;
        for (int tau = tauMin; tau <= last && Double.isFinite(at(mean, tau)); tau++) {
            tauMax = tau;
        }
        if (tauMax < tauMin) {
            throw new IllegalStateException("no effective mass from tau = " + tauMin + " on (N_t = " + nt
                    + "): the correlator is not decreasing there (too noisy: more samples, or an earlier plateau start)");
        }
        double[] sigma = new double[tauMax - tauMin + 1];
        boolean exact = false;
        for (int tau = tauMin; tau <= tauMax; tau++) {
            double e = at(mean, tau);
            double rel = Math.hypot(error[tau] / mean[tau], error[tau + 1] / mean[tau + 1]);
            sigma[tau - tauMin] = rel / logSlope(e, nt / 2.0 - tau);
            exact |= !(sigma[tau - tauMin] > 0);
        }
        double[] w = new double[sigma.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = exact ? 1 : 1 / (sigma[i] * sigma[i]);
        }
        int from = tauMin;
        int to = tauMax;
        ToDoubleFunction<double[]> plateau = c -> {
            double s = 0;
            double sw = 0;
            for (int tau = from; tau <= to; tau++) {
                s += w[tau - from] * at(c, tau);
                sw += w[tau - from];
            }
            return s / sw;
        };
        double value = plateau.applyAsDouble(mean);
        if (exact) {
            return new Estimate(value, 0, tauMin, tauMax, "exact");
        }
        if (columns != null) {
            double[][] used = new double[tauMax - tauMin + 2][];
            for (int i = 0; i < used.length; i++) {
                used[i] = columns[tauMin + i];
            }
            try {
                GammaEstimate g = GammaMethod.analyseDerived(used, x -> {
                    double[] c = mean.clone();
                    System.arraycopy(x, 0, c, from, x.length);
                    return plateau.applyAsDouble(c);
                });
                if (Double.isFinite(g.error()) && g.error() > 0) {
                    return new Estimate(g.mean(), g.error(), tauMin, tauMax, "gamma");
                }
            } catch (IllegalArgumentException e) {
                // an effective mass undefined within half a standard error of the means, or a pathological
                // autocorrelation: fall back to the bound below
            }
        }
        double bound = 0;
        double sw = 0;
        for (int i = 0; i < w.length; i++) {
            bound += w[i] * sigma[i];
            sw += w[i];
        }
        return new Estimate(value, bound / sw, tauMin, tauMax, "bound");
    }
}
