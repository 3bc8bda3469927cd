package wick.analysis.seeleydewitt.internal;

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
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code seeleydewitt.global} (PHYSICS 5): the integrated coefficients. The raw fit of
 * {@code (4πs)^{D/2} Tr e^{−sK̃}} (lattice units, {@code e^{sm²}} factored out) on the window gives
 * {@code a0Raw, a1Raw}; it carries the flat lattice artefact ({@code (4πs)^{D/2} h_flat(s) − 1 ≈ D/(16 s)}).
 * The artefact-normalised trace {@code T(s) = Σ_n λ(n)^{D/2} r(s,n)} ({@link LocalCoefficients}; in the
 * continuum {@code λ^{D/2} h_flat(s/λ) → (4πs)^{−D/2}·√g·...} so T → {@code (4πs)^{D/2} e^{sm²} Tr e^{−sK̃}})
 * fitted with {@code c_0 + c_1 s + c_2 s²} gives {@code a0 = c_0} and {@code a1 = c_1 − m² c_0}, compared
 * with {@code Σ√g} and {@code Σ√g(R/6 − m²)} from g. On the 2-torus {@code Σ√g R = 0} (Gauss–Bonnet; the
 * lattice {@code Σ_n Δ_lat ω = 0} makes it exact for conformal backgrounds) so a1 = {@code −m² Σ√g}.
 * Errors: the fit's standard error combined with the change from a cubic fit (truncation of the s-series).
 */
@Component(name = GlobalTask.ID, service = Task.class, property = Task.ID + "=" + GlobalTask.ID)
@Designate(ocd = GlobalTask.Config.class)
public final class GlobalTask implements ComputeTask {
    static final String ID = "seeleydewitt.global";

    @ObjectClassDefinition(id = ID, name = "Seeley-DeWitt a0, a1 (global)",
            description = "Integrated heat-kernel coefficients a0 and a1 of the covariant operator of a background, against sum sqrt(g) and sum sqrt(g)(R/6 - m2) (Gauss-Bonnet).")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = SdParameters.LATTICE_HELP)
        String lattice() default "16x16";

        @AttributeDefinition(name = "Spacing", description = SdParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared, >= 0", min = "0")
        double m2() default 0.1;

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
        return "Global Seeley-DeWitt a0, a1 of a background against sum sqrt(g) and sum sqrt(g)(R/6 - m2)";
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
        double[] s = setup.s();
        double m2 = setup.m2();
        int d = k.lattice().dimension();
        double cell = k.lattice().cellVolume();
        double[][] h = LocalDiagonal.compute(k, s, setup.method(), progress.subTask(0, 0.95, "heat-kernel diagonal"));
        double[][] r = LocalCoefficients.ratio(k.lattice(), m2, k.sqrtG(), s, h);
        double[] sqrtG = k.sqrtG();
        double[] raw = new double[s.length];
        double[] normalised = new double[s.length];
        for (int j = 0; j < s.length; j++) {
            double tr = 0;
            double t = 0;
            for (int n = 0; n < sqrtG.length; n++) {
                tr += h[j][n];
                t += sqrtG[n] * r[j][n];
            }
            raw[j] = Math.pow(4 * Math.PI * s[j] / cell, 0.5 * d) * Math.exp(s[j] * m2) * tr;
            normalised[j] = t;
        }
        double[] curvature = Curvature.of(setup.background());
        double a0Expected = 0;
        double a1Expected = 0;
        for (int n = 0; n < sqrtG.length; n++) {
            a0Expected += sqrtG[n];
            a1Expected += sqrtG[n] * (curvature[n] / 6 - m2);
        }
        Map<String, Result> out = new LinkedHashMap<>();
        ScalarResult[] fit = coefficients(s, normalised, m2);
        out.put("a0", fit[0]);
        out.put("a1", fit[1]);
        out.put("a0Expected", ScalarResult.exact(a0Expected));
        out.put("a1Expected", ScalarResult.exact(a1Expected));
        ScalarResult[] rawFit = coefficients(s, raw, m2);
        out.put("a0Raw", rawFit[0]);
        out.put("a1Raw", rawFit[1]);
        out.put("normalisedTrace", new SeriesResult(s, normalised, null, "s", "T(s)"));
        out.put("rawTrace", new SeriesResult(s, raw, null, "s", "(4 pi s)^(D/2) exp(s m2) Tr exp(-s K~)"));
        progress.report(1, "done");
        return out;
    }

    /** {@code [a0, a1]} with errors from the quadratic fit of {@code y} (the {@code e^{sm²}}-stripped trace). */
    static ScalarResult[] coefficients(double[] s, double[] y, double m2) {
        QuadraticFit q = QuadraticFit.fit(s, y, 2);
        QuadraticFit c = QuadraticFit.fit(s, y, 3);
        double a0 = q.c()[0];
        double a1 = q.c()[1] - m2 * q.c()[0];
        double a1Cubic = c.c()[1] - m2 * c.c()[0];
        double e0 = Math.hypot(q.error()[0], c.c()[0] - a0);
        double e1 = Math.hypot(Math.hypot(q.error()[1], m2 * q.error()[0]), a1Cubic - a1);
        return new ScalarResult[] {new ScalarResult(a0, e0), new ScalarResult(a1, e1)};
    }
}
