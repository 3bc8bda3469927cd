package wick.analysis.seeleydewitt.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.analysis.heatkernel.Background;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.FieldResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code seeleydewitt.local} (PHYSICS 5): the local coefficient {@code a_1(n)} of the covariant
 * operator {@code K̃} of a background, from the artefact-normalised heat-kernel diagonal
 * ({@link LocalCoefficients}), next to {@code R(n)/6 − m²} from the metric ({@link Curvature}); their
 * relative RMS difference {@code sqrt(Σ(a_1 − R/6 + m²)² / Σ(R/6 − m²)²)}, correlation, and a scatter.
 */
@Component(name = LocalTask.ID, service = Task.class, property = Task.ID + "=" + LocalTask.ID)
@Designate(ocd = LocalTask.Config.class)
public final class LocalTask implements ComputeTask {
    static final String ID = "seeleydewitt.local";

    @ObjectClassDefinition(id = ID, name = "Seeley-DeWitt a1(n) (local)",
            description = "The local heat-kernel coefficient a1(n) of the covariant operator of a background, against R(n)/6 - m2 from the metric.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = SdParameters.LATTICE_HELP)
        String lattice() default "32x32";

        @AttributeDefinition(name = "Spacing", description = SdParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared, >= 0", min = "0")
        double m2() default 0.0;

        @AttributeDefinition(name = "Background", description = Background.HELP)
        String background() default "conformal:0.05,1,1";

        @AttributeDefinition(name = "Stress", description = SdParameters.STRESS_HELP,
                options = {@Option(label = "symmetric", value = "symmetric"), @Option(label = "forward", value = "forward")})
        String stress() default "symmetric";

        @AttributeDefinition(name = "s min", description = "Start of the fit window in proper time, > 0", min = "0")
        double smin() default 3.0;

        @AttributeDefinition(name = "s max", description = "End of the fit window, >= smin + 2 sstep")
        double smax() default 15.0;

        @AttributeDefinition(name = "s step", description = "Spacing of the proper times in the window, > 0", min = "0")
        double sstep() default 0.5;

        @AttributeDefinition(name = "Method", description = "Heat-kernel diagonal: auto, dense (eigenvectors, V <= 4096) or lanczos (per site)",
                options = {@Option(label = "auto", value = "auto"), @Option(label = "dense eigenvectors", value = "dense"),
                        @Option(label = "Lanczos per site", value = "lanczos")})
        String method() default "auto";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Local Seeley-DeWitt a1(n) of a background against R(n)/6 - m2";
    }

    @Override
    public void validate(Parameters p) {
        SdParameters.setup(p);
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        SdParameters.Setup setup = SdParameters.setup(p);
        ProgressMonitor progress = context.progress();
        CovariantOperator k = setup.operator();
        double[][] h = LocalDiagonal.compute(k, setup.s(), setup.method(), progress.subTask(0, 0.95, "heat-kernel diagonal"));
        progress.report(0.95, "fits");
        double[][] r = LocalCoefficients.ratio(k.lattice(), setup.m2(), k.sqrtG(), setup.s(), h);
        double[][] fit = LocalCoefficients.fit(setup.s(), r, setup.m2());
        double[] a1 = fit[1];
        double[] curvature = Curvature.of(setup.background());
        for (int n = 0; n < curvature.length; n++) {
            curvature[n] = curvature[n] / 6 - setup.m2();
        }
        double num = 0;
        double den = 0;
        for (int n = 0; n < a1.length; n++) {
            num += (a1[n] - curvature[n]) * (a1[n] - curvature[n]);
            den += curvature[n] * curvature[n];
        }
        int[] shape = k.lattice().extents();
        Map<String, Result> out = new LinkedHashMap<>();
        out.put("a1", new FieldResult(shape, a1, "a1"));
        out.put("curvature", new FieldResult(shape, curvature, "R/6 - m2"));
        out.put("relRmsError", ScalarResult.exact(Math.sqrt(num / den)));
        out.put("correlation", ScalarResult.exact(SdParameters.correlation(a1, curvature)));
        out.put("scatter", scatter(curvature, a1));
        out.put("c0", new FieldResult(shape, fit[0], "c0"));
        progress.report(1, "done");
        return out;
    }

    /** a_1 against R/6 − m², sorted by the latter. */
    static SeriesResult scatter(double[] x, double[] y) {
        Integer[] idx = new Integer[x.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> x[i]));
        double[] xs = new double[x.length];
        double[] ys = new double[x.length];
        for (int i = 0; i < idx.length; i++) {
            xs[i] = x[idx[i]];
            ys[i] = y[idx[i]];
        }
        return new SeriesResult(xs, ys, null, "R/6 - m2", "a1");
    }
}
