package wick.model.ebm.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;
import wick.model.ebm.Phi4Target;
import wick.stats.GammaEstimate;

/**
 * Task {@code phi4.response}: the fluctuation–response check of PHYSICS 2.3. Three chains with a
 * uniform source {@code J = 0, +h, −h}; the Monte Carlo response
 * {@code (⟨M⟩_{+h} − ⟨M⟩_{−h}) / 2h} must equal the fluctuation {@code V(⟨M²⟩ − ⟨M⟩²)} at J = 0,
 * since {@code ∂⟨M⟩_J/∂J = Cov(M, Σ_n φ_n) = V Var(M)}. The central difference is biased by
 * {@code O(h²)} (the third cumulant of M); choose h so that this is below the statistical error.
 */
@Component(name = Phi4ResponseTask.ID, service = Task.class, property = Task.ID + "=" + Phi4ResponseTask.ID)
@Designate(ocd = Phi4ResponseTask.Config.class)
public final class Phi4ResponseTask implements ComputeTask {
    static final String ID = "phi4.response";

    @ObjectClassDefinition(id = ID, name = "phi^4: linear response",
            description = "Monte Carlo response of <M> to a small uniform source J = ±h against the susceptibility V Var(M) at J = 0.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = LatticeParameters.LATTICE_HELP)
        String lattice() default "6x6";

        @AttributeDefinition(name = "Spacing", description = LatticeParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared, any sign (m2 <= 0 needs lambda > 0)")
        double m2() default 0.5;

        @AttributeDefinition(name = "λ", description = "Quartic coupling lambda >= 0", min = "0")
        double lambda() default 1.0;

        @AttributeDefinition(name = "h", description = "Source strength of the two response chains, > 0 and small", min = "0")
        double h() default 0.02;

        @AttributeDefinition(name = "Sampler", description = "Id of an installed sampler that fits phi^4 with a source")
        String sampler() default "metropolis";

        @AttributeDefinition(name = "Samples", description = "Measurements per chain", min = "100")
        int samples() default 20000;

        @AttributeDefinition(name = "Thermalization", description = "Sweeps discarded at the start of each chain", min = "0")
        int thermalization() default 1000;

        @AttributeDefinition(name = "Interval", description = "Sweeps between two measurements", min = "1")
        int interval() default 1;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Sampler> samplers;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "phi^4 fluctuation-response check: d<M>/dJ from chains at J = ±h against V Var(M) at J = 0";
    }

    @Override
    public void validate(Parameters p) {
        Lattice lattice = LatticeParameters.lattice(p);
        if (!(p.real("h") > 0)) {
            throw new ParameterException("h", String.valueOf(p.real("h")), "h > 0 (a small source)");
        }
        Phi4Target t = new Phi4Target(lattice, p.real("m2"), p.real("lambda"), Phi4Target.uniformSource(lattice, p.real("h")));
        sampler(p.string("sampler"), t);
    }

    private Sampler sampler(String id, Phi4Target target) {
        List<Sampler> installed = samplers == null ? List.of() : samplers;
        for (Sampler s : installed) {
            if (s.id().equals(id)) {
                if (!s.accepts(target)) {
                    throw new ParameterException("sampler", id, "a sampler that fits phi^4 with a source; "
                            + id + " does not (" + target.describe() + ")");
                }
                return s;
            }
        }
        throw new ParameterException("sampler", id, "an installed sampler: "
                + installed.stream().map(Sampler::id).sorted().toList());
    }

    /** For tests outside OSGi: the samplers this task may use. */
    void setSamplers(List<Sampler> list) {
        samplers = List.copyOf(list);
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        Lattice lattice = LatticeParameters.lattice(p);
        double h = p.real("h");
        int v = lattice.volume();
        double[][] series = new double[3][];
        double[] sources = {0, h, -h};
        ProgressMonitor progress = context.progress();
        for (int c = 0; c < 3; c++) {
            Phi4Target target = new Phi4Target(lattice, p.real("m2"), p.real("lambda"),
                    sources[c] == 0 ? null : Phi4Target.uniformSource(lattice, sources[c]));
            Sampler s = sampler(p.string("sampler"), target);
            series[c] = magnetisation(target, s.bind(target, Parameters.empty()), context.random().child(c), p,
                    progress.subTask(c / 3.0, (c + 1) / 3.0, "chain at J = " + sources[c]));
        }
        double[] m2 = new double[series[0].length];
        for (int i = 0; i < m2.length; i++) {
            m2[i] = series[0][i] * series[0][i];
        }
        ScalarResult fluctuation = Estimates.derived(new double[][] {m2, series[0]}, x -> v * (x[0] - x[1] * x[1]));
        GammaEstimate plus = Estimates.primary(series[1]);
        GammaEstimate minus = Estimates.primary(series[2]);
        double response = (plus.mean() - minus.mean()) / (2 * h);
        double responseError = Math.hypot(plus.error(), minus.error()) / (2 * h);
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("response", new ScalarResult(response, responseError));
        r.put("susceptibility", fluctuation);
        r.put("zScore", ScalarResult.exact((response - fluctuation.value())
                / Math.hypot(responseError, fluctuation.error())));
        r.put("magnetisationPlus", Estimates.scalar(plus));
        r.put("magnetisationMinus", Estimates.scalar(minus));
        return r;
    }

    /** Runs one chain and returns its series of {@code M = Σφ/V}. */
    private static double[] magnetisation(Phi4Target target, Move move, RandomStream random, Parameters p,
            ProgressMonitor progress) {
        int samples = p.integer("samples");
        int thermalization = p.integer("thermalization");
        int interval = p.integer("interval");
        double[] field = new double[target.lattice().volume()];
        for (int i = 0; i < thermalization; i++) {
            move.sweep(field, random);
            if ((i & 63) == 0) {
                progress.checkCancelled();
            }
        }
        move.endThermalization();
        double[] m = new double[samples];
        for (int i = 0; i < samples; i++) {
            for (int k = 0; k < interval; k++) {
                move.sweep(field, random);
            }
            double s = 0;
            for (double f : field) {
                s += f;
            }
            m[i] = s / field.length;
            if ((i & 63) == 0) {
                progress.checkCancelled();
                progress.report((double) i / samples, "measurement " + i);
            }
        }
        return m;
    }
}
