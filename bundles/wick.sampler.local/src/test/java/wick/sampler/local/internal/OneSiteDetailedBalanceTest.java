package wick.sampler.local.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.model.ebm.Phi4Target;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * On one site the target is the density {@code p(x) ∝ e^{−S(x)}} of one variable, known by quadrature
 * ({@link OneSiteDensity}): the chains' histograms and acceptance rates must match it. Every
 * comparison is within {@link Tolerance#STANDARD_ERRORS} Γ-method errors of the indicator series
 * (of the bin, or of acceptance), so autocorrelations are accounted for; the histogram test also
 * shows its power by rejecting the density at a 50 % larger λ.
 */
class OneSiteDetailedBalanceTest {
    private static final Lattice ONE = Lattice.of(1);
    private static final int SWEEPS = 400_000;
    private static final int THERMALIZATION = 1_000;
    private static final int BINS = 24;
    /** The histogram's inner range is where {@code S − S_min < 8}; the outer bins take the tails. */
    private static final double RANGE = 8;

    static Stream<Arguments> histograms() {
        Sampler metropolis = new MetropolisSampler();
        Sampler overrelaxation = new OverrelaxationSampler();
        return Stream.of(
                Arguments.of("metropolis, double well", metropolis, phi4(-0.5, 3, 0), Parameters.empty(), false, 1),
                Arguments.of("metropolis, single well", metropolis, phi4(1, 0.5, 0), Parameters.empty(), false, 2),
                Arguments.of("metropolis, 3 hits", metropolis, phi4(-0.5, 3, 0), Parameters.of(Map.of("hits", 3)), false, 3),
                Arguments.of("metropolis, local-action-only target", metropolis, phi4(1, 0.5, 0.4), Parameters.empty(), true, 4),
                Arguments.of("overrelaxation, source", overrelaxation, phi4(1, 0.5, 0.7), Parameters.empty(), false, 5),
                Arguments.of("overrelaxation, strong coupling", overrelaxation, phi4(0.4, 2.5, -0.5), Parameters.empty(), false, 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histograms")
    void histogramIsTheExactDensity(String name, Sampler sampler, Phi4Target target, Parameters parameters,
            boolean localOnly, long seed, TestReporter reporter) {
        OneSiteDensity exact = new OneSiteDensity(target);
        OneSiteDensity wrong = new OneSiteDensity(phi4(target.m2(), 1.5 * target.lambda(), target.source()[0]));
        double[] edges = edges(exact);
        double[] x = chain(sampler.bind(localOnly ? new LocalOnlyTarget(target) : target, parameters), seed);
        double[] indicator = new double[SWEEPS];
        double worst = 0;
        double worstWrong = 0;
        double maxTau = 0;
        for (int b = 0; b < BINS; b++) {
            for (int s = 0; s < SWEEPS; s++) {
                indicator[s] = x[s] >= edges[b] && x[s] < edges[b + 1] ? 1 : 0;
            }
            GammaEstimate e = GammaMethod.analyse(indicator);
            double p = exact.probability(edges[b], edges[b + 1]);
            double z = (e.mean() - p) / e.error();
            assertTrue(Math.abs(z) <= Tolerance.STANDARD_ERRORS, name + ": P(" + edges[b] + " ≤ x < " + edges[b + 1] + ") = "
                    + e.mean() + " ± " + e.error() + " (tau_int " + e.tauInt() + "), exact " + p + ": z = " + z);
            worst = Math.max(worst, Math.abs(z));
            worstWrong = Math.max(worstWrong, Math.abs((e.mean() - wrong.probability(edges[b], edges[b + 1])) / e.error()));
            maxTau = Math.max(maxTau, e.tauInt());
        }
        assertTrue(worstWrong > Tolerance.STANDARD_ERRORS, name + ": the density at 1.5 lambda was not rejected (max z "
                + worstWrong + ")");
        reporter.publishEntry(name, String.format("%d bins: max |z| = %.2f, max tau_int = %.2f; at 1.5 lambda max |z| = %.1f",
                BINS, worst, maxTau, worstWrong));
    }

    static Stream<Arguments> acceptances() {
        return Stream.of(Arguments.of(named(-0.5, 3, 0), 1.5, 11), Arguments.of(named(1, 0.5, 0), 2.5, 12),
                Arguments.of(named(0.4, 2.5, -0.5), 0.8, 13));
    }

    /** With δ fixed (frozen before the first sweep) the acceptance is the exact double integral. */
    @ParameterizedTest(name = "{0}, step {1}")
    @MethodSource("acceptances")
    void metropolisAcceptanceIsTheExactIntegral(Phi4Target target, double step, long seed, TestReporter reporter) {
        Move move = new MetropolisSampler().bind(target, Parameters.of(Map.of("step", step)));
        double[] accepted = acceptanceSeries(move, seed, move::acceptance);
        OneSiteDensity exact = new OneSiteDensity(target);
        compare("metropolis acceptance, step " + step, accepted, exact.metropolisAcceptance(step),
                exact.metropolisAcceptance(1.2 * step), reporter);
    }

    static Stream<Arguments> reflections() {
        return Stream.of(Arguments.of(named(1, 0.5, 0.7), 2.0, 21), Arguments.of(named(0.4, 2.5, -0.5), 1.2, 22));
    }

    /**
     * The overrelaxation move's reflections and Metropolis sweeps each accept at their exact
     * equilibrium rates (each runs on an equilibrium state, since the other leaves p invariant).
     */
    @ParameterizedTest(name = "{0}, step {1}")
    @MethodSource("reflections")
    void overrelaxationAcceptancesAreTheExactIntegrals(Phi4Target target, double step, long seed, TestReporter reporter) {
        OverrelaxationMove move = (OverrelaxationMove) new OverrelaxationSampler().bind(target,
                Parameters.of(Map.of("step", step)));
        OneSiteDensity exact = new OneSiteDensity(target);
        double[] reflected = new double[SWEEPS];
        double[] accepted = acceptanceSeries(move, seed, move::acceptance, move::reflectionAcceptance, reflected);
        compare("overrelaxation metropolis acceptance, step " + step, accepted, exact.metropolisAcceptance(step),
                exact.metropolisAcceptance(1.2 * step), reporter);
        double wrong = new OneSiteDensity(phi4(target.m2(), 1.5 * target.lambda(), target.source()[0])).reflectionAcceptance();
        compare("overrelaxation reflection acceptance", reflected, exact.reflectionAcceptance(), wrong, reporter);
    }

    private static void compare(String what, double[] series, double exact, double wrong, TestReporter reporter) {
        GammaEstimate e = GammaMethod.analyse(series);
        double z = (e.mean() - exact) / e.error();
        assertTrue(Math.abs(z) <= Tolerance.STANDARD_ERRORS, what + " = " + e.mean() + " ± " + e.error() + " (tau_int "
                + e.tauInt() + "), exact " + exact + ": z = " + z);
        double zWrong = (e.mean() - wrong) / e.error();
        assertTrue(Math.abs(zWrong) > Tolerance.STANDARD_ERRORS, what + ": not distinguished from " + wrong + " (z " + zWrong + ")");
        reporter.publishEntry(what, String.format("%.5f ± %.5f (tau_int %.2f), exact %.5f, z = %.2f", e.mean(), e.error(),
                e.tauInt(), exact, z));
    }

    private static double[] acceptanceSeries(Move move, long seed, java.util.function.DoubleSupplier rate) {
        return acceptanceSeries(move, seed, rate, () -> 0, new double[SWEEPS]);
    }

    /** Per sweep (after a fixed-step thermalisation) the acceptance of that sweep alone; {@code second} likewise. */
    private static double[] acceptanceSeries(Move move, long seed, java.util.function.DoubleSupplier rate,
            java.util.function.DoubleSupplier secondRate, double[] second) {
        move.endThermalization();
        RandomStream random = RandomStream.of(seed);
        double[] field = new double[1];
        for (int s = 0; s < THERMALIZATION; s++) {
            move.sweep(field, random);
        }
        double[] series = new double[SWEEPS];
        for (int s = 0; s < SWEEPS; s++) {
            move.resetStatistics();
            move.sweep(field, random);
            series[s] = rate.getAsDouble();
            second[s] = secondRate.getAsDouble();
        }
        return series;
    }

    /** {@code x} after each sweep, after a thermalisation that tunes the step. */
    private static double[] chain(Move move, long seed) {
        RandomStream random = RandomStream.of(seed);
        double[] field = new double[1];
        for (int s = 0; s < THERMALIZATION; s++) {
            move.sweep(field, random);
        }
        move.endThermalization();
        double[] x = new double[SWEEPS];
        for (int s = 0; s < SWEEPS; s++) {
            move.sweep(field, random);
            x[s] = field[0];
        }
        return x;
    }

    /** {@code BINS} equal bins over the range where {@code S − S_min < RANGE}; the outer edges are ±∞. */
    private static double[] edges(OneSiteDensity d) {
        double r = d.radius();
        double sMin = Double.POSITIVE_INFINITY;
        int n = 100_000;
        for (int i = 0; i <= n; i++) {
            sMin = Math.min(sMin, d.action(-r + 2 * r * i / n));
        }
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (int i = 0; i <= n; i++) {
            double x = -r + 2 * r * i / n;
            if (d.action(x) - sMin < RANGE) {
                lo = Double.isNaN(lo) ? x : lo;
                hi = x;
            }
        }
        double[] e = new double[BINS + 1];
        for (int b = 0; b <= BINS; b++) {
            e[b] = lo + (hi - lo) * b / BINS;
        }
        e[0] = Double.NEGATIVE_INFINITY;
        e[BINS] = Double.POSITIVE_INFINITY;
        return e;
    }

    private static Named<Phi4Target> named(double m2, double lambda, double j) {
        Phi4Target t = phi4(m2, lambda, j);
        return Named.of(t.describe(), t);
    }

    private static Phi4Target phi4(double m2, double lambda, double j) {
        return new Phi4Target(ONE, m2, lambda, j == 0 ? null : Phi4Target.uniformSource(ONE, j));
    }
}
