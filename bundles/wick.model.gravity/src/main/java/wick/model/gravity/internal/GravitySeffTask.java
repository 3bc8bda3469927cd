package wick.model.gravity.internal;

import java.util.LinkedHashMap;
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
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code gravity.seff}: {@code S_eff[σ] = (vM/2κ²) Σ_B Σ_μν σ² + ½ ln det K[σ]} and its
 * gradient {@code v M w (σ/κ² − ⟨T̄⟩_σ)} (PHYSICS section 4) at σ given as homogeneous values or
 * {@code sigma:FILE}. Exact (dense G = K⁻¹) up to {@value LogDeterminant#DENSE_LIMIT} sites; for a
 * homogeneous σ by the symbol at any size. Results: {@code seff}, {@code prior}, {@code logDet},
 * {@code gradient} (field: block grid × component), {@code gradientNorm}, {@code Tbar<μν>} (the
 * lattice mean of ⟨T̄⟩), {@code gradientMean<μν>}.
 */
@Component(name = GravitySeffTask.ID, service = Task.class, property = Task.ID + "=" + GravitySeffTask.ID)
@Designate(ocd = GravitySeffTask.Config.class)
public final class GravitySeffTask implements ComputeTask {
    static final String ID = "gravity.seff";

    @ObjectClassDefinition(id = ID, name = "Latent gravity: effective action",
            description = "S_eff[sigma] and its gradient v M w (sigma/kappa2 - <T_bar>) at a homogeneous sigma or a sigma field file.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = "Extents joined by x, time first (with sigma:FILE: must match the file)")
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

        @AttributeDefinition(name = "Sigma", description = "One number s (sigma = s delta), the components comma-separated (00,01,11), or sigma:FILE")
        String sigma() default "0";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Latent gravity: S_eff[sigma] and its gradient at a homogeneous sigma or a sigma field file";
    }

    @Override
    public void validate(Parameters p) {
        LatentModel model = ModelParameters.model(p);
        double[] sigma = ModelParameters.sigma(model, "sigma", p.string("sigma"));
        eStep(model, sigma);
    }

    private static EStep eStep(LatentModel model, double[] sigma) {
        if (FftEStep.homogeneous(model, sigma)) {
            return new FftEStep(model);
        }
        if (model.lattice().volume() > LogDeterminant.DENSE_LIMIT) {
            throw new ParameterException("lattice", model.lattice().extentsString(), "at most " + LogDeterminant.DENSE_LIMIT
                    + " sites for an inhomogeneous sigma (the exact gradient needs the dense K^-1)");
        }
        return new ExactEStep(model);
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        LatentModel model = ModelParameters.model(p);
        double[] sigma = ModelParameters.sigma(model, "sigma", p.string("sigma"));
        context.progress().report(0, "E-step");
        context.progress().checkCancelled();
        EStep.Expectation e = eStep(model, sigma).at(sigma);
        context.progress().checkCancelled();
        EffectiveAction action = new EffectiveAction(model);
        double[] g = action.gradient(sigma, e.blockMean());
        Map<String, Result> r = new LinkedHashMap<>();
        double prior = action.prior(sigma);
        r.put("seff", ScalarResult.exact(prior + 0.5 * e.logDet()));
        r.put("prior", ScalarResult.exact(prior));
        r.put("logDet", ScalarResult.exact(e.logDet()));
        r.put("gradient", ModelParameters.field(model, g, "dS_eff/dsigma"));
        double norm = 0;
        for (double x : g) {
            norm += x * x;
        }
        r.put("gradientNorm", ScalarResult.exact(Math.sqrt(norm)));
        double[] tbar = ModelParameters.latticeMean(model, e.blockMean());
        double[] gm = ModelParameters.latticeMean(model, g);
        for (int q = 0; q < model.components(); q++) {
            r.put("Tbar" + model.componentName(q), ScalarResult.exact(tbar[q]));
            r.put("gradientMean" + model.componentName(q), ScalarResult.exact(gm[q]));
        }
        context.progress().report(1, "done");
        return r;
    }
}
