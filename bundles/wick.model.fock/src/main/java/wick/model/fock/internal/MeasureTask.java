package wick.model.fock.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.TableResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code fock.measure} (PHYSICS 3): the Born rule with Lüders collapse. A measurement sequence at
 * the given times (evolve, draw from the run's seeded stream, collapse, evolve on), each outcome
 * streamed to {@code outcomes.csv} in the run directory together with the probability table it was
 * drawn from; optionally {@code shots} repeated draws at the first time (no collapse) and Pearson's
 * χ² of their counts against the exact probabilities.
 */
@Component(name = MeasureTask.ID, service = Task.class, property = Task.ID + "=" + MeasureTask.ID)
@Designate(ocd = MeasureTask.Config.class)
public final class MeasureTask implements ComputeTask {
    static final String ID = "fock.measure";

    @ObjectClassDefinition(id = ID, name = "Fock space: measurement (Born rule)",
            description = "A seeded sequence of projective measurements (sample, collapse, evolve on) with each outcome and its probability table; optional chi-squared test of repeated draws.")
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

        @AttributeDefinition(name = "Sector", description = "Momentum index j of the sector, or 'all'")
        String sector() default "all";

        @AttributeDefinition(name = "Frequency", description = FockParameters.FREQUENCY_HELP, min = "0")
        double frequency() default 0.0;

        @AttributeDefinition(name = "Normal order", description = FockParameters.NORMAL_ORDER_HELP)
        boolean normalOrder() default false;

        @AttributeDefinition(name = "Initial state", description = InitialStates.HELP,
                options = {@Option(label = "Fock vacuum", value = "vacuum"), @Option(label = "ground state of H", value = "ground"),
                        @Option(label = "occupation numbers", value = "occupation"), @Option(label = "coherent state", value = "coherent"),
                        @Option(label = "wave packet", value = "packet")})
        String initial() default "coherent";

        @AttributeDefinition(name = "Occupations", description = "initial=occupation: n_0,...,n_{N-1}")
        String occupations() default "0,1,0,0";

        @AttributeDefinition(name = "Mode", description = "initial=coherent: the mode (site) index", min = "0")
        int mode() default 1;

        @AttributeDefinition(name = "α", description = "initial=coherent: the (real) amplitude alpha")
        double alpha() default 1.0;

        @AttributeDefinition(name = "x0", description = "initial=packet: centre")
        double x0() default 0.0;

        @AttributeDefinition(name = "k0", description = "initial=packet: mean momentum")
        double k0() default 1.5707963267948966;

        @AttributeDefinition(name = "Width", description = "initial=packet: width sigma in position (> 0)")
        double width() default 1.0;

        @AttributeDefinition(name = "Observable", description = Observables.HELP,
                options = {@Option(label = "n (one mode/site)", value = "n"), @Option(label = "N (total number)", value = "N"),
                        @Option(label = "P (total momentum)", value = "P"), @Option(label = "H0 (free Hamiltonian)", value = "H0"),
                        @Option(label = "H", value = "H"), @Option(label = "phi_x", value = "phi")})
        String observable() default "N";

        @AttributeDefinition(name = "Index", description = "observable n: the mode (site); phi: the site", min = "0")
        int index() default 0;

        @AttributeDefinition(name = "Times", description = "Comma-separated measurement times t_1 < t_2 < ... (>= 0)")
        String times() default "0.5,1,1.5,2";

        @AttributeDefinition(name = "Shots", description = "Repeated draws at the first time for a chi-squared test (0: none), 0..10000000", min = "0", max = "10000000")
        int shots() default 100000;

        @AttributeDefinition(name = "Method", description = "Evolution between measurements: krylov, exact or euler",
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
        return "Born-rule measurement sequence with Lueders collapse (n_k, N, P, H0, H, phi_x), streamed with probability tables; chi-squared test";
    }

    @Override
    public void validate(Parameters p) {
        FockModel model = FockParameters.model(p);
        Truncation.parse(p.string("truncation"));
        FockParameters.sector(p, model);
        times(p.string("times"));
        FockParameters.integer(p, "shots", 0, 10_000_000);
        EvolveTask.method(p);
    }

    static double[] times(String text) {
        String[] parts = text.split(",");
        double[] t = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                t[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException("times", text, "comma-separated increasing times >= 0");
            }
            if (!(t[i] >= 0) || Double.isInfinite(t[i]) || i > 0 && !(t[i] > t[i - 1])) {
                throw new ParameterException("times", text, "comma-separated increasing times >= 0");
            }
        }
        return t;
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) throws IOException {
        validate(p);
        ProgressMonitor progress = context.progress();
        FockModel model = FockParameters.model(p);
        FockBasis basis = model.basis(Truncation.parse(p.string("truncation")), FockParameters.sector(p, model),
                progress.subTask(0, 0.05, "basis"));
        SparseMatrix h = model.hamiltonian(basis, progress.subTask(0.05, 0.2, "Hamiltonian"));
        double[] state = InitialStates.create(p, model, basis, h);
        Measurable o = Observables.of(p.string("observable"), p.has("index") ? p.integer("index") : 0, model, basis, h,
                progress.subTask(0.2, 0.3, "observable"));
        Propagator propagator = EvolveTask.propagator(p, h);
        double[] times = times(p.string("times"));
        double[] eigen = o.eigenvalues();
        int[] degeneracy = o.degeneracies();
        RandomStream random = context.random();
        Map<String, Result> r = new LinkedHashMap<>();

        int shots = p.has("shots") ? p.integer("shots") : 0;
        if (shots > 0) {
            double[] first = state.clone();
            propagator.advance(first, times[0]);
            double[] prob = new double[eigen.length];
            o.probabilities(first, prob);
            long[] counts = new long[eigen.length];
            RandomStream shotStream = random.child(1);
            for (int s = 0; s < shots; s++) {
                counts[MeasurementSequence.draw(prob, shotStream)]++;
                if ((s & 0xFFFF) == 0) {
                    progress.checkCancelled();
                }
            }
            ChiSquare chi = ChiSquare.test(counts, prob);
            List<List<Object>> rows = new ArrayList<>();
            for (int g = 0; g < eigen.length; g++) {
                rows.add(List.of(eigen[g], degeneracy[g], prob[g], prob[g] * shots, counts[g]));
            }
            r.put("shots", new TableResult(List.of("eigenvalue", "degeneracy", "probability", "expected", "observed"), rows));
            r.put("chi2", ScalarResult.exact(chi.chi2()));
            r.put("dof", ScalarResult.exact(chi.dof()));
            r.put("pValue", ScalarResult.exact(chi.pValue()));
        }

        List<List<Object>> outcomes = new ArrayList<>();
        List<List<Object>> tables = new ArrayList<>();
        Path dir = context.runDirectory();
        Writer csv = dir == null ? null : Files.newBufferedWriter(dir.resolve("outcomes.csv"), StandardCharsets.UTF_8);
        try {
            if (csv != null) {
                csv.write("step,time,outcome,probability,table\n");
                csv.flush();
            }
            Writer out = csv;
            new MeasurementSequence(propagator, o).run(state, times, random.child(2), step -> {
                double value = eigen[step.outcome()];
                double pr = step.probabilities()[step.outcome()];
                outcomes.add(List.of(step.step(), step.time(), value, pr));
                StringBuilder table = new StringBuilder();
                for (int g = 0; g < eigen.length; g++) {
                    if (step.probabilities()[g] > 0) {
                        tables.add(List.of(step.step(), step.time(), eigen[g], degeneracy[g], step.probabilities()[g]));
                        table.append(table.length() == 0 ? "" : " ").append(eigen[g]).append(':').append(step.probabilities()[g]);
                    }
                }
                if (out != null) {
                    try {
                        out.write(step.step() + "," + step.time() + "," + value + "," + pr + ",\"" + table + "\"\n");
                        out.flush();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                progress.checkCancelled();
                progress.report(0.3 + 0.7 * (step.step() + 1.0) / times.length,
                        "t = " + step.time() + ": outcome " + value + " (p = " + pr + ")");
            });
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
        r.put("outcomes", new TableResult(List.of("step", "time", "outcome", "probability"), outcomes));
        r.put("probabilities", new TableResult(List.of("step", "time", "eigenvalue", "degeneracy", "probability"), tables));
        r.put("dimension", ScalarResult.exact(basis.dimension()));
        progress.report(1, "done");
        return r;
    }
}
