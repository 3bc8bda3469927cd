package wick.model.fock.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code fock.correlator} (PHYSICS 3, Euclidean bridge):
 * {@code C_H(τ) = a Σ_x ⟨0|φ_x e^{−(H−E_0)τ} φ_0|0⟩ = a Σ_j |⟨j|φ̃_0|0⟩|² e^{−(E_j−E_0)τ}} from the
 * truncated spectrum of the zero-momentum sector ({@link SpectralFunction}); the gap, the spectral
 * weights and the effective mass {@code −d ln C/dτ}. Free theory: exactly {@code e^{−mτ}/(2m)}. The
 * Monte Carlo side of the bridge is the {@code transfer-matrix} sampler.
 */
@Component(name = CorrelatorTask.ID, service = Task.class, property = Task.ID + "=" + CorrelatorTask.ID)
@Designate(ocd = CorrelatorTask.Config.class)
public final class CorrelatorTask implements ComputeTask {
    static final String ID = "fock.correlator";

    @ObjectClassDefinition(id = ID, name = "Fock space: Euclidean correlator",
            description = "C_H(tau) from the truncated spectrum and the matrix elements of the zero-momentum field; gap, spectral weights, effective mass.")
    @interface Config {
        @AttributeDefinition(name = "Sites", description = FockParameters.SITES_HELP, min = "1", max = "64")
        int sites() default 4;

        @AttributeDefinition(name = "Spacing", description = FockParameters.SPACING_HELP)
        double spacing() default 1.0;

        @AttributeDefinition(name = "m²", description = FockParameters.M2_HELP)
        double m2() default 1.0;

        @AttributeDefinition(name = "λ", description = FockParameters.LAMBDA_HELP, min = "0")
        double lambda() default 6.0;

        @AttributeDefinition(name = "Truncation", description = FockParameters.TRUNCATION_HELP)
        String truncation() default "energy:14";

        @AttributeDefinition(name = "Basis", description = FockParameters.BASIS_HELP,
                options = {@Option(label = "normal modes", value = "modes"), @Option(label = "per-site oscillators", value = "sites")})
        String basis() default "modes";

        @AttributeDefinition(name = "Frequency", description = FockParameters.FREQUENCY_HELP, min = "0")
        double frequency() default 0.0;

        @AttributeDefinition(name = "Normal order", description = FockParameters.NORMAL_ORDER_HELP)
        boolean normalOrder() default false;

        @AttributeDefinition(name = "Solver", description = "Ground state: auto, dense or lanczos",
                options = {@Option(label = "auto", value = "auto"), @Option(label = "dense (EJML)", value = "dense"),
                        @Option(label = "Lanczos", value = "lanczos")})
        String solver() default "auto";

        @AttributeDefinition(name = "τ max", description = "Largest Euclidean time, > 0")
        double tauMax() default 8.0;

        @AttributeDefinition(name = "Points", description = "Intervals of the tau grid, 1..10000", min = "1", max = "10000")
        int points() default 80;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Euclidean correlator C_H(tau) of the Fock-space Hamiltonian from its spectrum: gap, weights, effective mass";
    }

    @Override
    public void validate(Parameters p) {
        FockParameters.model(p);
        Truncation.parse(p.string("truncation"));
        FockParameters.positive(p, "tauMax");
        FockParameters.integer(p, "points", 1, 10000);
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        validate(p);
        ProgressMonitor progress = context.progress();
        FockModel model = FockParameters.model(p);
        Truncation truncation = Truncation.parse(p.string("truncation"));
        String solver = p.has("solver") ? p.string("solver") : "auto";
        SectorSpectrum vac = SectorSpectrum.compute(model, truncation, SectorSpectrum.vacuumSector(model), 1, solver,
                context.random(), progress.subTask(0, 0.8, "vacuum sector"));
        SpectralFunction f = vac.spectralFunction(model, progress.subTask(0.8, 1, "spectral function"));
        double tauMax = p.real("tauMax");
        int points = p.integer("points");
        double[] tau = new double[points + 1];
        double[] c = new double[points + 1];
        for (int i = 0; i <= points; i++) {
            tau[i] = tauMax * i / points;
            c[i] = f.correlator(tau[i]);
        }
        double[] tm = new double[points];
        double[] meff = new double[points];
        for (int i = 0; i < points; i++) {
            tm[i] = 0.5 * (tau[i] + tau[i + 1]);
            meff[i] = Math.log(c[i] / c[i + 1]) / (tau[i + 1] - tau[i]);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int j = 0; j < f.energies().length; j++) {
            rows.add(List.of(f.energies()[j] - f.ground(), f.weights()[j]));
        }
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("correlator", new SeriesResult(tau, c, null, "tau", "C_H"));
        r.put("gap", ScalarResult.exact(f.gap()));
        r.put("effectiveMass", new SeriesResult(tm, meff, null, "tau", "m_eff"));
        r.put("weights", new TableResult(List.of("E_j - E_0", "a |<j|phi_0|0>|^2"), rows));
        r.put("groundEnergy", ScalarResult.exact(f.ground()));
        r.put("dimension", ScalarResult.exact(vac.basis().dimension()));
        progress.report(1, "done");
        return r;
    }
}
