package wick.analysis.critical.internal;

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

import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.run.Workbench;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code phi4.critical}: the critical point of 2-D lattice φ⁴ at fixed λ from the crossings of
 * Binder cumulants {@code U_L = 1 − ⟨M⁴⟩/(3⟨M²⟩²)} (PHYSICS 2.2). For each size L and each m² of an
 * even grid on {@code [m2Min, m2Max]} one chain of {@code phi4.sample} (lattice {@code L × L}, unit
 * spacing, started through the {@link Workbench}); then {@link CriticalAnalysis}: the crossing of
 * every pair of sizes (interpolated, refined by reweighting when the chains' measurements are
 * there), {@code m2c} from the two largest sizes, the drift between successive pairs, and the
 * ratios {@code λ/|m²_c|} and {@code λ'/|m²_c|} with {@code λ' = λ/6} (the {@code (λ'/4)φ⁴}
 * convention of the critical-coupling literature; ours is {@code (λ/4!)φ⁴}).
 */
@Component(name = Phi4CriticalTask.ID, service = Task.class, property = Task.ID + "=" + Phi4CriticalTask.ID)
@Designate(ocd = Phi4CriticalTask.Config.class)
public final class Phi4CriticalTask implements ComputeTask {
    static final String ID = "phi4.critical";
    /** The smallest lattice size. */
    static final int MIN_SIZE = 4;

    @ObjectClassDefinition(id = ID, name = "phi^4: critical point",
            description = "The critical m2 of 2-D lattice phi^4 at fixed lambda from Binder-cumulant crossings of several lattice sizes (unit spacing), with the finite-size drift and lambda/|m2_c|.")
    @interface Config {
        @AttributeDefinition(name = "λ", description = "Quartic coupling lambda > 0 (the term is (lambda/4!) phi^4; lambda' = lambda/6 in the (lambda'/4) phi^4 convention)", min = "0")
        double lambda() default 2.4;

        @AttributeDefinition(name = "Sizes", description = "Comma-separated lattice sizes L (L x L, unit spacing), at least two, each >= 4")
        String sizes() default "8,16,32";

        @AttributeDefinition(name = "m² min", description = "Lower end of the m2 grid")
        double m2Min() default -0.65;

        @AttributeDefinition(name = "m² max", description = "Upper end of the m2 grid, > m2Min")
        double m2Max() default -0.5;

        @AttributeDefinition(name = "Points", description = "Grid points on [m2Min, m2Max] (the chains per size)", min = "2", max = "200")
        int points() default 6;

        @AttributeDefinition(name = "Samples", description = "Measurements per chain", min = "100")
        int samples() default 20000;

        @AttributeDefinition(name = "Thermalization", description = "Sweeps discarded at the start of each chain", min = "0")
        int thermalization() default 2000;

        @AttributeDefinition(name = "Interval", description = "Sweeps between two measurements (thins the measurements file of long chains)", min = "1")
        int interval() default 1;

        @AttributeDefinition(name = "Sampler", description = "Id of an installed sampler that fits phi^4 (cluster is the fast one near criticality)")
        String sampler() default "cluster";

        @AttributeDefinition(name = "Reweight", description = "Refine each crossing by single-histogram reweighting in m2 (needs the chains' measurements)")
        boolean reweight() default true;
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
        return "phi^4 critical point: Binder-cumulant crossings of several L over an m2 grid, m2_c, finite-size drift, lambda/|m2_c|";
    }

    /** For tests outside OSGi: runs chains with {@code runners} instead of the workbench. */
    void setRunners(Function<TaskContext, ChainRunner> runners) {
        this.runners = runners;
    }

    @Override
    public void validate(Parameters p) {
        int[] sizes = ListParameters.sortedIntegers("sizes", p.string("sizes"), MIN_SIZE, 2);
        double[] grid = grid(p);
        if (grid[0] <= 0 && !(p.real("lambda") > 0)) {
            throw new ParameterException("lambda", p.string("lambda"),
                    "lambda > 0 when the grid reaches m2 <= 0 (otherwise the action is unbounded below)");
        }
        Workbench w = workbench;
        if (runners == null && w != null) {
            Phi4Sampling.checkSampler(w, ChainRequest.phi4("probe", sizes[sizes.length - 1], 1, grid[0], p.real("lambda"),
                    ChainRequest.Schedule.of(p), p.string("sampler"), 0));
        }
    }

    /** The m² grid: {@code points} values evenly from m2Min to m2Max. */
    static double[] grid(Parameters p) {
        double lo = p.real("m2Min");
        double hi = p.real("m2Max");
        int points = p.integer("points");
        if (!(hi > lo)) {
            throw new ParameterException("m2Max", p.string("m2Max"), "a number > m2Min = " + p.string("m2Min"));
        }
        if (points < 2) {
            throw new ParameterException("points", p.string("points"), "an integer ≥ 2");
        }
        double[] m = new double[points];
        for (int i = 0; i < points; i++) {
            m[i] = i == points - 1 ? hi : lo + (hi - lo) * i / (points - 1);
        }
        return m;
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        validate(p);
        int[] sizes = ListParameters.sortedIntegers("sizes", p.string("sizes"), MIN_SIZE, 2);
        double[] m = grid(p);
        double lambda = p.real("lambda");
        boolean reweight = p.bool("reweight");
        ChainRunner runner = Phi4Sampling.runner(runners, workbench, context);
        ProgressMonitor progress = context.progress();
        double total = 0;
        for (int l : sizes) {
            total += (double) l * l * m.length;
        }
        double done = 0;
        double[][] u = new double[sizes.length][m.length];
        double[][] error = new double[sizes.length][m.length];
        double[][][][] series = reweight ? new double[sizes.length][m.length][][] : null;
        for (int l = 0; l < sizes.length; l++) {
            for (int i = 0; i < m.length; i++) {
                double share = (double) sizes[l] * sizes[l] / total;
                ChainRequest request = ChainRequest.phi4("L" + sizes[l] + "/point" + i, sizes[l], 1, m[i], lambda,
                        ChainRequest.Schedule.of(p), p.string("sampler"), ChainRequest.seed(context.random(), 1000L * sizes[l] + i));
                ChainOutcome outcome = runner.run(request, progress.subTask(0.98 * done, 0.98 * (done + share),
                        "L = " + sizes[l] + ", m2 = " + m[i]));
                done += share;
                u[l][i] = outcome.scalar("binder").value();
                error[l][i] = outcome.scalar("binder").error();
                if (series != null) {
                    double[] m2s = outcome.column("M2").orElse(null);
                    double[] m4s = outcome.column("M4").orElse(null);
                    double[] phi2 = outcome.column("phi2").orElse(null);
                    series[l][i] = m2s == null || m4s == null || phi2 == null ? null : new double[][] {m2s, m4s, phi2};
                }
            }
        }
        progress.report(0.98, "crossings");
        BinderGrid grid = new BinderGrid(sizes, m, u, error, series, 1.0);
        return CriticalAnalysis.analyse(grid, lambda, context.random().child(-1), progress.subTask(0.98, 1, "analysis"));
    }
}
