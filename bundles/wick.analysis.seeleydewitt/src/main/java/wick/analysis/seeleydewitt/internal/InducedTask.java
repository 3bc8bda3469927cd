package wick.analysis.seeleydewitt.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;
import wick.model.gravity.StressOption;

/**
 * Task {@code seeleydewitt.induced} (PHYSICS 5, D = 3): the induced {@code 1/(16πG)}, the coefficient of
 * {@code −∫√g R} in {@code ½ ln det K[σ]}, for a list of m², from single-mode conformal backgrounds
 * {@code ω = A cos(2π j x/N_x)} along the last direction, by exact block-diagonal log dets
 * ({@link InducedGravity} states the method, the basis of local terms and the continuum expectation
 * {@code d(1/16πG)/dm = −1/(48π)}).
 */
@Component(name = InducedTask.ID, service = Task.class, property = Task.ID + "=" + InducedTask.ID)
@Designate(ocd = InducedTask.Config.class)
public final class InducedTask implements ComputeTask {
    static final String ID = "seeleydewitt.induced";
    static final int MAX_LINE = 1 << 16;
    static final long MAX_TRANSVERSE = 1L << 20;
    static final double MIN_AMPLITUDE = 1e-3;
    static final double MAX_AMPLITUDE = 0.1;
    static final int MIN_MODES = 5;

    @ObjectClassDefinition(id = ID, name = "Induced Newton constant (D = 3)",
            description = "The coefficient 1/(16 pi G) of -integral sqrt(g) R in 1/2 ln det K[sigma] for small conformal backgrounds on a 3-D lattice, against m2, with the continuum slope -1/(48 pi) in m.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = "Three extents joined by x, time first (128x128x512); the background varies along the last direction, which needs >= 10 sites; the log dets cost O(N_0 N_1 N_2 / 8), the lattice is never stored")
        String lattice() default "128x128x512";

        @AttributeDefinition(name = "Spacing", description = SdParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m² list", description = "Masses squared, comma-separated, each > 0 and distinct (at least 3 for the fit in m = sqrt(m2), 5 for the cubic)")
        String m2() default "0.01,0.0225,0.04,0.0625,0.09,0.1225,0.16,0.25";

        @AttributeDefinition(name = "Amplitude", description = "A of omega = A cos(2 pi j x/N_x); the A^2 coefficient comes from +-A, +-A/2 (Richardson); 0.001 <= A <= 0.1", min = "0.001", max = "0.1")
        double amplitude() default 0.01;

        @AttributeDefinition(name = "Modes", description = "Wave numbers j, comma-separated, at least 5 distinct in [0, N_x/2]; the largest must have khat^2 = 4 sin^2(pi j/N_x)/a^2 < 4 m2 for the smallest m2 (convergence of the derivative expansion)")
        String modes() default "0,1,2,3,4,5";

        @AttributeDefinition(name = "Stress", description = SdParameters.STRESS_HELP,
                options = {@Option(label = "symmetric", value = "symmetric"), @Option(label = "forward", value = "forward")})
        String stress() default "symmetric";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Induced Newton constant 1/(16 pi G) in D = 3 from 1/2 ln det K[sigma] on conformal backgrounds, against m2";
    }

    @Override
    public void validate(Parameters p) {
        settings(p);
    }

    static InducedGravity.Settings settings(Parameters p) {
        String lat = p.string("lattice");
        String[] parts = lat.trim().split("x", -1);
        if (parts.length != 3) {
            throw new ParameterException("lattice", lat, "three extents N_0xN_1xN_2 (D = 3), e.g. 128x128x512");
        }
        int[] extents = new int[3];
        for (int mu = 0; mu < 3; mu++) {
            try {
                extents[mu] = Integer.parseInt(parts[mu].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException("lattice", lat, "three integer extents joined by x, e.g. 128x128x512");
            }
            if (extents[mu] < 1) {
                throw new ParameterException("lattice", lat, "every extent an integer >= 1");
            }
        }
        if (extents[2] < 2 * MIN_MODES || extents[2] > MAX_LINE) {
            throw new ParameterException("lattice", lat, "a last extent N_2 between " + 2 * MIN_MODES + " and " + MAX_LINE
                    + " (the modes j = 0 .. N_2/2 run along it)");
        }
        if ((long) extents[0] * extents[1] > MAX_TRANSVERSE) {
            throw new ParameterException("lattice", lat, "at most " + MAX_TRANSVERSE + " transverse sites N_0 N_1");
        }
        Lattice parsedSpacing = Lattice.parse("1x1x1", p.string("spacing"));
        double[] spacings = parsedSpacing.spacings();
        double[] m2 = list(p.string("m2"), "m2");
        Arrays.sort(m2);
        for (int i = 0; i < m2.length; i++) {
            if (!(m2[i] > 0) || Double.isInfinite(m2[i])) {
                throw new ParameterException("m2", p.string("m2"), "finite numbers > 0 (got " + m2[i] + ")");
            }
            if (i > 0 && m2[i] == m2[i - 1]) {
                throw new ParameterException("m2", p.string("m2"), "distinct values (" + m2[i] + " appears twice)");
            }
        }
        double amplitude = p.real("amplitude");
        if (!(amplitude >= MIN_AMPLITUDE && amplitude <= MAX_AMPLITUDE)) {
            throw new ParameterException("amplitude", p.string("amplitude"), "a number in [" + MIN_AMPLITUDE + ", " + MAX_AMPLITUDE + "]");
        }
        double[] raw = list(p.string("modes"), "modes");
        int[] modes = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != Math.rint(raw[i]) || raw[i] < 0 || raw[i] > extents[2] / 2) {
                throw new ParameterException("modes", p.string("modes"), "integers in [0, N_2/2 = " + extents[2] / 2 + "] (got " + raw[i] + ")");
            }
            modes[i] = (int) raw[i];
        }
        Arrays.sort(modes);
        for (int i = 1; i < modes.length; i++) {
            if (modes[i] == modes[i - 1]) {
                throw new ParameterException("modes", p.string("modes"), "distinct wave numbers (" + modes[i] + " appears twice)");
            }
        }
        if (modes.length < MIN_MODES) {
            throw new ParameterException("modes", p.string("modes"), "at least " + MIN_MODES + " distinct wave numbers (the 4-term fit needs a residual)");
        }
        StressOption option = StressOption.parse(p.string("stress"));
        InducedGravity.Settings s = new InducedGravity.Settings(extents, spacings, m2, amplitude, modes, option);
        double k2 = s.kHat2(modes[modes.length - 1]);
        if (!(k2 < 4 * m2[0])) {
            throw new ParameterException("modes", p.string("modes"), "wave numbers with khat^2 < 4 m2_min = " + 4 * m2[0]
                    + " (the largest has khat^2 = " + k2 + "; beyond the two-particle threshold the derivative expansion diverges): use smaller j, a longer N_2 or larger m2");
        }
        return s;
    }

    /** Comma-separated numbers; {@code \\,} (how Metatype escapes a comma in a default) counts as a comma. */
    private static double[] list(String value, String name) {
        String[] parts = value.replace("\\,", ",").trim().split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException(name, value, "comma-separated numbers");
            }
        }
        return out;
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        InducedGravity.Settings s = settings(p);
        InducedGravity.Outcome o = InducedGravity.compute(s, context.progress());
        return results(s, o);
    }

    static Map<String, Result> results(InducedGravity.Settings s, InducedGravity.Outcome o) {
        Map<String, Result> out = new LinkedHashMap<>();
        List<InducedGravity.PerMass> masses = o.masses();
        int n = masses.size();
        double[] m2 = new double[n];
        double[] m = new double[n];
        double[] g = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            InducedGravity.PerMass pm = masses.get(i);
            m2[i] = pm.m2();
            m[i] = Math.sqrt(pm.m2());
            g[i] = pm.inducedNewton();
            e[i] = pm.error();
        }
        out.put("inducedNewton", new SeriesResult(m2, g, e, "m2", "1/(16 pi G)"));
        out.put("inducedNewtonVsMass", new SeriesResult(m, g, e, "m", "1/(16 pi G)"));
        InducedGravity.MassFit f = o.massFit();
        if (f != null) {
            out.put("slope", new ScalarResult(f.slope(), f.slopeError()));
            out.put("slopeContinuum", ScalarResult.exact(InducedGravity.CONTINUUM_SLOPE));
            out.put("intercept", new ScalarResult(f.intercept(), f.interceptError()));
            double[] line = new double[n];
            for (int i = 0; i < n; i++) {
                line[i] = f.intercept() + InducedGravity.CONTINUUM_SLOPE * m[i];
            }
            out.put("continuumSlopeLine", new SeriesResult(m, line, null, "m", "intercept - m/(48 pi)"));
            out.put("massFit", new TableResult(List.of("degree", "intercept", "interceptError", "slope", "slopeError", "truncation",
                    "continuumSlope", "deviationInErrors"), List.of(List.of(f.degree(), f.intercept(), f.interceptError(), f.slope(),
                    f.slopeError(), f.truncation(), InducedGravity.CONTINUUM_SLOPE,
                    (f.slope() - InducedGravity.CONTINUUM_SLOPE) / f.slopeError()))));
        }
        double v = s.cellVolume();
        List<List<Object>> fits = new ArrayList<>();
        List<List<Object>> coefficients = new ArrayList<>();
        double k2max = s.kHat2(s.modes()[s.modes().length - 1]);
        for (InducedGravity.PerMass pm : masses) {
            LeastSquares four = pm.four();
            fits.add(List.of(pm.m2(), Math.sqrt(pm.m2()), pm.inducedNewton(), pm.error(), four.error()[1] / v, pm.truncation(),
                    -pm.three().c()[1] / v, four.c()[0] / v, four.error()[0] / v, four.c()[2] / v, four.error()[2] / v, four.c()[3] / v,
                    four.residual(), k2max / (4 * pm.m2())));
            double[] x = new double[s.modes().length];
            double[] y = new double[x.length];
            int count = 0;
            for (int i = 0; i < s.modes().length; i++) {
                int j = s.modes()[i];
                double[] inv = o.invariants()[i];
                double model = 0;
                for (int k = 0; k < 4; k++) {
                    model += four.c()[k] * inv[k];
                }
                coefficients.add(List.of(pm.m2(), j, s.kHat2(j), pm.c2()[i], pm.c2Error()[i], model, inv[0], inv[1], inv[2], inv[3]));
                if (inv[1] != 0) {
                    x[count] = s.kHat2(j);
                    y[count] = -(pm.c2()[i] - four.c()[0] * inv[0]) / (v * inv[1]);
                    count++;
                }
            }
            out.put("inducedNewton_m2_" + pm.m2(), new ScalarResult(pm.inducedNewton(), pm.error()));
            out.put("formFactor_m2_" + pm.m2(), new SeriesResult(Arrays.copyOf(x, count), Arrays.copyOf(y, count), null, "khat2",
                    "-(c2 - ultralocal)/(v S2)"));
        }
        out.put("fits", new TableResult(List.of("m2", "m", "inducedNewton", "error", "fitError", "truncation", "inducedNewton3",
                "ultralocal", "ultralocalError", "R2", "R2Error", "gradR2", "residualRms", "khat2MaxOver4m2"), fits));
        out.put("coefficients", new TableResult(List.of("m2", "mode", "khat2", "c2", "c2Error", "fit", "S0", "S2", "S4", "S6"), coefficients));
        return out;
    }
}
