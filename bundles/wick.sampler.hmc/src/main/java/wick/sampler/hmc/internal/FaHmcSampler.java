package wick.sampler.hmc.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.model.ForceTarget;
import wick.api.model.Target;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/**
 * Fourier-accelerated HMC, sampler id {@code fa-hmc}: HMC ({@link HmcMove}) with the kinetic term
 * {@code ½ πᵀ M⁻¹ π} and mass matrix {@code M = Σ_μ Δ_μᵀΔ_μ + m_acc²}, symbol
 * {@code M_k = Σ_μ k̂_μ² + m_acc²} ({@code = (K_E)_k(m_acc)/v}; {@link FourierKinetic}). Modified
 * with respect to {@code hmc}: momenta are drawn from {@code N(0, M)} and the position update is
 * {@code φ ← φ + ε M⁻¹π}, both by FFT; force, leapfrog structure and the Metropolis test on
 * {@code ΔH} are the same. Since {@code M} is constant, symmetric and positive definite, the
 * leapfrog stays volume preserving and reversible, so the algorithm stays exact.
 *
 * <p>Effect: for the free field at {@code m_acc² = m²} every Fourier mode oscillates with the same
 * frequency {@code √v}, so the slow long-wavelength modes (the magnetisation) move as fast as the
 * fast ones; a trajectory length {@code π/(2√v)} gives independent free-field samples. (The same
 * frequency for all modes also means a trajectory length {@code 2π/√v} would not move the free
 * field at all: keep the length away from multiples of {@code 2π/√v}.) Cost: two FFTs per
 * leapfrog step. Needs a {@link ForceTarget}.
 */
@Component(name = FaHmcSampler.ID, service = Sampler.class, property = Sampler.ID + "=" + FaHmcSampler.ID)
@Designate(ocd = FaHmcSampler.Config.class)
public final class FaHmcSampler implements Sampler {
    static final String ID = "fa-hmc";
    static final String ACCELERATION_MASS2 = "accelerationMass2";
    static final double DEFAULT_ACCELERATION_MASS2 = 1.0;

    @ObjectClassDefinition(id = ID, name = "Fourier-accelerated HMC",
            description = "HMC with the kinetic mass matrix M_k = sum_mu khat_mu^2 + m_acc^2 (the free-field operator):"
                    + " all free-field modes evolve at the same frequency; two FFTs per leapfrog step.")
    @interface Config {
        @AttributeDefinition(name = "Steps", description = HmcSettings.STEPS_HELP, min = "1")
        int steps() default HmcSettings.DEFAULT_STEPS;

        @AttributeDefinition(name = "Step size", description = HmcSettings.STEP_SIZE_HELP)
        double stepSize() default HmcSettings.DEFAULT_STEP_SIZE;

        @AttributeDefinition(name = "Adapt step size", description = HmcSettings.ADAPT_HELP)
        boolean adaptStepSize() default HmcSettings.DEFAULT_ADAPT;

        @AttributeDefinition(name = "Target acceptance", description = HmcSettings.TARGET_HELP, min = "0.01", max = "0.99")
        double targetAcceptance() default HmcSettings.DEFAULT_TARGET;

        @AttributeDefinition(name = "Acceleration mass²", description = "m_acc^2 > 0 of the kinetic mass matrix"
                + " M_k = sum_mu khat_mu^2 + m_acc^2 (no cell-volume factor); m_acc^2 = m^2 makes every free-field mode"
                + " evolve at the same frequency sqrt(v).")
        double accelerationMass2() default DEFAULT_ACCELERATION_MASS2;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Fourier-accelerated HMC: kinetic mass matrix khat^2 + m_acc^2 applied by FFT, Metropolis test on Delta H";
    }

    @Override
    public List<Class<? extends Target>> requires() {
        return List.of(ForceTarget.class);
    }

    /**
     * @throws ParameterException naming the parameter when a value is out of range
     */
    @Override
    public Move bind(Target target, Parameters parameters) {
        ForceTarget f = HmcSampler.forceTarget(ID, this, target);
        HmcSettings settings = HmcSettings.read(parameters);
        double m2 = new ParameterValues(parameters).positive(ACCELERATION_MASS2, DEFAULT_ACCELERATION_MASS2);
        Kinetic kinetic = new FourierKinetic(f.lattice(), m2);
        return new HmcMove(ID, new Leapfrog(f, kinetic), new StepSizeAdapter(settings), f.lattice().volume());
    }
}
