package wick.sampler.gaussian.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import wick.api.model.GaussianConditionalTarget;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/**
 * The single-site Gaussian heat bath: a sweep visits every site in index order and draws
 * {@code φ_n} from its exact conditional {@code N(μ_n, 1/K_nn)} given the others. Each update leaves
 * {@code N(0, K⁻¹)} invariant; no proposal is rejected.
 */
@Component(service = Sampler.class, property = Sampler.ID + "=" + HeatBathSampler.ID)
public final class HeatBathSampler implements Sampler {
    static final String ID = "heatbath";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Single-site Gaussian heat bath: each site drawn from its exact conditional N(mu_n, 1/K_nn)";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(GaussianConditionalTarget.class);
    }

    @Override
    public Move bind(Target target, Parameters parameters) {
        if (!accepts(target)) {
            throw new IllegalArgumentException("heatbath needs a Gaussian target with known single-site conditionals; "
                    + target.describe() + " is not one");
        }
        GaussianConditionalTarget g = (GaussianConditionalTarget) target;
        int volume = g.lattice().volume();
        double[] sigma = new double[volume];
        for (int n = 0; n < volume; n++) {
            sigma[n] = 1.0 / Math.sqrt(g.diagonalPrecision(n));
        }
        return (field, random) -> sweep(g, sigma, field, random);
    }

    private static void sweep(GaussianConditionalTarget g, double[] sigma, double[] field, RandomStream random) {
        for (int n = 0; n < field.length; n++) {
            field[n] = g.conditionalMean(field, n) + sigma[n] * random.nextGaussian();
        }
    }
}
