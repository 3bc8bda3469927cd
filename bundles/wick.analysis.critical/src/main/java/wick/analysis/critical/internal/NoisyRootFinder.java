package wick.analysis.critical.internal;

import java.util.ArrayList;
import java.util.List;

import wick.api.progress.ProgressMonitor;

/**
 * The root of {@code f(x) = y*} for an increasing function known only through Monte Carlo
 * estimates {@code y ± σ} (each evaluation an independent chain): secant steps, regula falsi once
 * the root is bracketed, and stopping rules that know the estimates are noisy.
 *
 * <p><b>Steps.</b> From {@code x_0}, each next point is the Newton step
 * {@code x + (y* − y)/s} with the current slope estimate {@code s}: the secant of the last two
 * points when it is positive and significant ({@code Δy > 3 σ_Δy}), otherwise the previous one (at
 * first the caller's prior slope, e.g. from the free theory). Once two points bracket the root
 * (one below {@code y*}, one above) a step leaving the bracket is replaced by the regula falsi point
 * of the bracket; a step is never longer than {@value #MAX_STEP_FACTOR} times the first one.
 *
 * <p><b>Stopping</b> (error aware), after the first of:
 * <ul>
 * <li>{@code CONVERGED}: {@code |y − y*| < k σ} at the latest point (k = {@code tolerance});</li>
 * <li>{@code RESOLVED}: the bracket is narrower than the Monte Carlo resolution
 *     {@code k · max σ / s̄}: the estimates can no longer tell its ends apart (s̄ is the slope of the
 *     estimate below, not the secant, which grows without bound across a noisy step as the bracket shrinks);</li>
 * <li>{@code MAX_ITERATIONS}.</li>
 * </ul>
 * With a requested {@code precision} > 0 (x units), a search that meets the first or second rule
 * goes on while the estimate's error (below) exceeds the precision and iterations remain: the next
 * chains run alternately at {@code x̂ ± 2σ/s} around the current estimate x̂ (steps
 * {@code "refine+"}, {@code "refine-"}; σ the last chain's error), so that independent chains near
 * the root accumulate, the error falls as one over their square root, and the spread of x lets the
 * straight-line fit measure the slope (which the error depends on) instead of keeping the prior; the
 * status is then {@code MAX_ITERATIONS} unless the precision was reached.
 *
 * <p><b>Estimate</b> (whatever the status; not the line through the bracket's ends, whose slope is
 * as noisy as the secant's and would understate the error). The slope {@code s} is that of a
 * weighted straight line through all points when it is positive and determined to 20% (5 standard
 * errors), otherwise the prior. Every point whose value is within {@code max(2k, 3) σ} of
 * {@code y*} (where the local linearisation holds; the closest point in standard errors if none)
 * gives {@code x_i + (y* − y_i)/s}; these are averaged with weights {@code s²/σ_i²}, so the error is
 * {@code 1/√(Σ s²/σ_i²)} (the σ of the points over the slope), the chains being independent. The
 * slope's own uncertainty enters only through the corrections {@code (y* − y_i)/s}, which are at
 * most {@code max(2k, 3) σ_i/s}; with three or more such points the error is multiplied by the Birge
 * ratio {@code max(1, sqrt(χ²/(n−1)))} of their scatter about the mean, which absorbs a slope or a
 * curvature that the linearisation gets wrong.
 */
final class NoisyRootFinder {
    /** The error floor, relative to the target, of an exact evaluation (so that k·σ > 0). */
    private static final double EXACT = 1e-14;
    /** The largest step, in units of the first step. */
    static final double MAX_STEP_FACTOR = 4;

    /** How the search ended. */
    enum Status {
        CONVERGED, RESOLVED, MAX_ITERATIONS
    }

    /** An estimate of the function at a point. */
    record Evaluation(double value, double error) {
    }

    /** One evaluated point of the search, with the rule that chose it. */
    record Point(int iteration, double x, double y, double error, String step) {
        /** {@code (y − target)/σ}. */
        double z(double target) {
            return (y - target) / error;
        }
    }

    /**
     * The result.
     *
     * @param root    the estimate of x*
     * @param error   its standard error
     * @param slope   the slope dy/dx used
     * @param status  how the search ended
     * @param history every point, in order
     */
    record Outcome(double root, double error, double slope, Status status, List<Point> history) {
    }

    /** The noisy function. */
    @FunctionalInterface
    interface NoisyFunction {
        /**
         * Estimates f(x).
         *
         * @param iteration 0, 1, ... (to name and seed the evaluation)
         * @param progress  this evaluation's part of the progress
         */
        Evaluation evaluate(double x, int iteration, ProgressMonitor progress);
    }

    private NoisyRootFinder() {
    }

    /**
     * Searches for the root.
     *
     * @param f             the noisy, increasing function
     * @param target        y*
     * @param x0            the first point
     * @param priorSlope    a guess of dy/dx > 0 near the root
     * @param tolerance     k, in standard errors, > 0
     * @param maxIterations the most evaluations, ≥ 1
     * @param progress      progress over all evaluations; polled for cancellation between them
     */
    static Outcome solve(NoisyFunction f, double target, double x0, double priorSlope, double tolerance, int maxIterations,
            ProgressMonitor progress) {
        return solve(f, target, x0, priorSlope, tolerance, 0, maxIterations, progress);
    }

    /**
     * Searches for the root, refining until its standard error is at most {@code precision}.
     *
     * @param precision the largest acceptable error of the root (x units), or 0 to stop at the first rule met
     */
    static Outcome solve(NoisyFunction f, double target, double x0, double priorSlope, double tolerance, double precision,
            int maxIterations, ProgressMonitor progress) {
        if (!(priorSlope > 0) || !(tolerance > 0) || !(precision >= 0) || maxIterations < 1) {
            throw new IllegalArgumentException("needs priorSlope > 0, tolerance > 0, precision >= 0, maxIterations >= 1");
        }
        List<Point> points = new ArrayList<>();
        double slope = priorSlope;
        double x = x0;
        String step = "start";
        double maxStep = Double.POSITIVE_INFINITY;
        Status status = Status.MAX_ITERATIONS;
        for (int it = 0; it < maxIterations; it++) {
            progress.checkCancelled();
            Evaluation e = f.evaluate(x, it, progress.subTask((double) it / maxIterations, (it + 1.0) / maxIterations,
                    "iteration " + it + " at x = " + (float) x));
            Point p = new Point(it, x, e.value(), Math.max(e.error(), EXACT * Math.max(1, Math.abs(target))), step);
            points.add(p);
            if (Math.abs(p.y() - target) < tolerance * p.error()) {
                Outcome now = estimate(points, target, finalSlope(points, priorSlope, target, tolerance), tolerance, Status.CONVERGED);
                if (!(precision > 0) || now.error() <= precision) {
                    status = Status.CONVERGED;
                    break;
                }
                boolean up = it % 2 == 0;
                x = now.root() + (up ? 2 : -2) * p.error() / now.slope();
                step = up ? "refine+" : "refine-";
                continue;
            }
            double secant = secant(points);
            boolean fresh = !Double.isNaN(secant);
            slope = fresh ? secant : slope;
            Point lo = below(points, target);
            Point hi = above(points, target);
            if (lo != null && hi != null && Math.abs(hi.x() - lo.x()) * finalSlope(points, priorSlope, target, tolerance)
                    < tolerance * Math.max(lo.error(), hi.error())) {
                Outcome now = estimate(points, target, finalSlope(points, priorSlope, target, tolerance), tolerance, Status.RESOLVED);
                if (!(precision > 0) || now.error() <= precision) {
                    status = Status.RESOLVED;
                    break;
                }
                boolean up = it % 2 == 0;
                x = now.root() + (up ? 2 : -2) * p.error() / now.slope();
                step = up ? "refine+" : "refine-";
                continue;
            }
            double next = p.x() + (target - p.y()) / slope;
            step = fresh ? "secant" : slope == priorSlope ? "prior slope" : "previous secant";
            if (it == 0) {
                maxStep = MAX_STEP_FACTOR * Math.abs(next - p.x());
            }
            if (lo != null && hi != null && !(next > Math.min(lo.x(), hi.x()) && next < Math.max(lo.x(), hi.x()))) {
                next = lo.x() + (target - lo.y()) * (hi.x() - lo.x()) / (hi.y() - lo.y());
                step = "regula falsi";
            }
            if (Math.abs(next - p.x()) > maxStep) {
                next = p.x() + Math.copySign(maxStep, next - p.x());
                step += " (capped)";
            }
            x = next;
        }
        return estimate(points, target, finalSlope(points, priorSlope, target, tolerance), tolerance, status);
    }

    /** The secant slope of the last two points if positive and significant, else NaN. */
    private static double secant(List<Point> points) {
        int n = points.size();
        if (n < 2) {
            return Double.NaN;
        }
        Point a = points.get(n - 2);
        Point b = points.get(n - 1);
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double s = dy / dx;
        return dx != 0 && s > 0 && Math.abs(dy) > 3 * Math.hypot(a.error(), b.error()) ? s : Double.NaN;
    }

    /** The point with the largest x among those below the target (f increasing), or null. */
    private static Point below(List<Point> points, double target) {
        Point best = null;
        for (Point p : points) {
            if (p.y() < target && (best == null || p.x() > best.x())) {
                best = p;
            }
        }
        return best;
    }

    /** The point with the smallest x among those above the target, or null. */
    private static Point above(List<Point> points, double target) {
        Point best = null;
        for (Point p : points) {
            if (p.y() > target && (best == null || p.x() < best.x())) {
                best = p;
            }
        }
        return best;
    }

    /**
     * The slope of a weighted line through the points near the root (those the estimate uses) if
     * positive and significant at 5σ; else through all points, likewise; else the prior. The points
     * near the root come first because a line through distant points measures a secant, not the
     * slope at the root.
     */
    private static double finalSlope(List<Point> points, double prior, double target, double tolerance) {
        List<Point> near = new ArrayList<>();
        for (Point p : points) {
            if (Math.abs(p.y() - target) <= Math.max(2 * tolerance, 3) * p.error()) {
                near.add(p);
            }
        }
        double local = lineSlope(near, Double.NaN);
        return Double.isNaN(local) ? lineSlope(points, prior) : local;
    }

    /** The slope of a weighted line through {@code points} if positive and significant at 5σ, else {@code fallback}. */
    private static double lineSlope(List<Point> points, double prior) {
        if (points.size() < 2) {
            return prior;
        }
        double[] x = new double[points.size()];
        double[] y = new double[x.length];
        double[] s = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).x();
            y[i] = points.get(i).y();
            s[i] = points.get(i).error();
        }
        try {
            WeightedLineFit fit = WeightedLineFit.fit(x, y, s);
            return fit.slope() > 5 * fit.slopeError() ? fit.slope() : prior;
        } catch (IllegalArgumentException e) {
            return prior;
        }
    }

    private static Outcome estimate(List<Point> points, double target, double slope, double tolerance, Status status) {
        double sw = 0;
        double swx = 0;
        for (Point p : points) {
            if (Math.abs(p.y() - target) <= Math.max(2 * tolerance, 3) * p.error()) {
                double w = slope * slope / (p.error() * p.error());
                sw += w;
                swx += w * (p.x() + (target - p.y()) / slope);
            }
        }
        if (sw == 0) {
            Point closest = points.get(0);
            for (Point p : points) {
                if (Math.abs(p.z(target)) < Math.abs(closest.z(target))) {
                    closest = p;
                }
            }
            return new Outcome(closest.x() + (target - closest.y()) / slope, closest.error() / slope, slope, status,
                    List.copyOf(points));
        }
        double mean = swx / sw;
        double chi2 = 0;
        int used = 0;
        for (Point p : points) {
            if (Math.abs(p.y() - target) <= Math.max(2 * tolerance, 3) * p.error()) {
                double r = p.x() + (target - p.y()) / slope - mean;
                chi2 += slope * slope / (p.error() * p.error()) * r * r;
                used++;
            }
        }
        double birge = used >= 3 ? Math.max(1, Math.sqrt(chi2 / (used - 1))) : 1;
        return new Outcome(mean, birge / Math.sqrt(sw), slope, status, List.copyOf(points));
    }
}
