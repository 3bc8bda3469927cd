package wick.analysis.heatkernel;

import java.util.function.DoubleUnaryOperator;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;

/**
 * Hutchinson's estimator with Lanczos quadrature (stochastic Lanczos quadrature, PHYSICS section 5):
 * for Rademacher probes {@code z ∈ {±1}^V} ({@code E[zzᵀ] = I}), {@code Tr f(K) = E[zᵀ f(K) z]} and
 * {@code zᵀ f(K) z ≈ V Σ_j τ_j² f(θ_j)} from the Gauss rule of the Lanczos tridiagonal started at z.
 * Each probe runs Lanczos until the rule's values change by less than {@link #TOLERANCE} (relative)
 * between checks 5 steps apart. The estimate is the mean over probes, its error the spread of the
 * probe values ({@link Estimate}).
 */
public final class StochasticTrace {
    /** Relative change of the quadrature values below which a probe's Lanczos run stops. */
    public static final double TOLERANCE = 1e-11;
    private final SymmetricOperator k;
    private final int size;
    private final int maxSteps;

    /**
     * @param k        the operator (symmetric positive semidefinite for traces, definite for log det)
     * @param size     its dimension V
     * @param maxSteps the most Lanczos steps per probe
     */
    public StochasticTrace(SymmetricOperator k, int size, int maxSteps) {
        this.k = k;
        this.size = size;
        this.maxSteps = maxSteps;
    }

    /**
     * {@code Tr e^{−s_j K}} for every {@code s_j}.
     *
     * @param s        proper times, not modified
     * @param probes   number of probes P ≥ 2
     * @param random   the probe source (advanced)
     * @param progress progress and cancellation (polled every Lanczos step)
     */
    public Estimate[] heatTraces(double[] s, int probes, RandomStream random, ProgressMonitor progress) {
        DoubleUnaryOperator[] f = new DoubleUnaryOperator[s.length];
        for (int j = 0; j < s.length; j++) {
            double sj = s[j];
            f[j] = x -> Math.exp(-sj * x);
        }
        return estimate(f, probes, random, progress);
    }

    /** {@code ln det K = Tr ln K} (K positive definite), as {@link #heatTraces}. */
    public Estimate logDet(int probes, RandomStream random, ProgressMonitor progress) {
        return estimate(new DoubleUnaryOperator[] {Math::log}, probes, random, progress)[0];
    }

    /** {@code Tr f_j(K)} for each function. */
    public Estimate[] estimate(DoubleUnaryOperator[] f, int probes, RandomStream random, ProgressMonitor progress) {
        if (probes < 2) {
            throw new IllegalArgumentException("the stochastic trace needs at least 2 probes, got " + probes);
        }
        Lanczos lanczos = new Lanczos(k, size, maxSteps);
        double[] z = new double[size];
        double[][] values = new double[f.length][probes];
        double[] last = new double[f.length];
        double[] now = new double[f.length];
        for (int p = 0; p < probes; p++) {
            for (int i = 0; i < size; i++) {
                z[i] = random.nextBoolean() ? 1.0 : -1.0;
            }
            lanczos.start(z);
            java.util.Arrays.fill(last, Double.NaN);
            while (lanczos.step()) {
                progress.checkCancelled();
                if (lanczos.steps() % 5 == 0 && converged(lanczos.quadrature(), f, last, now)) {
                    break;
                }
            }
            GaussQuadrature rule = lanczos.quadrature();
            for (int j = 0; j < f.length; j++) {
                values[j][p] = size * rule.integrate(f[j]);
            }
            progress.report((p + 1.0) / probes, "probe " + (p + 1) + " of " + probes);
        }
        Estimate[] out = new Estimate[f.length];
        for (int j = 0; j < f.length; j++) {
            out[j] = Estimate.of(values[j]);
        }
        return out;
    }

    private static boolean converged(GaussQuadrature rule, DoubleUnaryOperator[] f, double[] last, double[] now) {
        boolean done = true;
        for (int j = 0; j < f.length; j++) {
            now[j] = rule.integrate(f[j]);
            if (!(Math.abs(now[j] - last[j]) <= TOLERANCE * Math.max(Math.abs(now[j]), 1e-6))) {
                done = false;
            }
            last[j] = now[j];
        }
        return done;
    }
}
