package wick.analysis.correlator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.lattice.FreeField;

/**
 * The results of {@code correlator.fit}, in display order. Energies come in two units: lattice
 * units Ê and physical {@code E = Ê/a_t} with the time spacing of the analysed run.
 * <ul>
 * <li>{@code energy} E = Ê/a_t ± jackknife error; {@code energyLattice} Ê ± error, from the fit on the
 * given or automatically chosen window;</li>
 * <li>with the automatic window also {@code averageEnergyLattice}, the model average over the scan
 * ({@link WindowAverage}) with error {@code sqrt(σ²_stat + σ²_sys)}, and {@code windowSystematic} σ_sys
 * (lattice units): a cross-check of the window choice, conservative when there is a single state;</li>
 * <li>{@code exactEnergy}, {@code exactEnergyLattice}: the free field's E and Ê (PHYSICS 2.1) when
 * the run is {@code free.sample} (or {@code phi4.sample} at λ = 0, J = 0, m² &gt; 0);</li>
 * <li>{@code amplitude} A; with two states {@code energy2}, {@code energy2Lattice},
 * {@code amplitude2}; with the constant {@code constant} B;</li>
 * <li>{@code chi2dof}, {@code pValue}, {@code dof}, the window {@code tauMin}, {@code tauMax},
 * {@code plateauFound} (1 when the automatic rule found a stable plateau, 0 for its fallback),
 * {@code binSize}, {@code bins}, {@code modesCut} (covariance modes dropped by the SVD cut);</li>
 * <li>series {@code correlator} C(τ) ± error, {@code effectiveMass} Ê_eff(τ) ± error (lattice
 * units, NaN where undefined), {@code fit} (the fitted curve on the window ± error);</li>
 * <li>table {@code scan}: tauMin, energy (Ê, lattice units), error, chi2dof, pValue and the model
 * average's weight of each τ_min of the scan.</li>
 * </ul>
 */
final class FitResults {
    private FitResults() {
    }

    static Map<String, Result> of(CorrelatorAnalysis.Outcome o, double timeSpacing, FreeField exact, FitSettings s) {
        FitResult f = o.fit();
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("energy", new ScalarResult(f.energy() / timeSpacing, f.energyError() / timeSpacing));
        r.put("energyLattice", new ScalarResult(f.energy(), f.energyError()));
        WindowAverage avg = o.average();
        if (avg != null) {
            r.put("averageEnergyLattice", new ScalarResult(avg.energy(), avg.error()));
            r.put("windowSystematic", ScalarResult.exact(avg.systError()));
        }
        if (exact != null) {
            r.put("exactEnergy", ScalarResult.exact(exact.energy()));
            r.put("exactEnergyLattice", ScalarResult.exact(exact.energyLatticeUnits()));
        }
        r.put("amplitude", new ScalarResult(f.value("A"), f.error("A")));
        if (s.states() == 2) {
            r.put("energy2", new ScalarResult(f.value("E2") / timeSpacing, f.error("E2") / timeSpacing));
            r.put("energy2Lattice", new ScalarResult(f.value("E2"), f.error("E2")));
            r.put("amplitude2", new ScalarResult(f.value("A2"), f.error("A2")));
        }
        if (s.constant()) {
            r.put("constant", new ScalarResult(f.value("B"), f.error("B")));
        }
        r.put("chi2dof", ScalarResult.exact(f.chi2PerDof()));
        r.put("pValue", ScalarResult.exact(f.pValue()));
        r.put("dof", ScalarResult.exact(f.dof()));
        r.put("tauMin", ScalarResult.exact(f.tauMin()));
        r.put("tauMax", ScalarResult.exact(f.tauMax()));
        r.put("plateauFound", ScalarResult.exact(o.plateau() ? 1 : 0));
        r.put("binSize", ScalarResult.exact(o.binSize()));
        r.put("bins", ScalarResult.exact(o.bins()));
        r.put("modesCut", ScalarResult.exact(f.modesCut()));
        r.put("correlator", SeriesResult.indexed(o.correlator(), o.correlatorErrors(), "tau", "C"));
        double[] taus = new double[o.effectiveMass().length];
        for (int i = 0; i < taus.length; i++) {
            taus[i] = i + 1;
        }
        r.put("effectiveMass", new SeriesResult(taus, o.effectiveMass(), o.effectiveMassErrors(), "tau", "E_eff"));
        double[] window = new double[f.tauMax() - f.tauMin() + 1];
        for (int i = 0; i < window.length; i++) {
            window[i] = f.tauMin() + i;
        }
        r.put("fit", new SeriesResult(window, f.curve(), f.curveErrors(), "tau", "C_fit"));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < o.scan().size(); i++) {
            FitResult entry = o.scan().get(i);
            double weight = avg == null ? 1 : avg.weights()[i];
            rows.add(List.of(entry.tauMin(), entry.energy(), entry.energyError(), entry.chi2PerDof(), entry.pValue(), weight));
        }
        r.put("scan", new TableResult(List.of("tauMin", "energy", "error", "chi2dof", "pValue", "weight"), rows));
        return r;
    }

    /**
     * The time spacing a_t of a run from its recorded {@code spacing} (first entry; 1 when not
     * recorded), after checking the recorded lattice's N_t against the correlator columns.
     *
     * @throws ParameterException naming {@code run} when they disagree or do not parse
     */
    static double timeSpacing(RunData data) {
        String spacing = data.parameters().getOrDefault("spacing", "1");
        String lattice = data.parameters().get("lattice");
        try {
            if (lattice != null) {
                Lattice l = Lattice.parse(lattice, spacing);
                if (l.extent(0) != data.nt()) {
                    throw bad(data, "run.json says lattice " + lattice + " (N_t = " + l.extent(0)
                            + ") but measurements.csv has C0..C" + (data.nt() - 1));
                }
                return l.spacing(0);
            }
            double a = Double.parseDouble(spacing.split(",")[0].trim());
            if (!(a > 0) || Double.isInfinite(a)) {
                throw bad(data, "run.json's spacing " + spacing + " is not > 0");
            }
            return a;
        } catch (ParameterException | NumberFormatException e) {
            if (e instanceof ParameterException pe && "run".equals(pe.parameter())) {
                throw pe;
            }
            throw bad(data, "run.json's lattice/spacing do not parse: " + e.getMessage());
        }
    }

    /**
     * The exact free field of the run, or {@code null}: for {@code free.sample}, and for
     * {@code phi4.sample} at λ = 0 and J = 0 with m² &gt; 0 (the same Gaussian).
     */
    static FreeField exactFreeField(RunData data) {
        Map<String, String> p = data.parameters();
        boolean free = "free.sample".equals(data.task());
        boolean gaussianPhi4 = "phi4.sample".equals(data.task()) && isZero(p.get("lambda")) && isZero(p.getOrDefault("J", "0"));
        if (!(free || gaussianPhi4) || !p.containsKey("lattice") || !p.containsKey("m2")) {
            return null;
        }
        try {
            double m2 = Double.parseDouble(p.get("m2").trim());
            return m2 > 0 ? new FreeField(Lattice.parse(p.get("lattice"), p.getOrDefault("spacing", "1")), m2) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isZero(String s) {
        try {
            return s != null && Double.parseDouble(s.trim()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ParameterException bad(RunData data, String what) {
        return new ParameterException("run", data.directory().toString(), "a run whose run.json matches its measurements; " + what);
    }
}
