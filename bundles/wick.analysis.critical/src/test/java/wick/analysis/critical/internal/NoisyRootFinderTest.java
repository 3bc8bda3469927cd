package wick.analysis.critical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;

/** The root finder on noisy estimates: convergence, error-aware stopping, coverage of its error. */
class NoisyRootFinderTest {

    /** {@code E(m²) = √m² + N(0, σ²)}: the root of E = 1.2 is m² = 1.44. */
    @Test
    void findsTheRootOfANoisySquareRootWithinToleranceAndItsError() {
        double target = 1.2;
        double root = target * target;
        double sigma = 0.01;
        double tolerance = 2;
        int seeds = 200;
        int withinTolerance = 0;
        int withinOneSigma = 0;
        int withinTwoSigma = 0;
        int stopped = 0;
        for (int seed = 0; seed < seeds; seed++) {
            RandomStream random = RandomStream.of(seed);
            NoisyRootFinder.Outcome o = NoisyRootFinder.solve(
                    (x, it, p) -> new NoisyRootFinder.Evaluation(Math.sqrt(x) + sigma * random.nextGaussian(), sigma),
                    target, 1.0, 0.5 /* the slope at x = 1, not at the root */, tolerance, 10, ProgressMonitor.NONE);
            withinTolerance += Math.abs(Math.sqrt(o.root()) - target) < tolerance * sigma ? 1 : 0;
            withinOneSigma += Math.abs(o.root() - root) < o.error() ? 1 : 0;
            withinTwoSigma += Math.abs(o.root() - root) < 2 * o.error() ? 1 : 0;
            stopped += o.status() != NoisyRootFinder.Status.MAX_ITERATIONS ? 1 : 0;
            assertTrue(o.error() > 0 && o.error() <= sigma / (0.5 / target) * 1.5, "error " + o.error());
        }
        assertTrue(withinTolerance >= 0.9 * seeds, "E(root) within tolerance·σ for " + withinTolerance + " of " + seeds);
        assertTrue(withinTwoSigma >= 0.9 * seeds, "within 2 errors: " + withinTwoSigma + " of " + seeds);
        assertTrue(withinOneSigma >= 0.55 * seeds && withinOneSigma <= 0.85 * seeds, "within 1 error: " + withinOneSigma);
        assertTrue(stopped >= 0.95 * seeds, "stopped by a tolerance rule: " + stopped + " of " + seeds);
    }

    /**
     * With a precision, chains accumulate at the estimate until its error is at most the precision:
     * E(m²) = √m² + N(0, σ²), σ = 0.05, slope 1/(2·1.2) at the root, so one chain gives an error of
     * 0.12 and a precision of 0.03 needs about 16 chains near the root. The prior slope is 5 % off the
     * slope at the root (as the free-theory slope is in {@code lcp.scan}); the refining chains, spread
     * around the root, measure it when they can. Over 100 seeds the error is at most the precision whenever the status says so,
     * and the root lies within 2 errors in at least 90 % of them (the 95 % interval, with room for the
     * seeds' binomial spread).
     */
    @Test
    void refinesUntilTheRequestedPrecision() {
        double target = 1.2;
        double root = target * target;
        double sigma = 0.05;
        double precision = 0.03;
        int seeds = 100;
        int withinTwoErrors = 0;
        int precise = 0;
        for (int seed = 0; seed < seeds; seed++) {
            RandomStream random = RandomStream.of(1000 + seed);
            NoisyRootFinder.Outcome o = NoisyRootFinder.solve(
                    (x, it, p) -> new NoisyRootFinder.Evaluation(Math.sqrt(x) + sigma * random.nextGaussian(), sigma),
                    target, 1.0, 1.05 / (2 * target), 1, precision, 60, ProgressMonitor.NONE);
            if (o.status() != NoisyRootFinder.Status.MAX_ITERATIONS) {
                precise++;
                assertTrue(o.error() <= precision, "error " + o.error() + " with status " + o.status());
                assertTrue(o.history().stream().anyMatch(pt -> pt.step().startsWith("refine")), "refined");
            }
            withinTwoErrors += Math.abs(o.root() - root) < 2 * o.error() ? 1 : 0;
        }
        assertTrue(precise >= 0.95 * seeds, "reached the precision in " + precise + " of " + seeds);
        assertTrue(withinTwoErrors >= 0.9 * seeds, "within 2 errors: " + withinTwoErrors + " of " + seeds);
        NoisyRootFinder.Outcome without = NoisyRootFinder.solve(
                (x, it, p) -> new NoisyRootFinder.Evaluation(Math.sqrt(x) + 0.001, sigma), target, 1.44, 0.5, 1, 0, 60,
                ProgressMonitor.NONE);
        assertEquals(1, without.history().size(), "precision 0 stops at the first convergence");
    }

    @Test
    void stopsAtOnceWhenTheFirstEstimateIsWithinTolerance() {
        AtomicInteger calls = new AtomicInteger();
        NoisyRootFinder.Outcome o = NoisyRootFinder.solve((x, it, p) -> {
            calls.incrementAndGet();
            return new NoisyRootFinder.Evaluation(1.0 + 0.005, 0.01);
        }, 1.0, 1.0, 0.5, 1, 10, ProgressMonitor.NONE);
        assertEquals(1, calls.get());
        assertEquals(NoisyRootFinder.Status.CONVERGED, o.status());
        assertEquals(1.0 - 0.005 / 0.5, o.root(), 1e-12);
        assertEquals(0.01 / 0.5, o.error(), 1e-12);
    }

    /**
     * A step function that jumps across the target by 3σ never satisfies the tolerance: the search
     * must stop once the bracket is narrower than what σ can resolve, not run to maxIterations.
     */
    @Test
    void stopsWhenTheBracketIsBelowTheMonteCarloResolution() {
        double root = 2.013;
        double sigma = 0.01;
        double slope = 0.5;
        NoisyRootFinder.Outcome o = NoisyRootFinder.solve(
                (x, it, p) -> new NoisyRootFinder.Evaluation(1 + 3 * sigma * Math.signum(x - root), sigma),
                1, 1.7, slope, 1, 50, ProgressMonitor.NONE);
        assertEquals(NoisyRootFinder.Status.RESOLVED, o.status());
        assertTrue(o.history().size() < 15, "evaluations: " + o.history().size());
        // a step is not locally linear: the estimate is only good to a few resolution widths k σ / s
        assertTrue(Math.abs(o.root() - root) < 6 * sigma / slope, "root " + o.root());
        assertTrue(o.error() >= sigma / slope / Math.sqrt(o.history().size()), "error " + o.error());
    }

    /**
     * Regression (a real lcp.scan run): noise put the two ends of the final bracket 3σ apart over a
     * short interval, a secant five times the true slope; a line through the ends gave an error five
     * times too small. The error must stay that of σ over the robust slope.
     */
    @Test
    void noisyBracketEndsDoNotShrinkTheError() {
        double[] values = {1.042, 0.985, 1.033, 0.976, 1.03, 0.97};
        double sigma = 0.02;
        double slope = 0.45;
        NoisyRootFinder.Outcome o = NoisyRootFinder.solve((x, it, p) -> new NoisyRootFinder.Evaluation(values[it], sigma),
                1.0, 0.963, slope, 0.5, values.length, ProgressMonitor.NONE);
        assertTrue(o.error() >= 0.5 * sigma / slope / Math.sqrt(o.history().size()), "error " + o.error() + " after "
                + o.history().size() + " points, " + o.status());
    }

    @Test
    void exactFunctionsConvergeToTheRoot() {
        NoisyRootFinder.Outcome o = NoisyRootFinder.solve((x, it, p) -> new NoisyRootFinder.Evaluation(Math.sqrt(x), 0),
                1.5, 1.0, 0.5, 1, 60, ProgressMonitor.NONE);
        assertEquals(NoisyRootFinder.Status.CONVERGED, o.status());
        assertEquals(2.25, o.root(), 1e-10);
    }
}
