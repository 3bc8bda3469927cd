package wick.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.model.ebm.Phi4Target;
import wick.sampler.cluster.internal.ClusterSampler;
import wick.sampler.hmc.internal.HmcSampler;
import wick.sampler.local.internal.MetropolisSampler;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * The cost of an effectively independent sample at the critical point of 2-D φ⁴ ({@link Phi4Target},
 * {@code λ = 2.4}, spacing 1, no source) for Wick's {@code metropolis}, {@code hmc} and
 * {@code cluster} samplers ({@code critical-cost.sh}).
 *
 * <p><b>(a) The critical point.</b> The Binder cumulant {@code U_L = 1 − ⟨M⁴⟩/(3⟨M²⟩²)},
 * {@code M = (1/V) Σ_n φ_n}, of {@code L = 16} and {@code L = 32} is measured with the
 * {@code cluster} sampler (defaults: one Wolff cluster + one Metropolis sweep per sweep), its error
 * by the Γ-method ({@link GammaMethod#analyseDerived}). A coarse scan over
 * {@code m² = −0.50, −0.55, …, −0.70} finds the bracket where {@code D = U_32 − U_16} changes sign
 * ({@code D > 0} on the ordered side); three regula-falsi points inside it, with 4× the statistics,
 * refine it; {@code m²_c} is the zero of a weighted straight-line fit of D over the points within
 * ±0.02 of the last chord's zero (widened until it holds 3 points; D is not straight over the whole
 * bracket), its error from the fit (delta method, scaled by {@code √(χ²/dof)} when that exceeds 1).
 * The universal 2-D Ising value of the crossing, {@code U* ≈ 0.61}, is a check.
 *
 * <p><b>(b) The cost.</b> At {@code L = 32}, {@code m² = m²_c}, each sampler runs from a cold start
 * (20 000 sweeps of thermalisation, during which {@code metropolis} tunes δ towards acceptance
 * 0.5 and {@code hmc} its step size towards 0.8 at a trajectory length of 1 (10 × 0.1 to start),
 * then {@code endThermalization()} freezes them), then {@code N} measured sweeps recording
 * {@code |M|} after each. One sweep of {@code hmc} is one trajectory. Reported: the wall-clock time
 * per sweep (the {@code sweep} calls only, the |M| measurement excluded), {@code τ_int(|M|)} in
 * sweeps with its error (Γ-method), and the cost of an effectively independent sample
 * {@code 2·τ_int·(time per sweep · interval)}, interval 1 (every sweep measured), with the ratio
 * Metropolis / cluster, which must exceed 1 (exit status 1 otherwise, or when no crossing is found).
 *
 * <p>Usage: {@code java -cp benchmarks.jar wick.benchmarks.CriticalCost [--scale s] [--m2c x]}:
 * {@code --scale} multiplies every number of sweeps (default 1: about 4 minutes on one core);
 * {@code --m2c} skips (a) and uses the given {@code m²}. Prints progress and two tables.
 */
public final class CriticalCost {
    static final double LAMBDA = 2.4;
    static final int SMALL = 16;
    static final int LARGE = 32;
    static final double[] SCAN = {-0.50, -0.55, -0.60, -0.65, -0.70};
    static final double SCAN_STEP = 0.05;
    static final int MAX_EXTENSIONS = 4;
    static final int REFINEMENTS = 3;
    static final double FIT_HALF_WIDTH = 0.02;
    static final int REFINE_FACTOR = 4;
    static final long SEED = 20240601L;

    /** Sweeps (at scale 1). */
    static final int SCAN_THERMALIZATION = 5_000;
    static final int SCAN_SMALL = 100_000;
    static final int SCAN_LARGE = 60_000;
    static final int COST_THERMALIZATION = 20_000;
    static final int COST_METROPOLIS = 400_000;
    static final int COST_HMC = 200_000;
    static final int COST_CLUSTER = 200_000;

    private static double scale = 1;
    private static long runs;

    private CriticalCost() {
    }

    /** One Binder point: {@code U_L} and its error at one {@code (L, m²)}. */
    record Binder(double m2, int l, GammaEstimate u, double clusterFraction) {
    }

    /** The scan result at one {@code m²}: both sizes. */
    record Point(double m2, Binder small, Binder large) {
        double d() {
            return large.u().mean() - small.u().mean();
        }

        double dError() {
            return Math.hypot(large.u().error(), small.u().error());
        }
    }

    public static void main(String[] args) {
        Double m2c = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--m2c" -> m2c = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println("usage: CriticalCost [--scale s] [--m2c x]");
                    System.exit(2);
                }
            }
        }
        if (!(scale > 0)) {
            System.err.println("--scale must be > 0");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        int status = 0;
        if (m2c == null) {
            m2c = crossing();
            if (m2c == null) {
                System.exit(1);
            }
        } else {
            out("m2_c = %.4f given (scan skipped)%n", m2c);
        }
        if (!cost(m2c)) {
            status = 1;
        }
        out("%ntotal wall time %.0f s%n", (System.nanoTime() - t0) * 1e-9);
        System.exit(status);
    }

    // ------------------------------------------------------------------ (a) Binder crossing

    /** The scan, the refinement and the fit; prints the table; {@code null} when no crossing is found. */
    static Double crossing() {
        out("(a) Binder crossing of L = %d and L = %d, lambda = %.1f, cluster sampler (1 Wolff cluster + 1 Metropolis"
                + " sweep per sweep)%n", SMALL, LARGE, LAMBDA);
        out("    scan: %d + %d sweeps (L = %d), %d + %d (L = %d) per point; refinement x%d%n",
                n(SCAN_THERMALIZATION), n(SCAN_SMALL), SMALL, n(SCAN_THERMALIZATION), n(SCAN_LARGE), LARGE, REFINE_FACTOR);
        List<Point> points = new ArrayList<>();
        for (double m2 : SCAN) {
            points.add(point(m2, 1));
        }
        // D decreases with m2 (D > 0 on the ordered, more negative side): extend the grid if needed
        for (int e = 0; e < MAX_EXTENSIONS && bracket(points) < 0; e++) {
            boolean allOrdered = points.stream().allMatch(p -> p.d() > 0);
            double m2 = allOrdered ? max(points) + SCAN_STEP : min(points) - SCAN_STEP;
            out("    no sign change of U%d - U%d yet: extending to m2 = %.3f%n", LARGE, SMALL, m2);
            points.add(point(m2, 1));
        }
        int b = bracket(points);
        if (b < 0) {
            printScan(points);
            out("no crossing found: U%d - U%d has one sign over the scan%n", LARGE, SMALL);
            return null;
        }
        double left = sorted(points).get(b).m2();
        double right = sorted(points).get(b + 1).m2();
        for (int r = 0; r < REFINEMENTS; r++) {
            Point pl = at(points, left);
            Point pr = at(points, right);
            // regula falsi: the zero of the chord, kept away from the ends
            double m = left + pl.d() * (right - left) / (pl.d() - pr.d());
            m = Math.min(right - 0.15 * (right - left), Math.max(left + 0.15 * (right - left), m));
            m = Math.rint(m * 1e4) / 1e4;
            Point p = point(m, REFINE_FACTOR);
            points.add(p);
            if (p.d() > 0) {
                left = m;
            } else {
                right = m;
            }
        }
        printScan(points);

        // the straight line through the points near the last chord's zero (D bends away from it further out)
        Point pl = at(points, left);
        Point pr = at(points, right);
        double guess = left + pl.d() * (right - left) / (pl.d() - pr.d());
        List<Point> fit = new ArrayList<>();
        for (double h = FIT_HALF_WIDTH; fit.size() < 3 && h < 1; h *= 1.5) {
            fit.clear();
            for (Point p : points) {
                if (Math.abs(p.m2() - guess) <= h + 1e-12) {
                    fit.add(p);
                }
            }
        }
        fit = sorted(fit);
        double[] x = fit.stream().mapToDouble(Point::m2).toArray();
        double[] d = fit.stream().mapToDouble(Point::d).toArray();
        double[] de = fit.stream().mapToDouble(Point::dError).toArray();
        Line line = Line.fit(x, d, de);
        double root = line.root();
        double rootError = line.rootError();
        double[] u = fit.stream().mapToDouble(p -> p.large().u().mean()).toArray();
        double[] ue = fit.stream().mapToDouble(p -> p.large().u().error()).toArray();
        double[] us = fit.stream().mapToDouble(p -> p.small().u().mean()).toArray();
        double[] use = fit.stream().mapToDouble(p -> p.small().u().error()).toArray();
        double uStar = 0.5 * (Line.fit(x, u, ue).at(root) + Line.fit(x, us, use).at(root));
        out("%n    straight line through the %d points in [%.4f, %.4f]: chi2/dof = %.2f, slope dD/dm2 = %.2f +- %.2f%n",
                fit.size(), x[0], x[x.length - 1], line.chi2PerDof(), line.slope, line.slopeError());
        out("    m2_c(L = %d/%d) = %.4f +- %.4f   (U* at the crossing = %.3f; 2-D Ising: 0.611)%n%n", SMALL, LARGE, root,
                rootError, uStar);
        return root;
    }

    /** Both sizes at one m2, the statistics times {@code factor}. */
    static Point point(double m2, int factor) {
        Binder s = binder(m2, SMALL, n(SCAN_SMALL) * factor);
        Binder l = binder(m2, LARGE, n(SCAN_LARGE) * factor);
        Point p = new Point(m2, s, l);
        out("    m2 = %7.4f  U%d = %.4f +- %.4f  U%d = %.4f +- %.4f  D = %+.4f +- %.4f%n", m2, SMALL, s.u().mean(),
                s.u().error(), LARGE, l.u().mean(), l.u().error(), p.d(), p.dError());
        return p;
    }

    /** U_L at m2 from the cluster sampler: cold start, thermalisation (step tuned, then frozen), N sweeps. */
    static Binder binder(double m2, int l, int sweeps) {
        Lattice lattice = Lattice.of(l, l);
        Phi4Target target = new Phi4Target(lattice, m2, LAMBDA, null);
        Move move = new ClusterSampler().bind(target, Parameters.empty());
        RandomStream random = RandomStream.of(SEED).child(++runs);
        double[] field = new double[lattice.volume()];
        for (int i = 0; i < n(SCAN_THERMALIZATION); i++) {
            move.sweep(field, random);
        }
        move.endThermalization();
        move.resetStatistics();
        double[] m2s = new double[sweeps];
        double[] m4s = new double[sweeps];
        for (int i = 0; i < sweeps; i++) {
            move.sweep(field, random);
            double m = magnetisation(field);
            m2s[i] = m * m;
            m4s[i] = m * m * m * m;
        }
        GammaEstimate u = GammaMethod.analyseDerived(new double[][] {m2s, m4s}, x -> 1 - x[1] / (3 * x[0] * x[0]));
        double[] state = move.saveState(); // [step, frozen, proposed, accepted, clusters, sites]
        return new Binder(m2, l, u, state[5] / (state[4] * lattice.volume()));
    }

    static void printScan(List<Point> points) {
        out("%n    %8s  %17s  %17s  %17s  %s%n", "m2", "U" + SMALL, "U" + LARGE, "D = U" + LARGE + " - U" + SMALL,
                "cluster/V (" + SMALL + ", " + LARGE + ")");
        for (Point p : sorted(points)) {
            out("    %8.4f  %8.4f +- %.4f  %8.4f +- %.4f  %+8.4f +- %.4f  %.2f, %.2f%n", p.m2(), p.small().u().mean(),
                    p.small().u().error(), p.large().u().mean(), p.large().u().error(), p.d(), p.dError(),
                    p.small().clusterFraction(), p.large().clusterFraction());
        }
    }

    /** Index i in the sorted points with D changing sign between i and i + 1 (the first), or −1. */
    static int bracket(List<Point> points) {
        List<Point> s = sorted(points);
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.get(i).d() > 0 && s.get(i + 1).d() <= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Increasing m2. */
    static List<Point> sorted(List<Point> points) {
        List<Point> s = new ArrayList<>(points);
        s.sort((a, b) -> Double.compare(a.m2(), b.m2()));
        return s;
    }

    static Point at(List<Point> points, double m2) {
        return points.stream().filter(p -> p.m2() == m2).findFirst().orElseThrow();
    }

    static double max(List<Point> points) {
        return points.stream().mapToDouble(Point::m2).max().orElseThrow();
    }

    static double min(List<Point> points) {
        return points.stream().mapToDouble(Point::m2).min().orElseThrow();
    }

    /** Weighted straight line {@code y = c0 + slope (x − xbar)}. */
    record Line(double xbar, double c0, double slope, double var0, double varSlope, double chi2, int n) {
        static Line fit(double[] x, double[] y, double[] e) {
            double sw = 0;
            double swx = 0;
            for (int i = 0; i < x.length; i++) {
                double w = 1 / (e[i] * e[i]);
                sw += w;
                swx += w * x[i];
            }
            double xbar = swx / sw;
            double sxx = 0;
            double sxy = 0;
            double sy = 0;
            for (int i = 0; i < x.length; i++) {
                double w = 1 / (e[i] * e[i]);
                double dx = x[i] - xbar;
                sxx += w * dx * dx;
                sxy += w * dx * y[i];
                sy += w * y[i];
            }
            double c0 = sy / sw;
            double slope = sxy / sxx;
            double chi2 = 0;
            for (int i = 0; i < x.length; i++) {
                double r = (y[i] - c0 - slope * (x[i] - xbar)) / e[i];
                chi2 += r * r;
            }
            return new Line(xbar, c0, slope, 1 / sw, 1 / sxx, chi2, x.length);
        }

        double at(double x) {
            return c0 + slope * (x - xbar);
        }

        double chi2PerDof() {
            return n > 2 ? chi2 / (n - 2) : Double.NaN;
        }

        /** Errors scaled by √(χ²/dof) when that exceeds 1. */
        double inflation() {
            double c = chi2PerDof();
            return Double.isFinite(c) && c > 1 ? Math.sqrt(c) : 1;
        }

        double slopeError() {
            return Math.sqrt(varSlope) * inflation();
        }

        double root() {
            return xbar - c0 / slope;
        }

        /** Delta method: c0 and slope are uncorrelated for the centred abscissa. */
        double rootError() {
            double v = var0 / (slope * slope) + c0 * c0 * varSlope / (slope * slope * slope * slope);
            return Math.sqrt(v) * inflation();
        }
    }

    // ------------------------------------------------------------------ (b) cost per independent sample

    /** One sampler's measurement at the critical point. */
    record Cost(String id, int sweeps, double secondsPerSweep, GammaEstimate absM, double acceptance, String tuned) {
        double perSample() {
            return 2 * absM.tauInt() * secondsPerSweep;
        }

        double perSampleError() {
            return 2 * absM.tauIntError() * secondsPerSweep;
        }
    }

    /** Runs the three samplers at L = 32, m2; prints the table; whether the cluster sampler wins. */
    static boolean cost(double m2) {
        out("(b) cost per effectively independent sample of |M| at L = %d, m2 = %.4f, lambda = %.1f (cold start, %d"
                + " thermalisation sweeps, then tuning frozen)%n", LARGE, m2, LAMBDA, n(COST_THERMALIZATION));
        Phi4Target target = new Phi4Target(Lattice.of(LARGE, LARGE), m2, LAMBDA, null);
        List<Cost> costs = List.of(
                run("metropolis", new MetropolisSampler(), Parameters.empty(), target, n(COST_METROPOLIS), 101),
                run("hmc", new HmcSampler(), Parameters.of(Map.of("steps", 10, "stepSize", 0.1, "adaptStepSize", true)),
                        target, n(COST_HMC), 102),
                run("cluster", new ClusterSampler(), Parameters.empty(), target, n(COST_CLUSTER), 103));
        Cost ref = costs.get(2);
        out("%n    %-10s %8s %10s %7s %17s %13s %19s %8s  %s%n", "sampler", "sweeps", "us/sweep", "accept", "tau_int(|M|)",
                "<|M|>", "ms per indep.", "/cluster", "tuned");
        for (Cost c : costs) {
            out("    %-10s %8d %10.2f %7.3f %8.1f +- %5.1f %6.4f+-%.4f %9.2f +- %6.2f %8.1f  %s%n", c.id(), c.sweeps(),
                    c.secondsPerSweep() * 1e6, c.acceptance(), c.absM().tauInt(), c.absM().tauIntError(), c.absM().mean(),
                    c.absM().error(), c.perSample() * 1e3, c.perSampleError() * 1e3, c.perSample() / ref.perSample(),
                    c.tuned());
        }
        Cost met = costs.get(0);
        double ratio = met.perSample() / ref.perSample();
        double ratioError = ratio * Math.hypot(met.absM().tauIntError() / met.absM().tauInt(),
                ref.absM().tauIntError() / ref.absM().tauInt());
        boolean wins = ratio > 1;
        out("%n    cost per independent sample, metropolis / cluster = %.1f +- %.1f  (cluster must win: %s)%n", ratio,
                ratioError, wins ? "PASS" : "FAIL");
        return wins;
    }

    static Cost run(String id, Sampler sampler, Parameters parameters, Phi4Target target, int sweeps, long key) {
        Move move = sampler.bind(target, parameters);
        RandomStream random = RandomStream.of(SEED).child(key);
        double[] field = new double[target.lattice().volume()];
        for (int i = 0; i < n(COST_THERMALIZATION); i++) {
            move.sweep(field, random);
        }
        move.endThermalization();
        move.resetStatistics();
        double[] absM = new double[sweeps];
        long nanos = 0;
        for (int i = 0; i < sweeps; i++) {
            long t = System.nanoTime();
            move.sweep(field, random);
            nanos += System.nanoTime() - t;
            absM[i] = Math.abs(magnetisation(field));
        }
        GammaEstimate g = GammaMethod.analyse(absM);
        double[] s = move.saveState();
        String tuned = switch (id) {
            case "metropolis" -> String.format(Locale.ROOT, "step %.3f", s[0]); // [step, frozen, sign, count, acc, prop]
            case "hmc" -> String.format(Locale.ROOT, "%d x %.4f", (int) s[3], s[4]); // [ln eps, updates, frozen, steps, eps, ...]
            default -> String.format(Locale.ROOT, "step %.3f, cluster %.2f V", s[0], s[5] / (s[4] * target.lattice().volume()));
        };
        out("    %-10s %d sweeps: %.2f us/sweep, tau_int(|M|) = %.1f +- %.1f (window %d), acceptance %.3f, %s%n", id, sweeps,
                nanos * 1e-3 / sweeps, g.tauInt(), g.tauIntError(), g.window(), move.acceptance(), tuned);
        return new Cost(id, sweeps, nanos * 1e-9 / sweeps, g, move.acceptance(), tuned);
    }

    // ------------------------------------------------------------------ helpers

    static double magnetisation(double[] field) {
        double m = 0;
        for (double f : field) {
            m += f;
        }
        return m / field.length;
    }

    /** A number of sweeps times the scale. */
    static int n(int sweeps) {
        return (int) Math.max(100, Math.round(sweeps * scale));
    }

    static void out(String format, Object... args) {
        System.out.printf(Locale.ROOT, format, args);
        System.out.flush();
    }
}
