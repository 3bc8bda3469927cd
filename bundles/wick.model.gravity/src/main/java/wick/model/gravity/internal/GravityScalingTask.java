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
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.sampler.Move;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;
import wick.model.gravity.Blocks;
import wick.model.gravity.StressOption;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * Task {@code gravity.scaling}: {@code Var(σ_B)} against the block size M (PHYSICS section 4: the CLT
 * statement, {@code Var ∝ 1/M} once blocks exceed the correlation length). For each block shape a
 * Gibbs chain; {@code Var(σ_B) = ⟨(1/n_B) Σ_B σ_B²⟩ − ⟨σ̄⟩²} (one block's ensemble variance, by
 * translation invariance) with a Γ-method error; then the weighted least-squares slope of
 * {@code ln Var} against {@code ln M}. Results: {@code variance<μν>} (series over M),
 * {@code slope<μν>} with its error, {@code chi2<μν>} (χ²/dof of the line), and
 * {@code correlationLength} = 1/Ê of the free field (lattice units of direction 0), Ê from
 * {@code cosh(Ê a) = 1 + a² m²/2}.
 */
@Component(name = GravityScalingTask.ID, service = Task.class, property = Task.ID + "=" + GravityScalingTask.ID)
@Designate(ocd = GravityScalingTask.Config.class)
public final class GravityScalingTask implements ComputeTask {
    static final String ID = "gravity.scaling";

    @ObjectClassDefinition(id = ID, name = "Latent gravity: block-size scaling",
            description = "Var(sigma_B) against the block size M by Gibbs chains, with the fitted log-log slope (-1 once blocks exceed the correlation length).")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = "Extents joined by x, time first")
        String lattice() default "16x16";

        @AttributeDefinition(name = "Spacing", description = "One number, or one per direction comma-separated (time first); each > 0")
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared, > 0 (large: short correlation length)")
        double m2() default 4.0;

        @AttributeDefinition(name = "κ²", description = "Coupling of sigma to the stress tensor, > 0 (small: where Omega binds at small M it truncates Var and flattens the slope)")
        double kappa2() default 0.02;

        @AttributeDefinition(name = "Blocks", description = "Block shapes separated by commas, e.g. 1x1,2x2,4x4,8x8")
        String blocks() default "1x1,2x2,4x4,8x8";

        @AttributeDefinition(name = "Stress tensor", description = "Discretisation of T",
                options = {@Option(label = "symmetric (corner average)", value = "symmetric"),
                        @Option(label = "forward (the talk's literal form)", value = "forward")})
        String stress() default "symmetric";

        @AttributeDefinition(name = "Rank", description = "2: tensor sigma_mu_nu; 0: scalar sigma coupled to phi^2",
                options = {@Option(label = "2 (tensor sigma)", value = "2"), @Option(label = "0 (scalar sigma)", value = "0")})
        int rank() default 2;

        @AttributeDefinition(name = "Decoder solver", description = "Sampler of phi | sigma",
                options = {@Option(label = "dense Cholesky", value = "dense"), @Option(label = "sparse Cholesky", value = "sparse"),
                        @Option(label = "perturbation-optimisation, CG with the FFT inverse of K[mean sigma]", value = "cg"),
                        @Option(label = "perturbation-optimisation, Jacobi-preconditioned CG", value = "cg-jacobi"),
                        @Option(label = "perturbation-optimisation, SSOR-preconditioned CG", value = "cg-ssor")})
        String solver() default "cg";

        @AttributeDefinition(name = "Samples", description = "Measurements per block size", min = "10")
        int samples() default 2000;

        @AttributeDefinition(name = "Thermalization", description = "Sweeps discarded per block size", min = "0")
        int thermalization() default 100;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Latent gravity: Var(sigma_B) against the block size M, with the fitted log-log slope and its error";
    }

    private static Blocks[] blocks(Parameters p) {
        Lattice lattice = Lattice.parse(p.string("lattice"), p.string("spacing"));
        String[] parts = p.string("blocks").split(",");
        if (parts.length < 2) {
            throw new ParameterException("blocks", p.string("blocks"), "at least two block shapes separated by commas");
        }
        Blocks[] b = new Blocks[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                b[i] = Blocks.parse(lattice, parts[i].trim());
            } catch (ParameterException e) {
                throw new ParameterException("blocks", p.string("blocks"), "shapes each dividing the lattice: " + e.allowed());
            }
            for (int j = 0; j < i; j++) {
                if (b[j].size() == b[i].size()) {
                    throw new ParameterException("blocks", p.string("blocks"), "block shapes of different sizes M");
                }
            }
        }
        return b;
    }

    private static LatentGravityTarget target(Blocks b, Parameters p) {
        return new LatentGravityTarget(b, p.real("m2"), p.real("kappa2"), StressOption.parse(p.string("stress")), p.string("solver"),
                p.integer("rank"));
    }

    @Override
    public void validate(Parameters p) {
        for (Blocks b : blocks(p)) {
            target(b, p);
        }
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        Blocks[] blocks = blocks(p);
        int n = p.integer("samples");
        int therm = p.integer("thermalization");
        LatentModel first = target(blocks[0], p).model();
        int pc = first.components();
        double[][] var = new double[pc][blocks.length];
        double[][] err = new double[pc][blocks.length];
        double[] size = new double[blocks.length];
        for (int i = 0; i < blocks.length; i++) {
            ProgressMonitor progress = context.progress().subTask((double) i / blocks.length, (i + 1.0) / blocks.length,
                    "M = " + blocks[i].size());
            LatentGravityTarget target = target(blocks[i], p);
            double[][] second = new double[pc][n];
            double[][] mean = new double[pc][n];
            chain(target, context.random().child(i), therm, n, second, mean, progress);
            size[i] = blocks[i].size();
            for (int q = 0; q < pc; q++) {
                GammaEstimate e = GammaMethod.analyseDerived(new double[][] {second[q], mean[q]}, x -> x[0] - x[1] * x[1]);
                var[q][i] = e.mean();
                err[q][i] = e.error();
            }
        }
        Map<String, Result> r = new LinkedHashMap<>();
        for (int q = 0; q < pc; q++) {
            String c = first.componentName(q);
            r.put("variance" + c, new SeriesResult(size, var[q], err[q], "M", "Var(sigma" + c + "_B)"));
            double[] x = new double[size.length];
            double[] y = new double[size.length];
            double[] e = new double[size.length];
            for (int i = 0; i < size.length; i++) {
                x[i] = Math.log(size[i]);
                y[i] = Math.log(var[q][i]);
                e[i] = err[q][i] / var[q][i];
            }
            ModelParameters.Line line = ModelParameters.fit(x, y, e);
            r.put("slope" + c, new ScalarResult(line.slope(), line.slopeError()));
            r.put("intercept" + c, ScalarResult.exact(line.intercept()));
            r.put("chi2" + c, ScalarResult.exact(line.chi2PerDof()));
        }
        Lattice l = blocks[0].lattice();
        double a = l.spacing(0);
        double energy = org.apache.commons.math3.util.FastMath.acosh(1 + a * a * p.real("m2") / 2) / a;
        r.put("correlationLength", ScalarResult.exact(1 / (energy * a)));
        context.progress().report(1, "done");
        return r;
    }

    /** A Gibbs chain; per measurement {@code (1/n_B) Σ_B σ_{B,q}²} and {@code σ̄_q}. */
    private static void chain(LatentGravityTarget target, RandomStream random, int therm, int n, double[][] second, double[][] mean,
            ProgressMonitor progress) {
        Move move = new GibbsSampler().bind(target, Parameters.empty());
        double[] phi = new double[target.lattice().volume()];
        int pc = second.length;
        int nb = target.blocks().count();
        long last = System.nanoTime();
        for (int k = 0; k < therm + n; k++) {
            move.sweep(phi, random);
            if (k >= therm) {
                double[] s = target.latest().values();
                for (int q = 0; q < pc; q++) {
                    double m = 0;
                    double m2 = 0;
                    for (int b = 0; b < nb; b++) {
                        double x = s[b * pc + q];
                        m += x;
                        m2 += x * x;
                    }
                    second[q][k - therm] = m2 / nb;
                    mean[q][k - therm] = m / nb;
                }
            }
            long now = System.nanoTime();
            if (now - last > 100_000_000L) {
                progress.checkCancelled();
                progress.report((k + 1.0) / (therm + n), "sweep " + (k + 1) + " of " + (therm + n));
                last = now;
            }
        }
        progress.checkCancelled();
    }
}
