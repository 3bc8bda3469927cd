package wick.model.fock.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.FieldResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code fock.evolve} (PHYSICS 3): {@code h_t = e^{−iHt} h_0} on the truncated space by the
 * Krylov exponential with error control ({@code krylov}), by exact diagonalisation ({@code exact},
 * small dimension) or by the naive Euler step ({@code euler}, a demonstration of norm drift); the
 * norm, {@code ⟨H⟩}, {@code ⟨n_k⟩}, {@code ⟨φ_x⟩} and {@code ⟨φ_x²⟩} at {@code points + 1} equally
 * spaced times.
 */
@Component(name = EvolveTask.ID, service = Task.class, property = Task.ID + "=" + EvolveTask.ID)
@Designate(ocd = EvolveTask.Config.class)
public final class EvolveTask implements ComputeTask {
    static final String ID = "fock.evolve";

    @ObjectClassDefinition(id = ID, name = "Fock space: time evolution",
            description = "h_t = exp(-iHt) h_0 by a Krylov exponential (or exactly, or by the naive Euler step), with the norm, energy, occupations and the field over time.")
    @interface Config {
        @AttributeDefinition(name = "Sites", description = FockParameters.SITES_HELP, min = "1", max = "64")
        int sites() default 4;

        @AttributeDefinition(name = "Spacing", description = FockParameters.SPACING_HELP)
        double spacing() default 1.0;

        @AttributeDefinition(name = "m²", description = FockParameters.M2_HELP)
        double m2() default 1.0;

        @AttributeDefinition(name = "λ", description = FockParameters.LAMBDA_HELP, min = "0")
        double lambda() default 1.0;

        @AttributeDefinition(name = "Truncation", description = FockParameters.TRUNCATION_HELP)
        String truncation() default "energy:6";

        @AttributeDefinition(name = "Basis", description = FockParameters.BASIS_HELP,
                options = {@Option(label = "normal modes", value = "modes"), @Option(label = "per-site oscillators", value = "sites")})
        String basis() default "modes";

        @AttributeDefinition(name = "Sector", description = "Momentum index j of the sector, or 'all' (needed by states that mix momenta)")
        String sector() default "all";

        @AttributeDefinition(name = "Frequency", description = FockParameters.FREQUENCY_HELP, min = "0")
        double frequency() default 0.0;

        @AttributeDefinition(name = "Normal order", description = FockParameters.NORMAL_ORDER_HELP)
        boolean normalOrder() default false;

        @AttributeDefinition(name = "Initial state", description = InitialStates.HELP,
                options = {@Option(label = "Fock vacuum", value = "vacuum"), @Option(label = "ground state of H", value = "ground"),
                        @Option(label = "occupation numbers", value = "occupation"), @Option(label = "coherent state", value = "coherent"),
                        @Option(label = "wave packet", value = "packet")})
        String initial() default "packet";

        @AttributeDefinition(name = "Occupations", description = "initial=occupation: n_0,...,n_{N-1}")
        String occupations() default "0,1,0,0";

        @AttributeDefinition(name = "Mode", description = "initial=coherent: the mode (site) index", min = "0")
        int mode() default 0;

        @AttributeDefinition(name = "α", description = "initial=coherent: the (real) amplitude alpha")
        double alpha() default 1.0;

        @AttributeDefinition(name = "x0", description = "initial=packet: centre")
        double x0() default 0.0;

        @AttributeDefinition(name = "k0", description = "initial=packet: mean momentum")
        double k0() default 1.5707963267948966;

        @AttributeDefinition(name = "Width", description = "initial=packet: width sigma in position (> 0)")
        double width() default 1.0;

        @AttributeDefinition(name = "Time", description = "Total time t > 0")
        double time() default 10.0;

        @AttributeDefinition(name = "Points", description = "Output times (besides t = 0), 1..100000", min = "1", max = "100000")
        int points() default 100;

        @AttributeDefinition(name = "Method", description = "krylov (Lanczos exponential with error control), exact (diagonalisation, dimension <= 4000) or euler (naive, not unitary)",
                options = {@Option(label = "Krylov", value = "krylov"), @Option(label = "exact", value = "exact"),
                        @Option(label = "Euler (demonstration)", value = "euler")})
        String method() default "krylov";

        @AttributeDefinition(name = "Krylov dimension", description = "Lanczos vectors per substep, 2..200", min = "2", max = "200")
        int krylov() default 30;

        @AttributeDefinition(name = "Tolerance", description = "Krylov: local error per substep, > 0")
        double tolerance() default 1e-12;

        @AttributeDefinition(name = "Euler step", description = "euler: step epsilon > 0")
        double eulerStep() default 0.001;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Fock-space time evolution exp(-iHt) h0 (Krylov, exact or Euler) with norm, energy, <n_k>, <phi_x>, <phi_x^2>";
    }

    @Override
    public void validate(Parameters p) {
        FockModel model = FockParameters.model(p);
        Truncation.parse(p.string("truncation"));
        FockParameters.sector(p, model);
        FockParameters.positive(p, "time");
        FockParameters.integer(p, "points", 1, 100000);
        method(p);
    }

    static String method(Parameters p) {
        String m = p.has("method") ? p.string("method") : "krylov";
        switch (m) {
            case "krylov" -> {
                FockParameters.integer(p, "krylov", 2, 200);
                FockParameters.positive(p, "tolerance");
            }
            case "euler" -> FockParameters.positive(p, "eulerStep");
            case "exact" -> { }
            default -> throw new ParameterException("method", m, "krylov, exact or euler");
        }
        return m;
    }

    /** The propagator named by {@code method}. */
    static Propagator propagator(Parameters p, SparseMatrix h) {
        return switch (method(p)) {
            case "krylov" -> new KrylovPropagator(h, p.integer("krylov"), p.real("tolerance"));
            case "exact" -> {
                if (h.size() > EigenSolver.DENSE_MAX) {
                    throw new ParameterException("method", "exact", "krylov for dimension " + h.size() + " > " + EigenSolver.DENSE_MAX);
                }
                yield new ExactPropagator(h);
            }
            default -> new EulerPropagator(h, p.real("eulerStep"));
        };
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        validate(p);
        ProgressMonitor progress = context.progress();
        FockModel model = FockParameters.model(p);
        Truncation truncation = Truncation.parse(p.string("truncation"));
        int sector = FockParameters.sector(p, model);
        double time = p.real("time");
        int points = p.integer("points");
        FockBasis basis = model.basis(truncation, sector, progress.subTask(0, 0.05, "basis"));
        SparseMatrix h = model.hamiltonian(basis, progress.subTask(0.05, 0.2, "Hamiltonian"));
        double[] state = InitialStates.create(p, model, basis, h);
        StateObservables obs = new StateObservables(model, basis, h, progress.subTask(0.2, 0.25, "observables"));
        Propagator propagator = propagator(p, h);
        int sites = model.sites();
        double[] t = new double[points + 1];
        double[] norm = new double[points + 1];
        double[] energy = new double[points + 1];
        double[] occ = new double[(points + 1) * sites];
        double[] phi = new double[(points + 1) * sites];
        double[] phi2 = new double[(points + 1) * sites];
        long substeps = 0;
        ProgressMonitor run = progress.subTask(0.25, 1, "evolving");
        long last = System.nanoTime();
        for (int i = 0; i <= points; i++) {
            if (i > 0) {
                substeps += propagator.advance(state, time / points);
            }
            t[i] = time * i / points;
            norm[i] = obs.norm(state);
            energy[i] = obs.energy(state);
            for (int x = 0; x < sites; x++) {
                occ[i * sites + x] = obs.occupation(state, x);
                phi[i * sites + x] = obs.phi(state, x);
                phi2[i * sites + x] = obs.phi2(state, x);
            }
            if (System.nanoTime() - last > 100_000_000L) {
                run.checkCancelled();
                run.report((double) i / points, "t = " + t[i] + ", norm - 1 = " + (norm[i] - 1));
                last = System.nanoTime();
            }
        }
        double normDrift = 0;
        double energyDrift = 0;
        for (int i = 0; i <= points; i++) {
            normDrift = Math.max(normDrift, Math.abs(norm[i] - 1));
            energyDrift = Math.max(energyDrift, Math.abs(energy[i] - energy[0]));
        }
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("norm", new SeriesResult(t, norm, null, "t", "norm"));
        r.put("energy", new SeriesResult(t, energy, null, "t", "<H>"));
        r.put("occupation", new FieldResult(new int[] {points + 1, sites}, occ, model.momentumLabels() ? "<n_k>(t, k)" : "<n_x>(t, x)"));
        r.put("phi", new FieldResult(new int[] {points + 1, sites}, phi, "<phi_x>(t, x)"));
        r.put("phi2", new FieldResult(new int[] {points + 1, sites}, phi2, "<phi_x^2>(t, x)"));
        r.put("normDrift", ScalarResult.exact(normDrift));
        r.put("energyDrift", ScalarResult.exact(energyDrift));
        r.put("dimension", ScalarResult.exact(basis.dimension()));
        r.put("substeps", ScalarResult.exact(substeps));
        progress.report(1, "done");
        return r;
    }
}
