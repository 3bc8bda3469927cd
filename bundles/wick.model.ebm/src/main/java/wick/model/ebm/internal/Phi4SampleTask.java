package wick.model.ebm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.lattice.Lattice;
import wick.api.model.ActionTarget;
import wick.api.model.Target;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.result.TableResult;
import wick.api.task.ChainTask;
import wick.api.task.Measurements;
import wick.api.task.Observables;
import wick.api.task.Task;
import wick.model.ebm.Phi4Target;
import wick.stats.GammaEstimate;

/**
 * Task {@code phi4.sample}: a Markov chain on lattice φ⁴ (PHYSICS 2.2, 2.3) measuring, per
 * configuration, {@code M = Σφ/V}, {@code |M|}, {@code M²}, {@code M⁴}, {@code φ² = Σφ²/V}, the action
 * density {@code S/V} and {@code C(τ)}; reported with Γ-method errors, plus the derived
 * {@code χ = V(⟨M²⟩ − ⟨|M|⟩²)} and Binder {@code U = 1 − ⟨M⁴⟩/(3⟨M²⟩²)}, the τ_int of each primary
 * and the sampler's acceptance.
 */
@Component(name = Phi4SampleTask.ID, service = Task.class, property = Task.ID + "=" + Phi4SampleTask.ID)
@Designate(ocd = Phi4SampleTask.Config.class)
public final class Phi4SampleTask implements ChainTask {
    static final String ID = "phi4.sample";
    private static final List<String> PRIMARIES = List.of("M", "absM", "M2", "M4", "phi2", "actionDensity");

    @ObjectClassDefinition(id = ID, name = "phi^4: sample",
            description = "A Markov chain on lattice phi^4 with any installed sampler that fits; magnetisation, susceptibility, Binder cumulant, C(tau).")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = LatticeParameters.LATTICE_HELP)
        String lattice() default "8x8";

        @AttributeDefinition(name = "Spacing", description = LatticeParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared, any sign (m2 <= 0 needs lambda > 0)")
        double m2() default -0.5;

        @AttributeDefinition(name = "λ", description = "Quartic coupling lambda >= 0 (the term is (lambda/4!) phi^4)", min = "0")
        double lambda() default 2.4;

        @AttributeDefinition(name = "J", description = "Source strength: p ∝ exp(-S + J·phi)")
        double J() default 0.0;

        @AttributeDefinition(name = "Source site", description = "-1: J on every site (uniform); otherwise the flat index of the one site carrying J", min = "-1")
        int sourceSite() default -1;

        @AttributeDefinition(name = "Samples", description = "Number of measurements", min = "2")
        int samples() default 2000;

        @AttributeDefinition(name = "Thermalization", description = "Sweeps discarded before the first measurement", min = "0")
        int thermalization() default 500;

        @AttributeDefinition(name = "Interval", description = "Sweeps between two measurements", min = "1")
        int interval() default 1;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "phi^4, sampled: M, |M|, M^2, M^4, phi^2, action density, C(tau); chi and Binder with Gamma-method errors";
    }

    @Override
    public Target target(Parameters p) {
        Lattice lattice = LatticeParameters.lattice(p);
        double j = p.real("J");
        int site = p.integer("sourceSite");
        double[] source = null;
        if (site >= lattice.volume()) {
            throw new ParameterException("sourceSite", String.valueOf(site),
                    "-1 (uniform) or a site index between 0 and " + (lattice.volume() - 1));
        }
        if (j != 0) {
            source = site < 0 ? Phi4Target.uniformSource(lattice, j) : new double[lattice.volume()];
            if (site >= 0) {
                source[site] = j;
            }
        }
        if (p.real("lambda") == 0 && source == null && p.real("m2") > 0) {
            return new GaussianPhi4Target(lattice, p.real("m2"));
        }
        return new Phi4Target(lattice, p.real("m2"), p.real("lambda"), source);
    }

    @Override
    public String defaultSampler() {
        return "metropolis";
    }

    @Override
    public Observables observables(Target target, Parameters p) {
        ActionTarget phi4 = (ActionTarget) target;
        Lattice lattice = target.lattice();
        List<String> names = new ArrayList<>(PRIMARIES);
        CorrelatorColumns.addNames(lattice, names);
        CorrelatorColumns correlator = new CorrelatorColumns(lattice);
        int v = lattice.volume();
        return new Observables() {
            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public void measure(double[] field, double[] out) {
                double s1 = 0;
                double s2 = 0;
                for (double f : field) {
                    s1 += f;
                    s2 += f * f;
                }
                double m = s1 / v;
                out[0] = m;
                out[1] = Math.abs(m);
                out[2] = m * m;
                out[3] = m * m * m * m;
                out[4] = s2 / v;
                out[5] = phi4.action(field) / v;
                correlator.measure(field, out, PRIMARIES.size());
            }
        };
    }

    @Override
    public Map<String, Result> analyse(Measurements m, Target target, Parameters p, ProgressMonitor progress) {
        int v = target.lattice().volume();
        int nt = target.lattice().extent(0);
        Map<String, Result> r = new LinkedHashMap<>();
        List<List<Object>> tau = new ArrayList<>();
        for (String name : PRIMARIES) {
            GammaEstimate e = Estimates.primary(m.column(name));
            r.put(name, Estimates.scalar(e));
            tau.add(List.of(name, e.tauInt(), e.tauIntError()));
        }
        double[] m2 = m.column("M2");
        double[] absM = m.column("absM");
        double[] m4 = m.column("M4");
        r.put("chi", Estimates.derived(new double[][] {m2, absM}, x -> v * (x[0] - x[1] * x[1])));
        r.put("binder", Estimates.derived(new double[][] {m2, m4}, x -> 1 - x[1] / (3 * x[0] * x[0])));
        r.put("correlator", CorrelatorColumns.analyse(m, nt));
        r.put("tauInt", new TableResult(List.of("observable", "tauInt", "error"), tau));
        r.put("acceptance", Estimates.scalar(Estimates.primary(m.column("acceptance"))));
        return r;
    }
}
