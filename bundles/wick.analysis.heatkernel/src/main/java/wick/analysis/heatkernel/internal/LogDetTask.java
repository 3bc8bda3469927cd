package wick.analysis.heatkernel.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.analysis.heatkernel.Background;
import wick.analysis.heatkernel.Cancellable;
import wick.analysis.heatkernel.CholeskyLogDet;
import wick.analysis.heatkernel.Estimate;
import wick.analysis.heatkernel.HeatTrace;
import wick.analysis.heatkernel.LatticeOperator;
import wick.analysis.heatkernel.ProperTime;
import wick.analysis.heatkernel.StochasticTrace;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;
import wick.lattice.DenseOperators;

/**
 * Task {@code heatkernel.logdet}: {@code ln det K} (PHYSICS 5) of {@code K_E} or {@code K[σ]} by the
 * proper-time integral {@code −∫_0^∞ (ds/s)(Tr e^{−sK} − V e^{−s})} over exact traces (symbol or
 * dense eigenvalues), by Cholesky (dense for {@code V ≤ 4096}, else sparse) and by stochastic Lanczos
 * quadrature with its standard error; for the flat operator also {@code Σ_k ln K_k} from the symbol.
 */
@Component(name = LogDetTask.ID, service = Task.class, property = Task.ID + "=" + LogDetTask.ID)
@Designate(ocd = LogDetTask.Config.class)
public final class LogDetTask implements ComputeTask {
    static final String ID = "heatkernel.logdet";

    @ObjectClassDefinition(id = ID, name = "Log determinant (proper time)",
            description = "ln det K by the proper-time integral of the heat trace, by Cholesky and by stochastic Lanczos quadrature with error bars.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = OperatorParameters.LATTICE_HELP)
        String lattice() default "8x8";

        @AttributeDefinition(name = "Spacing", description = OperatorParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared, > 0 (K must be positive definite)", min = "0")
        double m2() default 1.0;

        @AttributeDefinition(name = "Background", description = "K = K_E for flat, else K[sigma] of the background: " + Background.HELP)
        String background() default "flat";

        @AttributeDefinition(name = "Stress", description = OperatorParameters.STRESS_HELP,
                options = {@Option(label = "symmetric", value = "symmetric"), @Option(label = "forward", value = "forward")})
        String stress() default "symmetric";

        @AttributeDefinition(name = "Method", description = "all: proper time (needs the symbol or V <= 2048), Cholesky and stochastic; or one of them",
                options = {@Option(label = "all", value = "all"), @Option(label = "proper time", value = "propertime"),
                        @Option(label = "Cholesky", value = "cholesky"), @Option(label = "stochastic", value = "stochastic")})
        String method() default "all";

        @AttributeDefinition(name = "Probes", description = "Stochastic: Rademacher probes, >= 2", min = "2")
        int probes() default 30;

        @AttributeDefinition(name = "Lanczos steps", description = "Stochastic: the most Lanczos steps per probe, >= 2", min = "2")
        int lanczosSteps() default 300;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "ln det K of K_E or K[sigma]: proper-time integral, Cholesky, stochastic Lanczos quadrature";
    }

    @Override
    public void validate(Parameters p) {
        LatticeOperator op = OperatorParameters.operator(p, true);
        methods(p, op);
        OperatorParameters.atLeast(p, "probes", 2);
        OperatorParameters.atLeast(p, "lanczosSteps", 2);
    }

    /** [proper time, Cholesky, stochastic]. */
    static boolean[] methods(Parameters p, LatticeOperator op) {
        boolean spectrum = op.hasSymbol() || op.size() <= OperatorParameters.MAX_EIGEN_VOLUME;
        String m = p.string("method");
        return switch (m) {
            case "all" -> new boolean[] {spectrum, true, true};
            case "propertime" -> {
                if (!spectrum) {
                    throw new ParameterException("method", m, "propertime for a flat K or V <= " + OperatorParameters.MAX_EIGEN_VOLUME + " (V = " + op.size() + ")");
                }
                yield new boolean[] {true, false, false};
            }
            case "cholesky" -> new boolean[] {false, true, false};
            case "stochastic" -> new boolean[] {false, false, true};
            default -> throw new ParameterException("method", m, "all, propertime, cholesky or stochastic");
        };
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        LatticeOperator op = OperatorParameters.operator(p, true);
        boolean[] use = methods(p, op);
        int probes = OperatorParameters.atLeast(p, "probes", 2);
        int steps = OperatorParameters.atLeast(p, "lanczosSteps", 2);
        ProgressMonitor progress = context.progress();
        Map<String, Result> r = new LinkedHashMap<>();
        double proper = Double.NaN;
        double chol = Double.NaN;
        if (use[0]) {
            progress.report(0, op.hasSymbol() ? "symbol" : "dense eigenvalues");
            double[] spectrum = op.hasSymbol() ? op.symbol() : Cancellable.call(() -> HeatTrace.eigenvalues(op.dense()), progress);
            proper = properTime(spectrum, progress.subTask(0.05, 0.3, "proper time"));
            r.put("properTime", ScalarResult.exact(proper));
            r.put("integrand", integrand(spectrum));
            if (op.hasSymbol()) {
                double sum = 0;
                for (double k : spectrum) {
                    sum += Math.log(k);
                }
                r.put("symbol", ScalarResult.exact(sum));
            }
        }
        if (use[1]) {
            progress.report(0.3, "Cholesky");
            chol = op.size() <= DenseOperators.MAX_VOLUME ? Cancellable.call(() -> CholeskyLogDet.dense(op.dense()), progress)
                    : Cancellable.call(() -> CholeskyLogDet.sparse(op.sparse()), progress);
            r.put("cholesky", ScalarResult.exact(chol));
        }
        if (use[0] && use[1]) {
            r.put("relativeDifference", ScalarResult.exact(Math.abs(proper - chol) / Math.abs(chol)));
        }
        if (use[2]) {
            Estimate e = new StochasticTrace(op.operator(), op.size(), steps)
                    .logDet(probes, context.random(), progress.subTask(0.4, 1, "stochastic"));
            r.put("stochastic", new ScalarResult(e.value(), e.standardError()));
            r.put("stochasticCI95", ScalarResult.exact(e.halfWidth95()));
        }
        progress.report(1, "done");
        return r;
    }

    /** The proper-time log det over an exact spectrum (not modified). */
    static double properTime(double[] spectrum, ProgressMonitor progress) {
        double tr = 0;
        double tr2 = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double x : spectrum) {
            tr += x;
            tr2 += x * x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return ProperTime.logDet(s -> HeatTrace.at(spectrum, s), spectrum.length, tr, tr2, min, max, progress);
    }

    /** The proper-time integrand {@code −(Tr e^{−sK} − V e^{−s})} against {@code ln s}, 121 points. */
    private static SeriesResult integrand(double[] spectrum) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double x : spectrum) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double a = Math.log(1e-3 / Math.max(max, 1));
        double b = Math.log(20 / Math.min(min, 1));
        int n = 121;
        double[] t = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = a + (b - a) * i / (n - 1);
            double s = Math.exp(t[i]);
            g[i] = -(HeatTrace.at(spectrum, s) - spectrum.length * Math.exp(-s));
        }
        return new SeriesResult(t, g, null, "ln s", "-(Tr exp(-sK) - V exp(-s))");
    }
}
