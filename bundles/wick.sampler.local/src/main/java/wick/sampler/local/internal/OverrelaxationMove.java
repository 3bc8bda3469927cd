package wick.sampler.local.internal;

import wick.api.model.LocalPolynomialTarget;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;

/**
 * One sweep: {@code reflections} overrelaxation sweeps, then {@code metropolisSweeps} sweeps of
 * {@link MetropolisMove}.
 *
 * <p>Overrelaxation sweep: for each site in index order, with {@code S_n(x) = c_1x + c_2x² + c_4x⁴}
 * and {@code c_2 > 0}, propose the reflection about the mean {@code μ = −c_1/(2c_2)} of the
 * Gaussian part, {@code x' = 2μ − x = −c_1/c_2 − x}, and accept with
 * {@code min(1, e^{−c_4(x'⁴ − x⁴)})} ({@code ΔS} of the whole local action: the linear and
 * quadratic part take the same value at x and x'). Sites with {@code c_2 ≤ 0} are left alone. The
 * reflection is an involution with unit Jacobian, so a deterministic proposal accepted with
 * {@code min(1, p(x')/p(x))} satisfies detailed balance for the conditional of site n: {@code p} is
 * invariant. With {@code c_4 = 0} (free field) every reflection is accepted and no random number is
 * drawn; otherwise one is drawn only when {@code ΔS > 0}.
 *
 * <p>Reflections alone are not ergodic (in the free theory they conserve S exactly, and they never
 * change sites with {@code c_2 ≤ 0}); the Metropolis sweeps make the combination ergodic, and the
 * composition of p-invariant kernels is p-invariant.
 *
 * <p>{@link #acceptance()} is the Metropolis acceptance (what the step is tuned on);
 * {@link #reflectionAcceptance()} that of the reflections. State for checkpoints: the Metropolis
 * state, then the accepted and proposed reflection counts.
 */
final class OverrelaxationMove implements Move {
    static final int STATE_LENGTH = MetropolisMove.STATE_LENGTH + 2;
    private final String samplerId;
    private final LocalPolynomialTarget target;
    private final MetropolisMove metropolis;
    private final int reflections;
    private final int metropolisSweeps;
    private final double[] coefficients = new double[3];
    private long accepted;
    private long proposed;

    OverrelaxationMove(String samplerId, LocalPolynomialTarget target, MetropolisMove metropolis, int reflections,
            int metropolisSweeps) {
        this.samplerId = samplerId;
        this.target = target;
        this.metropolis = metropolis;
        this.reflections = reflections;
        this.metropolisSweeps = metropolisSweeps;
    }

    /**
     * The reflection {@code x' = −c_1/c_2 − x} of x about the mean of {@code c_1x + c_2x²}
     * ({@code c_2 > 0}). Its own inverse in exact arithmetic; in floating point
     * {@code reflect(reflect(x)) − x} is a rounding error of {@code c_1/c_2}.
     */
    static double reflect(double c1, double c2, double x) {
        return -c1 / c2 - x;
    }

    @Override
    public void sweep(double[] field, RandomStream random) {
        for (int r = 0; r < reflections; r++) {
            reflectionSweep(field, random);
        }
        for (int m = 0; m < metropolisSweeps; m++) {
            metropolis.sweep(field, random);
        }
    }

    /** One overrelaxation sweep (package-private for tests). */
    void reflectionSweep(double[] field, RandomStream random) {
        double[] c = coefficients;
        long a = 0;
        long n = 0;
        for (int site = 0; site < field.length; site++) {
            target.localPolynomial(field, site, c);
            double c2 = c[1];
            if (!(c2 > 0)) {
                continue;
            }
            double c4 = c[2];
            double x = field[site];
            double y = reflect(c[0], c2, x);
            n++;
            if (c4 == 0) {
                field[site] = y;
                a++;
                continue;
            }
            double x2 = x * x;
            double y2 = y * y;
            double dS = c4 * (y2 - x2) * (y2 + x2);
            if (dS <= 0 || random.nextDouble() < Math.exp(-dS)) {
                field[site] = y;
                a++;
            }
        }
        accepted += a;
        proposed += n;
    }

    /** The Metropolis acceptance since {@link #resetStatistics()}. */
    @Override
    public double acceptance() {
        return metropolis.acceptance();
    }

    /** The reflections' acceptance since {@link #resetStatistics()} (1 before any reflection). */
    double reflectionAcceptance() {
        return proposed == 0 ? 1.0 : (double) accepted / proposed;
    }

    /** The Metropolis step δ. */
    double step() {
        return metropolis.step();
    }

    @Override
    public void resetStatistics() {
        metropolis.resetStatistics();
        accepted = 0;
        proposed = 0;
    }

    @Override
    public void endThermalization() {
        metropolis.endThermalization();
    }

    @Override
    public double[] saveState() {
        double[] s = new double[STATE_LENGTH];
        metropolis.save(s, 0);
        s[MetropolisMove.STATE_LENGTH] = accepted;
        s[MetropolisMove.STATE_LENGTH + 1] = proposed;
        return s;
    }

    @Override
    public void restoreState(double[] state) {
        if (state.length != STATE_LENGTH) {
            throw new IllegalArgumentException(samplerId + " state has " + state.length + " numbers, expected " + STATE_LENGTH
                    + " (the Metropolis state, reflections accepted, reflections proposed)");
        }
        double a = state[MetropolisMove.STATE_LENGTH];
        double n = state[MetropolisMove.STATE_LENGTH + 1];
        if (!(a >= 0 && a <= n)) {
            throw new IllegalArgumentException(samplerId + " state has " + a + " accepted of " + n + " reflections");
        }
        metropolis.restore(state, 0);
        accepted = (long) a;
        proposed = (long) n;
    }
}
