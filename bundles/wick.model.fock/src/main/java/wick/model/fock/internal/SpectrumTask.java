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
 * Task {@code fock.spectrum} (PHYSICS 3): the lowest levels of the truncated {@code P H P} in one
 * momentum sector (dense EJML for small dimension, Lanczos above), the gap (lowest zero-momentum level
 * coupled to {@code φ̃_0}, minus {@code E_0}), and a convergence table over smaller cutoffs of the
 * same truncation.
 */
@Component(name = SpectrumTask.ID, service = Task.class, property = Task.ID + "=" + SpectrumTask.ID)
@Designate(ocd = SpectrumTask.Config.class)
public final class SpectrumTask implements ComputeTask {
    static final String ID = "fock.spectrum";

    @ObjectClassDefinition(id = ID, name = "Fock space: spectrum",
            description = "Lowest levels of the truncated lattice Hamiltonian per momentum sector, the gap, and their convergence in the truncation.")
    @interface Config {
        @AttributeDefinition(name = "Sites", description = FockParameters.SITES_HELP, min = "1", max = "64")
        int sites() default 4;

        @AttributeDefinition(name = "Spacing", description = FockParameters.SPACING_HELP)
        double spacing() default 1.0;

        @AttributeDefinition(name = "m²", description = FockParameters.M2_HELP)
        double m2() default 1.0;

        @AttributeDefinition(name = "λ", description = FockParameters.LAMBDA_HELP, min = "0")
        double lambda() default 0.0;

        @AttributeDefinition(name = "Truncation", description = FockParameters.TRUNCATION_HELP)
        String truncation() default "energy:8";

        @AttributeDefinition(name = "Basis", description = FockParameters.BASIS_HELP,
                options = {@Option(label = "normal modes", value = "modes"), @Option(label = "per-site oscillators", value = "sites")})
        String basis() default "modes";

        @AttributeDefinition(name = "Levels", description = "How many of the lowest levels, 1..200", min = "1", max = "200")
        int levels() default 6;

        @AttributeDefinition(name = "Sector", description = "Momentum index j of the sector (0..N-1); 'all' for the whole space (required by basis=sites)")
        String sector() default "0";

        @AttributeDefinition(name = "Frequency", description = FockParameters.FREQUENCY_HELP, min = "0")
        double frequency() default 0.0;

        @AttributeDefinition(name = "Normal order", description = FockParameters.NORMAL_ORDER_HELP)
        boolean normalOrder() default false;

        @AttributeDefinition(name = "Solver", description = "auto (dense up to dimension 500, Lanczos above), dense or lanczos",
                options = {@Option(label = "auto", value = "auto"), @Option(label = "dense (EJML)", value = "dense"),
                        @Option(label = "Lanczos", value = "lanczos")})
        String solver() default "auto";

        @AttributeDefinition(name = "Convergence steps", description = "Smaller cutoffs in the convergence table (nmax/particles: K-1, K-2, ...; energy: E(1-0.1 s)), 0..8", min = "0", max = "8")
        int convergenceSteps() default 3;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Fock-space Hamiltonian: lowest levels per momentum sector, gap, convergence in the truncation";
    }

    @Override
    public void validate(Parameters p) {
        FockModel model = FockParameters.model(p);
        Truncation.parse(p.string("truncation"));
        FockParameters.sector(p, model);
        FockParameters.integer(p, "levels", 1, 200);
        FockParameters.integer(p, "convergenceSteps", 0, 8);
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        validate(p);
        FockModel model = FockParameters.model(p);
        Truncation truncation = Truncation.parse(p.string("truncation"));
        int sector = FockParameters.sector(p, model);
        int levels = p.integer("levels");
        String solver = p.has("solver") ? p.string("solver") : "auto";
        int steps = p.has("convergenceSteps") ? p.integer("convergenceSteps") : 0;
        ProgressMonitor progress = context.progress();

        List<Truncation> cutoffs = new ArrayList<>();
        for (int s = steps; s >= 1; s--) {
            Truncation t = smaller(truncation, s);
            if (t != null) {
                cutoffs.add(t);
            }
        }
        cutoffs.add(truncation);
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Result> r = new LinkedHashMap<>();
        int vacuumSector = SectorSpectrum.vacuumSector(model);
        for (int c = 0; c < cutoffs.size(); c++) {
            Truncation t = cutoffs.get(c);
            ProgressMonitor sub = progress.subTask((double) c / cutoffs.size(), (c + 1.0) / cutoffs.size(), t.toString());
            SectorSpectrum vac = SectorSpectrum.compute(model, t, vacuumSector, sector == vacuumSector ? levels : 1, solver,
                    context.random(), sub.subTask(0, 0.5, "vacuum sector"));
            SectorSpectrum own = sector == vacuumSector ? vac
                    : SectorSpectrum.compute(model, t, sector, levels, solver, context.random(), sub.subTask(0.5, 0.9, "sector " + sector));
            double gap = vac.spectralFunction(model, sub.subTask(0.9, 1, "gap")).gap();
            double[] e = own.levels().values();
            List<Object> row = new ArrayList<>();
            row.add(t.toString());
            row.add(own.basis().dimension());
            row.add(vac.levels().values()[0]);
            row.add(gap);
            row.add(e.length > 1 ? e[1] - e[0] : Double.NaN);
            rows.add(row);
            if (c == cutoffs.size() - 1) {
                r.put("energies", SeriesResult.indexed(e, null, "level", "E"));
                r.put("gap", ScalarResult.exact(gap));
                r.put("dimension", ScalarResult.exact(own.basis().dimension()));
                r.put("groundEnergy", ScalarResult.exact(vac.levels().values()[0]));
            }
        }
        r.put("convergence", new TableResult(List.of("truncation", "dimension", "E0", "gap", "E1-E0 (sector)"), rows));
        progress.report(1, "done");
        return r;
    }

    /** The same truncation {@code s} steps smaller, or {@code null} when it would be empty. */
    static Truncation smaller(Truncation t, int s) {
        if (t.kind() == Truncation.Kind.ENERGY) {
            double v = t.value() * (1 - 0.1 * s);
            return v > 0 ? t.withValue(v) : null;
        }
        double v = t.value() - s;
        return v >= 1 ? t.withValue(v) : null;
    }
}
