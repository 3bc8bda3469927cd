package wick.model.gravity.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;
import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

/**
 * Task {@code gravity.metric}: the approximation-1 check of PHYSICS section 4. For a random φ and a
 * random σ_1 (every component uniform in [−amplitude, amplitude] per block, so it has a traceless
 * part), and σ = ε σ_1 for each ε: {@code |½ φᵀK[σ]φ − S_g|} with {@code g = I + 2σ}
 * ({@link CurvedAction}), which is O(ε²). Results: {@code difference} (series over ε), {@code slope}
 * of ln difference against ln ε (unweighted least squares, error from the scatter), and in D = 2
 * {@code conformalDifference} = the largest relative difference for a pure-trace σ = ε s(n) δ, which
 * PHYSICS 4 says vanishes exactly ({@code c = I}, {@code √g = 1 + 2s}).
 */
@Component(name = GravityMetricTask.ID, service = Task.class, property = Task.ID + "=" + GravityMetricTask.ID)
@Designate(ocd = GravityMetricTask.Config.class)
public final class GravityMetricTask implements ComputeTask {
    static final String ID = "gravity.metric";

    @ObjectClassDefinition(id = ID, name = "Latent gravity: emergent metric check",
            description = "Approximation 1: |phi K[eps sigma1] phi / 2 - S_g| with g = 1 + 2 eps sigma1 against eps, and its log-log slope (2).")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = "Extents joined by x, time first")
        String lattice() default "8x8";

        @AttributeDefinition(name = "Spacing", description = "One number, or one per direction comma-separated (time first); each > 0")
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared, > 0")
        double m2() default 1.0;

        @AttributeDefinition(name = "Block", description = "Block shape of sigma_1, each b_mu dividing N_mu")
        String block() default "1x1";

        @AttributeDefinition(name = "Stress tensor", description = "Discretisation of T (and of X in S_g)",
                options = {@Option(label = "symmetric (corner average)", value = "symmetric"),
                        @Option(label = "forward (the talk's literal form)", value = "forward")})
        String stress() default "symmetric";

        @AttributeDefinition(name = "Epsilons", description = "The values of eps, comma-separated, each in (0, 1]")
        String epsilons() default "0.2,0.1,0.05,0.025,0.0125";

        @AttributeDefinition(name = "Amplitude", description = "Components of sigma_1 uniform in [-amplitude, amplitude], in (0, 0.25]")
        double amplitude() default 0.25;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Latent gravity, emergent metric: the approximation-1 difference against eps and its log-log slope (expected 2)";
    }

    private static double[] epsilons(Parameters p) {
        String[] parts = p.string("epsilons").split(",");
        double[] e = new double[parts.length];
        try {
            for (int i = 0; i < e.length; i++) {
                e[i] = Double.parseDouble(parts[i].trim());
                if (!(e[i] > 0 && e[i] <= 1)) {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException ex) {
            throw new ParameterException("epsilons", p.string("epsilons"), "numbers in (0, 1] separated by commas");
        }
        if (e.length < 3) {
            throw new ParameterException("epsilons", p.string("epsilons"), "at least three values");
        }
        return e;
    }

    @Override
    public void validate(Parameters p) {
        Lattice l = Lattice.parse(p.string("lattice"), p.string("spacing"));
        Blocks.parse(l, p.string("block"));
        epsilons(p);
        double a = p.real("amplitude");
        if (!(a > 0 && a <= 0.25)) {
            throw new ParameterException("amplitude", String.valueOf(a), "a number in (0, 0.25] (so that g = 1 + 2 sigma stays positive)");
        }
        if (!(p.real("m2") > 0)) {
            throw new ParameterException("m2", String.valueOf(p.real("m2")), "a finite number > 0");
        }
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        validate(p);
        Lattice l = Lattice.parse(p.string("lattice"), p.string("spacing"));
        Blocks blocks = Blocks.parse(l, p.string("block"));
        StressOption option = StressOption.parse(p.string("stress"));
        double m2 = p.real("m2");
        double[] eps = epsilons(p);
        RandomStream r = context.random();
        double[] phi = new double[l.volume()];
        for (int i = 0; i < phi.length; i++) {
            phi[i] = r.nextGaussian();
        }
        LatentField sigma1 = new LatentField(blocks);
        double amplitude = p.real("amplitude");
        for (int i = 0; i < sigma1.values().length; i++) {
            sigma1.values()[i] = amplitude * (2 * r.nextDouble() - 1);
        }
        double[] diff = new double[eps.length];
        double conformal = 0;
        int d = l.dimension();
        for (int i = 0; i < eps.length; i++) {
            context.progress().checkCancelled();
            context.progress().report((double) i / eps.length, "eps = " + eps[i]);
            LatentField sigma = scaled(sigma1, eps[i]);
            diff[i] = Math.abs(0.5 * new KSigma(l, m2, option, sigma).quadraticForm(phi) - CurvedAction.of(l, m2, option, sigma, phi));
            if (d == 2) {
                LatentField trace = new LatentField(blocks);
                for (int b = 0; b < blocks.count(); b++) {
                    double s = eps[i] * sigma1.get(b, 0, 0);
                    trace.set(b, 0, 0, s);
                    trace.set(b, 1, 1, s);
                }
                double k = 0.5 * new KSigma(l, m2, option, trace).quadraticForm(phi);
                conformal = Math.max(conformal, Math.abs(k - CurvedAction.of(l, m2, option, trace, phi)) / Math.abs(k));
            }
        }
        double[] x = new double[eps.length];
        double[] y = new double[eps.length];
        for (int i = 0; i < eps.length; i++) {
            x[i] = Math.log(eps[i]);
            y[i] = Math.log(diff[i]);
        }
        ModelParameters.Line line = ModelParameters.fit(x, y, null);
        Map<String, Result> out = new LinkedHashMap<>();
        out.put("difference", new SeriesResult(eps, diff, null, "eps", "|phi K phi/2 - S_g|"));
        out.put("slope", new ScalarResult(line.slope(), line.slopeError()));
        if (d == 2) {
            out.put("conformalDifference", ScalarResult.exact(conformal));
        }
        context.progress().report(1, "done");
        return out;
    }

    private static LatentField scaled(LatentField sigma1, double eps) {
        LatentField s = new LatentField(sigma1.blocks());
        for (int i = 0; i < s.values().length; i++) {
            s.values()[i] = eps * sigma1.values()[i];
        }
        return s;
    }
}
