package wick.analysis.heatkernel;

import java.util.function.DoubleUnaryOperator;

import wick.api.progress.ProgressMonitor;

/**
 * The proper-time log determinant (PHYSICS section 5) of a positive definite {@code K} with spectrum
 * in {@code [λ_min, λ_max]}:
 * {@code ln det K = −∫_0^∞ (ds/s) (Tr e^{−sK} − V e^{−s})}.
 * With {@code s = e^t} the integrand {@code g(t) = −(Tr e^{−e^t K} − V e^{−e^t})} is entire and decays
 * like {@code e^t} as {@code t → −∞} and double-exponentially as {@code t → ∞}, so the trapezoid rule
 * with step {@link #STEP} on {@code [ln s_0, ln s_1]} converges geometrically (error
 * {@code ~ e^{−2π d/h}}, strip half-width {@code d < π/2}). Tails:
 * <ul>
 * <li>{@code s < s_0 = 1e-10 / max(λ_max, 1)}: by the moment series
 * {@code ∫_0^{s_0} (ds/s) Σ_i (e^{−sλ_i} − e^{−s}) = −s_0 (Tr K − V) + (s_0²/4)(Tr K² − V) − …},
 * the neglected terms below {@code 1e-30 V};</li>
 * <li>{@code s > s_1 = 40 / min(λ_min, 1)}: {@code |∫_{s_1}^∞| ≤ Σ_i E_1(s_1 λ_i) + V E_1(s_1) ≤ 2V e^{−40}/40},
 * dropped.</li>
 * </ul>
 */
public final class ProperTime {
    /** The trapezoid step in {@code t = ln s}. */
    public static final double STEP = 0.1;

    private ProperTime() {
    }

    /**
     * {@code ln det K}.
     *
     * @param trace     {@code s ↦ Tr e^{−sK}} (exact)
     * @param volume    V, the dimension
     * @param traceK    {@code Tr K}
     * @param traceK2   {@code Tr K²}
     * @param lambdaMin a lower bound of the spectrum, > 0
     * @param lambdaMax an upper bound of the spectrum
     * @param progress  progress and cancellation (polled at every node)
     * @throws IllegalArgumentException when {@code lambdaMin ≤ 0} (K not positive definite)
     */
    public static double logDet(DoubleUnaryOperator trace, int volume, double traceK, double traceK2, double lambdaMin,
            double lambdaMax, ProgressMonitor progress) {
        if (!(lambdaMin > 0)) {
            throw new IllegalArgumentException("the proper-time log det needs a positive definite K, got lambda_min = " + lambdaMin);
        }
        double s0 = 1e-10 / Math.max(lambdaMax, 1);
        double s1 = 40 / Math.min(lambdaMin, 1);
        double a = Math.log(s0);
        double b = Math.log(s1);
        int n = (int) Math.ceil((b - a) / STEP);
        double h = (b - a) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            progress.checkCancelled();
            double s = Math.exp(a + i * h);
            double g = trace.applyAsDouble(s) - volume * Math.exp(-s);
            sum += (i == 0 || i == n ? 0.5 : 1) * g;
            if (i % 16 == 0) {
                progress.report((double) i / n, "proper time s = " + (float) s);
            }
        }
        double lowerTail = -s0 * (traceK - volume) + 0.25 * s0 * s0 * (traceK2 - volume);
        return -(h * sum + lowerTail);
    }
}
