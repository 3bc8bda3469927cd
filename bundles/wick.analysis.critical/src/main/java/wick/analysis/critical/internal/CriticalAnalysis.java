package wick.analysis.critical.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;

/**
 * The results of {@code phi4.critical} from the measured Binder cumulants ({@link BinderGrid}).
 *
 * <p>For every pair of sizes {@code L1 < L2}: the crossing of {@code U_{L1}} and {@code U_{L2}} by
 * linear interpolation on the grid ({@link BinderCrossing}) with its parametric-bootstrap error
 * ({@link CrossingBootstrap}; the propagated error when fewer than half the replicas cross); then,
 * when the chains have their measurements, the crossing refined by single-histogram reweighting
 * ({@link ReweightedCrossing}) from each of the two bracketing grid points (the pair of chains of
 * both sizes there), searched within {@value #WINDOW} grid steps of it, with its jackknife error. An
 * estimate counts if both chains keep an effective sample fraction of at least
 * {@value #MIN_FRACTION} at the crossing; the two estimates (independent chains) are combined by
 * their inverse variances, replica by replica, and replace the interpolated crossing.
 *
 * <p>Conventions: the action is {@code S = Σ_n [½ Σ_μ (Δ_μφ)² + ½ m² φ² + (λ/4!) φ⁴]} at unit spacing
 * (PHYSICS 2.2). {@code ratio = λ/|m²_c|} in this convention; the critical-coupling literature
 * (e.g. Schaich and Loinaz, Phys. Rev. D 79 (2009) 056008) writes the quartic term {@code (λ'/4) φ⁴},
 * so {@code λ' = λ/6} and {@code ratioPrime = λ'/|m²_c|}. Both are ratios of bare lattice parameters
 * at finite L; the continuum critical ratio {@code λ'/μ²} (≈ 11) refers to a renormalised
 * (normal-ordered) mass and is not what is reported here.
 */
final class CriticalAnalysis {
    /** The smallest effective sample fraction at which a reweighted crossing is used. */
    static final double MIN_FRACTION = 0.1;
    /** The reweighting window around a chain, in grid steps either side. */
    static final double WINDOW = 2;

    private CriticalAnalysis() {
    }

    /** One pair's crossing. */
    private record PairCrossing(int l1, int l2, double m2, double error, double u, double uError, String method,
            double interpolated, double interpolatedError, Jack jack) {
    }

    /**
     * The results: {@code m2c}, {@code ratio}, {@code ratioPrime}, {@code crossings} (table),
     * {@code finiteSizeDrift} (table), {@code binder} (table) and {@code binderL<L>} (series per size).
     *
     * @param grid     the cumulants (and series) per size and grid point
     * @param lambda   λ of the chains
     * @param random   seeds the bootstrap
     * @param progress polled for cancellation
     */
    static Map<String, Result> analyse(BinderGrid grid, double lambda, RandomGenerator random, ProgressMonitor progress) {
        int n = grid.sizeCount();
        List<int[]> pairList = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                pairList.add(new int[] {a, b});
            }
        }
        int[][] pairs = pairList.toArray(new int[0][]);
        double[] m = grid.m2();
        BinderCrossing.Crossing[] central = new BinderCrossing.Crossing[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            int l1 = pairs[k][0];
            int l2 = pairs[k][1];
            central[k] = BinderCrossing.central(m, grid.u()[l1], grid.error()[l1], grid.u()[l2], grid.error()[l2]);
        }
        CrossingBootstrap bootstrap = new CrossingBootstrap(grid, pairs, central, random);
        PairCrossing[] crossings = new PairCrossing[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            progress.checkCancelled();
            crossings[k] = crossing(grid, pairs[k], central[k], bootstrap, k, progress);
        }
        Map<String, Result> r = new LinkedHashMap<>();
        PairCrossing largest = crossings[index(pairs, n - 2, n - 1)];
        r.put("m2c", new ScalarResult(largest.m2(), largest.error()));
        double abs = Math.abs(largest.m2());
        r.put("ratio", new ScalarResult(lambda / abs, lambda * largest.error() / (abs * abs)));
        r.put("ratioPrime", new ScalarResult(lambda / 6 / abs, lambda / 6 * largest.error() / (abs * abs)));
        List<List<Object>> rows = new ArrayList<>();
        for (PairCrossing c : crossings) {
            rows.add(List.of(grid.sizes()[c.l1()], grid.sizes()[c.l2()], c.m2(), c.error(), c.u(), c.uError(), c.method(),
                    c.interpolated(), c.interpolatedError()));
        }
        r.put("crossings", new TableResult(List.of("L1", "L2", "m2c", "error", "U", "Uerror", "method", "m2cInterpolated",
                "errorInterpolated"), rows));
        r.put("finiteSizeDrift", drift(grid, pairs, crossings, bootstrap));
        List<List<Object>> binder = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            for (int i = 0; i < m.length; i++) {
                binder.add(List.of(grid.sizes()[l], m[i], grid.u()[l][i], grid.error()[l][i]));
            }
        }
        r.put("binder", new TableResult(List.of("L", "m2", "U", "error"), binder));
        for (int l = 0; l < n; l++) {
            r.put("binderL" + grid.sizes()[l], new SeriesResult(m, grid.u()[l], grid.error()[l], "m2", "U_L" + grid.sizes()[l]));
        }
        return r;
    }

    private static int index(int[][] pairs, int l1, int l2) {
        for (int k = 0; k < pairs.length; k++) {
            if (pairs[k][0] == l1 && pairs[k][1] == l2) {
                return k;
            }
        }
        throw new IllegalArgumentException("no pair " + l1 + ", " + l2);
    }

    private static PairCrossing crossing(BinderGrid grid, int[] pair, BinderCrossing.Crossing c, CrossingBootstrap bootstrap,
            int k, ProgressMonitor progress) {
        int l1 = pair[0];
        int l2 = pair[1];
        if (c == null) {
            return new PairCrossing(l1, l2, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    "none: U_L" + grid.sizes()[l2] + " - U_L" + grid.sizes()[l1]
                            + " does not change sign on the grid (widen m2Min..m2Max)",
                    Double.NaN, Double.NaN, null);
        }
        double[] m = grid.m2();
        boolean bootstrapped = bootstrap.validFraction(k) >= 0.5;
        double error = bootstrapped ? bootstrap.m2Error(k)
                : BinderCrossing.propagatedError(m, grid.u()[l1], grid.error()[l1], grid.u()[l2], grid.error()[l2], c.bracket());
        double uError = bootstrapped ? bootstrap.uError(k) : Double.NaN;
        String method = bootstrapped ? "interpolated (bootstrap error)" : "interpolated (propagated error)";
        List<ReweightedCrossing.Result> refined = new ArrayList<>();
        List<Double> sources = new ArrayList<>();
        double h = Math.abs(m[c.bracket() + 1] - m[c.bracket()]);
        for (int j = c.bracket(); j <= c.bracket() + 1; j++) {
            ReweightedBinder small = grid.reweighting(l1, j);
            ReweightedBinder large = grid.reweighting(l2, j);
            if (small == null || large == null) {
                continue;
            }
            ReweightedCrossing.Result rw = ReweightedCrossing.solve(small, large,
                    new String[] {grid.chain(l1, j), grid.chain(l2, j)}, m[j] - WINDOW * h, m[j] + WINDOW * h, c.m2(), progress);
            if (rw == null) {
                method += "; reweighting from m2 = " + m[j] + " found no crossing within " + WINDOW + " grid steps";
            } else if (rw.fraction() < MIN_FRACTION) {
                method += "; reweighting from m2 = " + m[j] + " reaches too far (effective sample fraction "
                        + String.format("%.3f", rw.fraction()) + ")";
            } else if (rw.m2().error() > 0) {
                refined.add(rw);
                sources.add(m[j]);
            }
        }
        if (!refined.isEmpty()) {
            Jack m2 = refined.get(0).m2();
            Jack u = refined.get(0).u();
            if (refined.size() == 2) {
                double w1 = 1 / Math.pow(refined.get(0).m2().error(), 2);
                double w2 = 1 / Math.pow(refined.get(1).m2().error(), 2);
                m2 = m2.combine(refined.get(1).m2(), (x, y) -> (w1 * x + w2 * y) / (w1 + w2));
                u = u.combine(refined.get(1).u(), (x, y) -> (w1 * x + w2 * y) / (w1 + w2));
            }
            return new PairCrossing(l1, l2, m2.value(), m2.error(), u.value(), u.error(), "reweighted from m2 = "
                    + sources.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" and "))
                    + (refined.size() == 2 ? " (inverse-variance mean)" : "") + " (jackknife error)", c.m2(), error, m2);
        }
        return new PairCrossing(l1, l2, c.m2(), error, c.u(), uError, method, c.m2(), error, null);
    }

    /** The differences of the crossings of successive pairs (L_i, L_{i+1}) → (L_{i+1}, L_{i+2}). */
    private static TableResult drift(BinderGrid grid, int[][] pairs, PairCrossing[] c, CrossingBootstrap bootstrap) {
        List<List<Object>> rows = new ArrayList<>();
        int[] sizes = grid.sizes();
        for (int l = 0; l + 2 < sizes.length; l++) {
            int k1 = index(pairs, l, l + 1);
            int k2 = index(pairs, l + 1, l + 2);
            double diff = c[k2].m2() - c[k1].m2();
            double error;
            String method;
            if (c[k1].jack() != null && c[k2].jack() != null) {
                error = c[k2].jack().combine(c[k1].jack(), (x, y) -> x - y).error();
                method = "jackknife (correlated)";
            } else if (c[k1].jack() == null && c[k2].jack() == null && bootstrap.validFraction(k1) >= 0.5
                    && bootstrap.validFraction(k2) >= 0.5) {
                error = bootstrap.differenceError(k1, k2);
                method = "bootstrap (correlated)";
            } else {
                error = Math.hypot(c[k1].error(), c[k2].error());
                method = "independent errors";
            }
            rows.add(List.of(sizes[l] + "/" + sizes[l + 1], sizes[l + 1] + "/" + sizes[l + 2], diff, error, method));
        }
        return new TableResult(List.of("from", "to", "difference", "error", "method"), rows);
    }
}
