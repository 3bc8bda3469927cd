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
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.task.ChainTask;
import wick.api.task.Measurements;
import wick.api.task.Observables;
import wick.api.task.Task;
import wick.lattice.FreeField;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * Task {@code free.sample}: a Markov chain on the free field (default sampler: the exact FFT
 * sampler) measuring {@code ⟨φ²⟩ = ⟨(1/V) Σ_n φ_n²⟩} and the zero-momentum correlator {@code C(τ)}
 * (PHYSICS 2.1), each with its Γ-method error and next to its exact value.
 */
@Component(name = FreeSampleTask.ID, service = Task.class, property = Task.ID + "=" + FreeSampleTask.ID)
@Designate(ocd = FreeSampleTask.Config.class)
public final class FreeSampleTask implements ChainTask {
    static final String ID = "free.sample";

    @ObjectClassDefinition(id = ID, name = "Free field: sample",
            description = "A Markov chain on the free field measuring <phi^2> and C(tau) with Gamma-method errors, next to the exact values.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = LatticeParameters.LATTICE_HELP)
        String lattice() default "4x4";

        @AttributeDefinition(name = "Spacing", description = LatticeParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = LatticeParameters.FREE_M2_HELP)
        double m2() default 1.0;

        @AttributeDefinition(name = "Samples", description = "Number of measurements", min = "2")
        int samples() default 1000;

        @AttributeDefinition(name = "Thermalization", description = "Sweeps discarded before the first measurement", min = "0")
        int thermalization() default 100;

        @AttributeDefinition(name = "Interval", description = "Sweeps between two measurements", min = "1")
        int interval() default 1;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Free field, sampled: <phi^2> and C(tau) with Gamma-method errors next to their exact values";
    }

    @Override
    public Target target(Parameters p) {
        return new FreeFieldTarget(LatticeParameters.lattice(p), p.real("m2"));
    }

    @Override
    public String defaultSampler() {
        return "exact-fft";
    }

    @Override
    public Observables observables(Target target, Parameters p) {
        Lattice lattice = target.lattice();
        List<String> names = new ArrayList<>();
        names.add("phi2");
        CorrelatorColumns.addNames(lattice, names);
        CorrelatorColumns correlator = new CorrelatorColumns(lattice);
        return new Observables() {
            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public void measure(double[] field, double[] out) {
                double s = 0;
                for (double f : field) {
                    s += f * f;
                }
                out[0] = s / field.length;
                correlator.measure(field, out, 1);
            }
        };
    }

    @Override
    public Map<String, Result> analyse(Measurements m, Target target, Parameters p, ProgressMonitor progress) {
        FreeField exact = ((FreeFieldTarget) target).exact();
        int nt = target.lattice().extent(0);
        GammaEstimate phi2 = GammaMethod.analyse(m.column("phi2"));
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("phi2", new ScalarResult(phi2.mean(), phi2.error()));
        r.put("phi2Exact", ScalarResult.exact(exact.phi2()));
        r.put("correlator", CorrelatorColumns.analyse(m, nt));
        r.put("correlatorExact", SeriesResult.indexed(exact.correlator(), null, "tau", "C"));
        r.put("tauInt", new ScalarResult(phi2.tauInt(), phi2.tauIntError()));
        return r;
    }
}
