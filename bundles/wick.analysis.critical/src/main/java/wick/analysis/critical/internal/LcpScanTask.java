package wick.analysis.critical.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.result.Result;
import wick.api.run.Workbench;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code lcp.scan}: lines of constant physics (PHYSICS 7). The correlator energy E is held
 * fixed in physical units on a box of fixed physical size {@code N a} while the spacing a shrinks;
 * the bare {@code m²(a)} that does it is the result. Model {@code free}: the closed form
 * {@link FreeLcp} checked against the lattice free field. Model {@code phi4} (D = 2): Monte Carlo
 * root finding on chains of {@code phi4.sample} started through the {@link Workbench}
 * ({@link Phi4Lcp}), and the slope {@code dm²/d ln a} against the one-loop {@code λ/(4π)}.
 */
@Component(name = LcpScanTask.ID, service = Task.class, property = Task.ID + "=" + LcpScanTask.ID)
@Designate(ocd = LcpScanTask.Config.class)
public final class LcpScanTask implements ComputeTask {
    static final String ID = "lcp.scan";

    @ObjectClassDefinition(id = ID, name = "Lines of constant physics",
            description = "The bare m2(a) that holds the correlator energy E fixed on a box of fixed physical size as the spacing a shrinks: closed form for the free field, Monte Carlo root finding for phi^4 in D = 2, with the slope dm2/dln a against lambda/(4 pi).")
    @interface Config {
        @AttributeDefinition(name = "Model", description = "free: closed form m2(a) = (2/a^2)(cosh(E a) - 1); phi4: root finding on Monte Carlo estimates of E (D = 2)",
                options = {@Option(label = "free field (closed form)", value = "free"),
                        @Option(label = "phi^4 (Monte Carlo)", value = "phi4")})
        String model() default "free";

        @AttributeDefinition(name = "Box", description = "Physical extent N·a of the time and space directions, > 0; box/a must be an integer for every spacing", min = "0")
        double box() default 8.0;

        @AttributeDefinition(name = "Energy", description = "Target correlator energy E in physical units, > 0")
        double energy() default 1.0;

        @AttributeDefinition(name = "Spacings", description = "Comma-separated lattice spacings a, each with box/a an integer")
        String spacings() default "1,0.8,0.5";

        @AttributeDefinition(name = "λ", description = "phi^4 coupling in physical units, >= 0 (the term is (lambda/4!) phi^4)", min = "0")
        double lambda() default 1.0;

        @AttributeDefinition(name = "Dimension", description = "Space-time dimension D (phi4 needs D = 2)", min = "1", max = "4")
        int dimension() default 2;

        @AttributeDefinition(name = "Samples", description = "phi4: measurements per chain", min = "100")
        int samples() default 20000;

        @AttributeDefinition(name = "Thermalization", description = "phi4: sweeps discarded at the start of each chain", min = "0")
        int thermalization() default 1000;

        @AttributeDefinition(name = "Interval", description = "phi4: sweeps between two measurements (thins the measurements file of long chains)", min = "1")
        int interval() default 1;

        @AttributeDefinition(name = "Sampler", description = "phi4: id of an installed sampler that fits phi^4 (cluster, hmc, ...)")
        String sampler() default "cluster";

        @AttributeDefinition(name = "Tolerance", description = "phi4: stop when |E(m2) - E| < tolerance standard errors, > 0", min = "0")
        double tolerance() default 1.0;

        @AttributeDefinition(name = "Max iterations", description = "phi4: the most chains per spacing", min = "1", max = "100")
        int maxIterations() default 8;

        @AttributeDefinition(name = "Precision", description = "phi4: keep adding chains at the root estimate until the error of m2(a) is at most this (0: stop at the first convergence), >= 0", min = "0")
        double precision() default 0.0;

        @AttributeDefinition(name = "Plateau start", description = "phi4: physical time where the effective-mass plateau starts (tau_min = ceil(plateauStart/a)), >= 0", min = "0")
        double plateauStart() default 1.0;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Workbench workbench;

    /** How chains are run; {@code null}: through the workbench. */
    private volatile Function<TaskContext, ChainRunner> runners;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Lines of constant physics: bare m2(a) at fixed correlator energy E and box N a (free: closed form; phi4: Monte Carlo root finding, slope vs lambda/4pi)";
    }

    /** For tests outside OSGi: runs chains with {@code runners} instead of the workbench. */
    void setRunners(Function<TaskContext, ChainRunner> runners) {
        this.runners = runners;
    }

    @Override
    public void validate(Parameters p) {
        check(p);
    }

    private Spacings check(Parameters p) {
        double energy = p.real("energy");
        if (!(energy > 0)) {
            throw new ParameterException("energy", p.string("energy"), "a number > 0 (the correlator energy E)");
        }
        boolean phi4 = p.string("model").equals("phi4");
        Spacings spacings = Spacings.parse(p.string("spacings"), p.real("box"), phi4 ? 4 : 2);
        if (!phi4) {
            return spacings;
        }
        if (p.integer("dimension") != 2) {
            throw new ParameterException("dimension", p.string("dimension"), "2 for model phi4 (the one-loop log and the runs are D = 2)");
        }
        if (!(p.real("precision") >= 0) || Double.isInfinite(p.real("precision"))) {
            throw new ParameterException("precision", p.string("precision"), "a number >= 0 (the largest acceptable error of m2(a); 0: none)");
        }
        if (!(p.real("tolerance") > 0)) {
            throw new ParameterException("tolerance", p.string("tolerance"), "a number > 0 (standard errors)");
        }
        for (int i = 0; i < spacings.size(); i++) {
            int tauMin = Phi4Lcp.tauMin(p.real("plateauStart"), spacings.spacing(i));
            if (tauMin > spacings.extent(i) / 2 - 1) {
                throw new ParameterException("plateauStart", p.string("plateauStart"),
                        "a time below the middle of the box: tau_min = ceil(plateauStart/a) ≤ N/2 − 1 for every a (a = "
                                + spacings.spacing(i) + ", N = " + spacings.extent(i) + " gives tau_min = " + tauMin + ")");
            }
        }
        Workbench w = workbench;
        if (runners == null && w != null) {
            ChainRequest probe = ChainRequest.phi4("probe", spacings.extent(0), spacings.spacing(0),
                    Phi4Lcp.tadpoleGuess(energy, p.real("lambda"), spacings.lattice(0, 2)), p.real("lambda"),
                    ChainRequest.Schedule.of(p), p.string("sampler"), 0);
            Phi4Sampling.checkSampler(w, probe);
        }
        return spacings;
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        Spacings spacings = check(p);
        if (p.string("model").equals("free")) {
            return FreeLcp.compute(spacings, p.real("energy"), p.integer("dimension"));
        }
        Phi4Lcp.Settings s = new Phi4Lcp.Settings(p.real("energy"), p.real("lambda"), p.real("plateauStart"),
                ChainRequest.Schedule.of(p), p.string("sampler"), p.real("tolerance"),
                p.real("precision"), p.integer("maxIterations"));
        ChainRunner runner = Phi4Sampling.runner(runners, workbench, context);
        return new LinkedHashMap<>(Phi4Lcp.compute(spacings, s, runner, context.random(), context.progress()));
    }
}
