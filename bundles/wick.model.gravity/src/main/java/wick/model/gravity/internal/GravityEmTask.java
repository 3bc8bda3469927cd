package wick.model.gravity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;
import wick.model.gravity.SigmaFieldFile;

/**
 * Task {@code gravity.em}: EM for the mode of p(σ) (PHYSICS section 4) from a given start. Results:
 * {@code sigma<μν>} (the lattice mean of each component per iteration), {@code seff} per iteration,
 * the fixed point ({@code fixedPoint<μν>} lattice means and the field {@code fixedPointField}),
 * {@code inOmega} (1/0), {@code converged}, {@code residual} = max|σ − κ²⟨t̄⟩_σ|, and — where the
 * homogeneous gap equation applies — its root ({@code gapRoot<μν>}, {@code gapRootExists},
 * {@code gapDistance} = max over blocks of |fixed point − root|, and a {@code gap} table with the
 * message). The fixed point of the tensor model is written to the run directory as
 * {@link SigmaFieldFile#FILE_NAME}, for analyses that take {@code sigma:RUN_DIR/sigma-field.txt}.
 */
@Component(name = GravityEmTask.ID, service = Task.class, property = Task.ID + "=" + GravityEmTask.ID)
@Designate(ocd = GravityEmTask.Config.class)
public final class GravityEmTask implements ComputeTask {
    static final String ID = "gravity.em";
    static final String AUTO = "auto";
    static final String EXACT = "exact";
    static final String FFT = "fft";
    static final String MC = "mc";

    @ObjectClassDefinition(id = ID, name = "Latent gravity: EM saddle",
            description = "EM for the mode of p(sigma): sigma <- kappa2 <T_bar>; S_eff per iteration, the fixed point, whether it lies in Omega, and the homogeneous gap equation.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = "Extents joined by x, time first")
        String lattice() default "8x8";

        @AttributeDefinition(name = "Spacing", description = "One number, or one per direction comma-separated (time first); each > 0")
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared, > 0")
        double m2() default 1.0;

        @AttributeDefinition(name = "κ²", description = "Coupling of sigma to the stress tensor, > 0")
        double kappa2() default 0.5;

        @AttributeDefinition(name = "Block", description = "Block shape b_0 x ... (time first), each b_mu dividing N_mu")
        String block() default "2x2";

        @AttributeDefinition(name = "Stress tensor", description = "Discretisation of T",
                options = {@Option(label = "symmetric (corner average)", value = "symmetric"),
                        @Option(label = "forward (the talk's literal form)", value = "forward")})
        String stress() default "symmetric";

        @AttributeDefinition(name = "Rank", description = "2: tensor sigma_mu_nu; 0: scalar sigma coupled to phi^2",
                options = {@Option(label = "2 (tensor sigma)", value = "2"), @Option(label = "0 (scalar sigma)", value = "0")})
        int rank() default 2;

        @AttributeDefinition(name = "Start", description = "Starting sigma: one number s (sigma = s delta), the components comma-separated (00,01,11), or sigma:FILE")
        String start() default "0";

        @AttributeDefinition(name = "E-step", description = "How <T> is computed",
                options = {@Option(label = "auto (fft when sigma is homogeneous, else exact up to 400 sites, else Monte Carlo)", value = AUTO),
                        @Option(label = "exact (dense G = K^-1, small V)", value = EXACT),
                        @Option(label = "fft (sigma constant over the lattice)", value = FFT),
                        @Option(label = "Monte Carlo (decoder samples)", value = MC)})
        String estep() default AUTO;

        @AttributeDefinition(name = "Monte Carlo samples", description = "Decoder samples per Monte Carlo E-step", min = "1")
        int samples() default 100;

        @AttributeDefinition(name = "Decoder solver", description = "Sampler of phi | sigma for the Monte Carlo E-step",
                options = {@Option(label = "dense Cholesky", value = "dense"), @Option(label = "sparse Cholesky", value = "sparse"),
                        @Option(label = "perturbation-optimisation, CG with the FFT inverse of K[mean sigma]", value = "cg"),
                        @Option(label = "perturbation-optimisation, Jacobi-preconditioned CG", value = "cg-jacobi"),
                        @Option(label = "perturbation-optimisation, SSOR-preconditioned CG", value = "cg-ssor")})
        String solver() default "cg";

        @AttributeDefinition(name = "Iterations", description = "Maximum number of EM iterations", min = "1")
        int iterations() default 500;

        @AttributeDefinition(name = "Tolerance", description = "Stop when max |sigma' - sigma| is at most this, > 0")
        double tolerance() default 1e-10;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Latent gravity, EM: sigma and S_eff per iteration, the fixed point, whether it lies in Omega, the gap-equation root";
    }

    @Override
    public void validate(Parameters p) {
        LatentModel model = ModelParameters.model(p);
        ModelParameters.sigma(model, "start", p.string("start"));
        eStep(model, p, null, false);
        if (!(p.real("tolerance") > 0)) {
            throw new ParameterException("tolerance", String.valueOf(p.real("tolerance")), "a number > 0");
        }
    }

    static EStep eStep(LatentModel model, Parameters p, wick.api.random.RandomStream random, boolean homogeneous) {
        String kind = p.string("estep").trim();
        int v = model.lattice().volume();
        switch (kind) {
            case AUTO:
                kind = homogeneous ? FFT : v <= LogDeterminant.DENSE_LIMIT ? EXACT : MC;
                break;
            case EXACT:
                if (v > LogDeterminant.DENSE_LIMIT) {
                    throw new ParameterException("estep", kind, "fft or mc for more than " + LogDeterminant.DENSE_LIMIT + " sites (exact is dense)");
                }
                break;
            case FFT:
            case MC:
                break;
            default:
                throw new ParameterException("estep", kind, "auto, exact, fft or mc");
        }
        if (random == null) {
            return null;
        }
        return switch (kind) {
            case EXACT -> new ExactEStep(model);
            case FFT -> new FftEStep(model);
            default -> new MonteCarloEStep(model, p.string("solver"), p.integer("samples"), random);
        };
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) throws Exception {
        LatentModel model = ModelParameters.model(p);
        double[] start = ModelParameters.sigma(model, "start", p.string("start"));
        boolean homogeneous = FftEStep.homogeneous(model, start);
        if (p.string("estep").trim().equals(FFT) && !homogeneous) {
            throw new ParameterException("estep", FFT, "exact or mc for a start that is not constant over the lattice");
        }
        EStep eStep = eStep(model, p, context.random(), homogeneous);
        boolean action = !(eStep instanceof MonteCarloEStep) || model.lattice().volume() <= 4096;
        ExpectationMaximisation.Outcome o = new ExpectationMaximisation(model, eStep, action)
                .run(start, p.integer("iterations"), p.real("tolerance"), context.progress().subTask(0, 0.95, "EM"));
        Map<String, Result> r = new LinkedHashMap<>();
        int pc = model.components();
        int n = o.iterates().size();
        for (int q = 0; q < pc; q++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = ModelParameters.latticeMean(model, o.iterates().get(i))[q];
            }
            r.put("sigma" + model.componentName(q), SeriesResult.indexed(y, null, "iteration", "sigma" + model.componentName(q)));
        }
        r.put("seff", SeriesResult.indexed(o.seff(), null, "iteration", "S_eff"));
        double[] last = o.last();
        double[] mean = ModelParameters.latticeMean(model, last);
        for (int q = 0; q < pc; q++) {
            r.put("fixedPoint" + model.componentName(q), ScalarResult.exact(mean[q]));
        }
        r.put("fixedPointField", ModelParameters.field(model, last, "sigma at the EM fixed point"));
        r.put("inOmega", ScalarResult.exact(o.inOmega() ? 1 : 0));
        r.put("converged", ScalarResult.exact(o.converged() ? 1 : 0));
        r.put("residual", ScalarResult.exact(o.residual()));
        r.put("iterations", ScalarResult.exact(n - 1));
        if (GapEquation.applies(model) && homogeneous) {
            context.progress().report(0.96, "gap equation");
            GapEquation.Root root = GapEquation.solve(model);
            r.put("gapRootExists", ScalarResult.exact(root.exists() ? 1 : 0));
            if (root.exists()) {
                double distance = 0;
                for (int q = 0; q < pc; q++) {
                    r.put("gapRoot" + model.componentName(q), ScalarResult.exact(root.block()[q]));
                }
                for (int i = 0; i < last.length; i++) {
                    distance = Math.max(distance, Math.abs(last[i] - root.block()[i % pc]));
                }
                r.put("gapDistance", ScalarResult.exact(distance));
            }
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of(root.kind(), root.exists() ? "yes" : "no", root.message()));
            r.put("gap", new TableResult(List.of("kind", "exists", "message"), rows));
        }
        if (model instanceof TensorModel t && o.inOmega()) {
            SigmaFieldFile.write(context.runDirectory().resolve(SigmaFieldFile.FILE_NAME), t.field(last));
        }
        context.progress().report(1, "done");
        return r;
    }
}
