package wick.analysis.heatkernel.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.analysis.heatkernel.Background;
import wick.analysis.heatkernel.Cancellable;
import wick.analysis.heatkernel.Estimate;
import wick.analysis.heatkernel.FlatHeatKernel;
import wick.analysis.heatkernel.HeatTrace;
import wick.analysis.heatkernel.LatticeOperator;
import wick.analysis.heatkernel.StochasticTrace;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code heatkernel.trace}: {@code Tr e^{−sK}} for a list of proper times (PHYSICS 5), for the
 * flat {@code K_E} or {@code K[σ]} of a background, from the eigenvalues (dense), the symbol
 * (translation-invariant K), Hutchinson probes with Lanczos quadrature, and, for the flat operator,
 * {@code V} times the Bessel diagonal (periodic image sum and infinite lattice).
 */
@Component(name = HeatTraceTask.ID, service = Task.class, property = Task.ID + "=" + HeatTraceTask.ID)
@Designate(ocd = HeatTraceTask.Config.class)
public final class HeatTraceTask implements ComputeTask {
    static final String ID = "heatkernel.trace";

    @ObjectClassDefinition(id = ID, name = "Heat-kernel trace",
            description = "Tr exp(-sK) for a list of s: eigenvalues, symbol, stochastic (Hutchinson + Lanczos) and, for flat K_E, the Bessel diagonal.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = OperatorParameters.LATTICE_HELP)
        String lattice() default "8x8";

        @AttributeDefinition(name = "Spacing", description = OperatorParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared, >= 0", min = "0")
        double m2() default 1.0;

        @AttributeDefinition(name = "Background", description = "K = K_E for flat, else K[sigma] of the background: " + Background.HELP)
        String background() default "flat";

        @AttributeDefinition(name = "Stress", description = OperatorParameters.STRESS_HELP,
                options = {@Option(label = "symmetric", value = "symmetric"), @Option(label = "forward", value = "forward")})
        String stress() default "symmetric";

        @AttributeDefinition(name = "Proper times", description = "Comma-separated s values, each > 0")
        String s() default "0.1,0.5,1,2,4,8";

        @AttributeDefinition(name = "Method", description = "auto: symbol if K is translation invariant, else eigenvalues (V <= 2048), else stochastic; all: every applicable method",
                options = {@Option(label = "auto", value = "auto"), @Option(label = "all", value = "all"),
                        @Option(label = "eigenvalues", value = "eigen"), @Option(label = "symbol", value = "symbol"),
                        @Option(label = "stochastic", value = "stochastic")})
        String method() default "auto";

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
        return "Heat trace Tr exp(-sK) of K_E or K[sigma]: eigenvalues, symbol, Hutchinson/Lanczos, Bessel diagonal";
    }

    @Override
    public void validate(Parameters p) {
        LatticeOperator op = OperatorParameters.operator(p, false);
        OperatorParameters.times(p, "s");
        methods(p, op);
        OperatorParameters.atLeast(p, "probes", 2);
        OperatorParameters.atLeast(p, "lanczosSteps", 2);
    }

    /** The methods to run: [eigen, symbol, stochastic]. */
    static boolean[] methods(Parameters p, LatticeOperator op) {
        String m = p.string("method");
        int v = op.size();
        boolean eigenOk = v <= OperatorParameters.MAX_EIGEN_VOLUME;
        return switch (m) {
            case "auto" -> op.hasSymbol() ? new boolean[] {false, true, false}
                    : eigenOk ? new boolean[] {true, false, false} : new boolean[] {false, false, true};
            case "all" -> new boolean[] {eigenOk, op.hasSymbol(), true};
            case "eigen" -> {
                if (!eigenOk) {
                    throw new ParameterException("method", m, "eigen only for V <= " + OperatorParameters.MAX_EIGEN_VOLUME + " (V = " + v + "): use stochastic");
                }
                yield new boolean[] {true, false, false};
            }
            case "symbol" -> {
                if (!op.hasSymbol()) {
                    throw new ParameterException("method", m, "symbol only for a translation-invariant K (background flat)");
                }
                yield new boolean[] {false, true, false};
            }
            case "stochastic" -> new boolean[] {false, false, true};
            default -> throw new ParameterException("method", m, "auto, all, eigen, symbol or stochastic");
        };
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        LatticeOperator op = OperatorParameters.operator(p, false);
        double[] s = OperatorParameters.times(p, "s");
        boolean[] use = methods(p, op);
        int probes = OperatorParameters.atLeast(p, "probes", 2);
        int steps = OperatorParameters.atLeast(p, "lanczosSteps", 2);
        ProgressMonitor progress = context.progress();
        List<String> columns = new ArrayList<>(List.of("s"));
        List<double[]> cols = new ArrayList<>();
        double[] primary = null;
        double[] primaryError = null;
        if (use[1]) {
            double[] t = HeatTrace.fromSpectrum(op.symbol(), s);
            columns.add("symbol");
            cols.add(t);
            primary = t;
        }
        if (use[0]) {
            progress.report(0, "dense eigenvalues");
            double[] eig = Cancellable.call(() -> HeatTrace.eigenvalues(op.dense()), progress);
            double[] t = HeatTrace.fromSpectrum(eig, s);
            columns.add("eigen");
            cols.add(t);
            primary = primary == null ? t : primary;
        }
        if (use[2]) {
            Estimate[] e = new StochasticTrace(op.operator(), op.size(), steps)
                    .heatTraces(s, probes, context.random(), progress.subTask(0.1, 0.95, "stochastic"));
            double[] t = new double[s.length];
            double[] err = new double[s.length];
            double[] ci = new double[s.length];
            for (int j = 0; j < s.length; j++) {
                t[j] = e[j].value();
                err[j] = e[j].standardError();
                ci[j] = e[j].halfWidth95();
            }
            columns.addAll(List.of("stochastic", "stochasticError", "stochasticCI95"));
            cols.addAll(List.of(t, err, ci));
            if (primary == null) {
                primary = t;
                primaryError = err;
            }
        }
        Map<String, Result> r = new LinkedHashMap<>();
        if (op.hasSymbol()) {
            double m2 = p.real("m2");
            double[] periodic = new double[s.length];
            double[] infinite = new double[s.length];
            for (int j = 0; j < s.length; j++) {
                progress.checkCancelled();
                periodic[j] = op.size() * FlatHeatKernel.periodicDiagonal(op.lattice(), m2, s[j]);
                infinite[j] = op.size() * FlatHeatKernel.infiniteDiagonal(op.lattice(), m2, s[j]);
            }
            columns.addAll(List.of("besselPeriodic", "besselInfinite"));
            cols.addAll(List.of(periodic, infinite));
            r.put("besselInfinite", new SeriesResult(s, infinite, null, "s", "V h_inf(s)"));
        }
        r.put("trace", new SeriesResult(s, primary, primaryError, "s", "Tr exp(-sK)"));
        List<List<Object>> rows = new ArrayList<>();
        for (int j = 0; j < s.length; j++) {
            List<Object> row = new ArrayList<>();
            row.add(s[j]);
            for (double[] c : cols) {
                row.add(c[j]);
            }
            rows.add(row);
        }
        r.put("methods", new TableResult(columns, rows));
        progress.report(1, "done");
        return r;
    }
}
