package wick.sampler.cluster.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.lattice.Lattice;
import wick.api.model.HoppingTarget;
import wick.api.model.LocalActionTarget;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/**
 * Sampler {@code cluster}: Brower–Tamayo embedded-Ising cluster flips in Wolff's single-cluster form
 * ({@link WolffCluster}), combined with single-site Metropolis ({@link Metropolis}) for ergodicity in
 * {@code |φ|} (PHYSICS 2.2). Near the critical point, where local moves slow down, the cluster flips
 * reverse the sign of correlated domains at once.
 *
 * <p>Needs a {@link HoppingTarget} that is reflection symmetric ({@code S[−φ] = S[φ]}, so no source)
 * with {@code β_μ ≥ 0}, and a {@link LocalActionTarget}. A target with a source is refused: flipping
 * a cluster would change {@code Jᵀφ}, which the embedded Ising model does not account for.
 *
 * <p>{@code clusters} is a fixed number of flips per sweep. A rule such as "flip until the clusters
 * cover V sites" is deliberately not offered: a number of moves that depends on the states visited
 * is a stopping time, and stopping a chain at a state-dependent time does not in general leave the
 * distribution invariant.
 */
@Component(name = ClusterSampler.ID, service = Sampler.class, property = Sampler.ID + "=" + ClusterSampler.ID)
@Designate(ocd = ClusterSampler.Config.class)
public final class ClusterSampler implements Sampler {
    static final String ID = "cluster";

    @ObjectClassDefinition(id = ID, name = "Cluster (Wolff embedded Ising + Metropolis)",
            description = "Brower-Tamayo embedded-Ising single-cluster (Wolff) sign flips, then single-site Metropolis sweeps;"
                    + " for reflection-symmetric phi^4 targets (no source). The reported acceptance is the Metropolis one.")
    @interface Config {
        @AttributeDefinition(name = "Clusters per sweep",
                description = "Wolff single-cluster flips at the start of every sweep", min = "1")
        int clusters() default ClusterSettings.DEFAULT_CLUSTERS;

        @AttributeDefinition(name = "Metropolis sweeps",
                description = "Single-site Metropolis sweeps after the cluster flips (they change |phi|)", min = "1")
        int metropolisSweeps() default ClusterSettings.DEFAULT_METROPOLIS_SWEEPS;

        @AttributeDefinition(name = "Metropolis step",
                description = "Initial proposal width delta (phi + delta u, u uniform in [-1,1]);"
                        + " tuned during thermalisation, then frozen",
                min = "1e-6", max = "1e6")
        double step() default ClusterSettings.DEFAULT_STEP;

        @AttributeDefinition(name = "Target acceptance",
                description = "Metropolis acceptance the step is tuned towards during thermalisation", min = "0.05", max = "0.95")
        double targetAcceptance() default ClusterSettings.DEFAULT_TARGET_ACCEPTANCE;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Wolff single-cluster flips of the embedded Ising signs (Brower-Tamayo) plus single-site Metropolis";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(HoppingTarget.class, LocalActionTarget.class);
    }

    /** The capabilities, and a reflection-symmetric action with ferromagnetic hopping {@code β_μ ≥ 0}. */
    @Override
    public boolean accepts(Target target) {
        return Sampler.super.accepts(target) && problem((HoppingTarget) target) == null;
    }

    /**
     * @param parameters {@code clusters}, {@code metropolisSweeps}, {@code step}, {@code targetAcceptance};
     *                   missing ones take the OCD defaults
     * @throws IllegalArgumentException naming this sampler and the target when it is not accepted
     * @throws wick.api.param.ParameterException naming a parameter out of range
     */
    @Override
    public Move bind(Target target, Parameters parameters) {
        if (!Sampler.super.accepts(target)) {
            throw new IllegalArgumentException(ID + " needs a target with nearest-neighbour hopping and single-site action"
                    + " changes (HoppingTarget and LocalActionTarget); " + target.describe() + " is not one");
        }
        String problem = problem((HoppingTarget) target);
        if (problem != null) {
            throw new IllegalArgumentException(ID + " cannot sample " + target.describe() + ": " + problem);
        }
        ClusterSettings s = ClusterSettings.from(parameters);
        return new ClusterMove((HoppingTarget) target, (LocalActionTarget) target, s.clusters(), s.metropolisSweeps(),
                s.step(), s.targetAcceptance());
    }

    /** Why the embedded-Ising move does not apply to this target, or {@code null} when it does. */
    private static String problem(HoppingTarget target) {
        if (!target.reflectionSymmetric()) {
            return "cluster flips need S[-phi] = S[phi], and this target is not reflection symmetric (it has a source)";
        }
        Lattice lattice = target.lattice();
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            double beta = target.hopping(mu);
            if (!(beta >= 0) || Double.isInfinite(beta)) {
                return "the embedded Ising model needs finite hopping beta_mu >= 0, direction " + mu + " has " + beta;
            }
        }
        return null;
    }
}
