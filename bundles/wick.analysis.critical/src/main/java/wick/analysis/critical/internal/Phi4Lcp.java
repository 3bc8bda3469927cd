package wick.analysis.critical.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.lattice.FreeField;

/**
 * The φ⁴ line of constant physics in D = 2 (PHYSICS 7): for each spacing a, the bare {@code m²(a)}
 * at which the correlator energy {@code E} (from {@link EffectiveMass}, in physical units
 * {@code Ê/a}) equals the target, by {@link NoisyRootFinder} on chains of {@code phi4.sample} on the
 * lattice {@code N × N}, {@code N = box/a}, with λ in physical units (the action carries
 * {@code v = a²}, PHYSICS 2.2).
 *
 * <p>The search starts from the one-loop (tadpole) guess
 * {@code m²_0 = m²_free(a) − (λ/2) G(0)}, with {@code m²_free = (2/a²)(cosh(E a) − 1)} and
 * {@code G(0) = ⟨φ²⟩} of the free field at {@code m²_free} on the same lattice, and uses the free
 * slope {@code dE/dm² = a/(2 sinh(E a))} as its prior. One loop predicts
 * {@code m²(a) = m²_R + (λ/4π) ln a + const}: the slope {@code dm²/d ln a} is fitted by a weighted
 * straight line through {@code (ln a, m²(a))} and reported next to {@code λ/(4π)}.
 */
final class Phi4Lcp {
    /**
     * The settings of a scan.
     *
     * @param energy       the target E (physical units)
     * @param lambda       λ (physical units)
     * @param plateauStart the physical time where the effective-mass plateau starts
     * @param schedule     samples, thermalization and interval of each chain
     * @param sampler      the sampler id
     * @param tolerance    the root finder's tolerance in standard errors
     * @param precision    the largest acceptable error of each m²(a), 0 for none ({@link NoisyRootFinder})
     * @param maxIterations the most chains per spacing
     */
    record Settings(double energy, double lambda, double plateauStart, ChainRequest.Schedule schedule, String sampler,
            double tolerance, double precision, int maxIterations) {
    }

    private Phi4Lcp() {
    }

    /** The first τ of the plateau on spacing a: {@code ⌈plateauStart/a⌉}. */
    static int tauMin(double plateauStart, double a) {
        return (int) Math.ceil(plateauStart / a - 1e-9);
    }

    /** The one-loop starting point {@code m²_free(a) − (λ/2) G(0)} on the {@code N × N} lattice. */
    static double tadpoleGuess(double energy, double lambda, Lattice lattice) {
        double free = FreeLcp.m2(energy, lattice.spacing(0));
        return free - 0.5 * lambda * new FreeField(lattice, free).phi2();
    }

    /**
     * Runs the scan.
     *
     * @return {@code m2} (series over a with errors), {@code slope} (dm²/d ln a, with its error; with
     *         two or more spacings), {@code oneLoop} (λ/(4π)), {@code m2Tadpole} (the starting points),
     *         {@code roots} (table per a) and {@code history} (table per chain)
     */
    static Map<String, Result> compute(Spacings spacings, Settings s, ChainRunner runner, RandomStream random,
            ProgressMonitor progress) {
        int n = spacings.size();
        double[] a = spacings.spacings();
        double[] m2 = new double[n];
        double[] m2Error = new double[n];
        double[] guess = new double[n];
        List<List<Object>> roots = new ArrayList<>();
        List<List<Object>> history = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            int extent = spacings.extent(i);
            Lattice lattice = spacings.lattice(i, 2);
            int tauMin = tauMin(s.plateauStart(), a[i]);
            guess[i] = tadpoleGuess(s.energy(), s.lambda(), lattice);
            double prior = a[i] / (2 * Math.sinh(s.energy() * a[i]));
            List<Object[]> details = new ArrayList<>();
            NoisyRootFinder.NoisyFunction f = (x, it, monitor) -> {
                String name = "a" + a[index] + "/iteration" + it;
                ChainRequest request = ChainRequest.phi4(name, extent, a[index], x, s.lambda(), s.schedule(), s.sampler(),
                        ChainRequest.seed(random, 1000L * index + it));
                ChainOutcome outcome = runner.run(request, monitor);
                EffectiveMass.Estimate e;
                try {
                    e = mass(outcome, tauMin);
                } catch (IllegalStateException ex) {
                    throw new IllegalStateException("lcp.scan at a = " + a[index] + ", m2 = " + x + " (chain " + name + "): "
                            + ex.getMessage(), ex);
                }
                details.add(new Object[] {e.errorMethod(), e.tauMin(), e.tauMax(), name});
                return new NoisyRootFinder.Evaluation(e.value() / a[index], e.error() / a[index]);
            };
            NoisyRootFinder.Outcome root = NoisyRootFinder.solve(f, s.energy(), guess[i], prior, s.tolerance(),
                    s.precision(), s.maxIterations(), progress.subTask((double) i / n, (i + 1.0) / n, "a = " + a[i]));
            m2[i] = root.root();
            m2Error[i] = root.error();
            Object[] last = details.get(details.size() - 1);
            roots.add(List.of(a[i], extent, m2[i], m2Error[i], root.status().name().toLowerCase(), root.history().size(),
                    root.slope(), guess[i], last[1], last[2]));
            for (int k = 0; k < root.history().size(); k++) {
                NoisyRootFinder.Point p = root.history().get(k);
                Object[] d = details.get(k);
                history.add(List.of(a[i], p.iteration(), p.x(), p.y(), p.error(), p.z(s.energy()), p.step(), d[0], d[3]));
            }
        }
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("m2", new SeriesResult(a, m2, m2Error, "a", "m2"));
        if (n >= 2) {
            double[] lnA = new double[n];
            for (int i = 0; i < n; i++) {
                lnA[i] = Math.log(a[i]);
            }
            WeightedLineFit fit = WeightedLineFit.fit(lnA, m2, m2Error);
            r.put("slope", new ScalarResult(fit.slope(), fit.scaledSlopeError()));
            r.put("slopeFit", new TableResult(List.of("intercept", "interceptError", "slope", "slopeError", "chi2", "dof"),
                    List.of(List.of(fit.intercept(), Math.sqrt(fit.varIntercept()), fit.slope(), fit.scaledSlopeError(),
                            fit.chi2(), fit.dof()))));
        }
        r.put("oneLoop", ScalarResult.exact(s.lambda() / (4 * Math.PI)));
        r.put("m2Tadpole", new SeriesResult(a, guess, null, "a", "m2"));
        r.put("roots", new TableResult(List.of("a", "N", "m2", "error", "status", "chains", "dEdm2", "m2Start", "tauMin",
                "tauMax"), roots));
        r.put("history", new TableResult(List.of("a", "iteration", "m2", "E", "error", "z", "step", "errorMethod", "chain"),
                history));
        return r;
    }

    /** The energy (lattice units) of a chain's correlator, with the Γ-method when its columns are there. */
    static EffectiveMass.Estimate mass(ChainOutcome outcome, int tauMin) {
        SeriesResult c = outcome.series("correlator");
        int nt = c.size();
        double[][] columns = new double[nt][];
        for (int t = 0; t < nt; t++) {
            columns[t] = outcome.column("C" + t).orElse(null);
            if (columns[t] == null) {
                columns = null;
                break;
            }
        }
        return EffectiveMass.estimate(c.y(), c.error(), columns, tauMin);
    }
}
