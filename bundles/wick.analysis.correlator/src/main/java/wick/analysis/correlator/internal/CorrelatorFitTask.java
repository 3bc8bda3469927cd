package wick.analysis.correlator.internal;

import java.nio.file.Path;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.run.Workbench;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;
import wick.lattice.FreeField;

/**
 * Task {@code correlator.fit}: the correlator analysis of PHYSICS 6 on the C(τ) measurements of a
 * {@code free.sample} or {@code phi4.sample} run — binned jackknife covariance, effective mass with
 * errors, correlated cosh fit(s) with jackknife errors, χ²/dof and p-value, and the automatic fit
 * window ({@link WindowChoice}). With {@code run = none} the task first produces the run itself
 * through the {@link Workbench} ({@link SourceRun}). Results: see {@link FitResults}.
 */
@Component(name = CorrelatorFitTask.ID, service = Task.class, property = Task.ID + "=" + CorrelatorFitTask.ID)
@Designate(ocd = CorrelatorFitTask.Config.class)
public final class CorrelatorFitTask implements ComputeTask {
    static final String ID = "correlator.fit";
    /** The value of {@code run} that asks for a new run. */
    static final String NO_RUN = "none";
    /** The value of {@code sampler} that takes the chain task's default sampler. */
    static final String DEFAULT_SAMPLER = "default";

    @ObjectClassDefinition(id = ID, name = "Correlator: fit",
            description = "Effective mass and correlated cosh fit of C(tau) from a free.sample or phi4.sample run "
                    + "(jackknife covariance and errors, chi^2/dof, p-value, automatic fit window).")
    @interface Config {
        @AttributeDefinition(name = "Run directory", description = "A run directory of free.sample or phi4.sample "
                + "(run.json and measurements.csv with columns C0..C{N_t-1}); 'none' to produce one first from the "
                + "model parameters below")
        String run() default NO_RUN;

        @AttributeDefinition(name = "tau_min", description = "First time slice of the fit window; -1: automatic "
                + "(earliest tau_min with p >= 0.05 whose energy agrees within 2 combined sigma with the next two, "
                + "among windows starting where C >= 3 sigma and fits with E >= 3 sigma)", min = "-1")
        int tauMin() default -1;

        @AttributeDefinition(name = "tau_max", description = "Last time slice of the fit window, at most N_t - 1; -1: N_t/2, "
                + "shortened to the last tau before C(tau) falls below 3 standard errors",
                min = "-1")
        int tauMax() default -1;

        @AttributeDefinition(name = "Bin size", description = "Measurements per jackknife bin; 0: automatic, "
                + "max over tau of ceil(2 tau_int(C(tau))) from the Gamma method", min = "0")
        int binSize() default 0;

        @AttributeDefinition(name = "SVD cut", description = "Singular values of the correlation matrix below "
                + "svdCut times the largest are dropped from the inverse covariance", min = "0", max = "0.999999")
        double svdCut() default 1e-8;

        @AttributeDefinition(name = "Shrinkage", description = "lambda in [0, 1]: covariance (1 - lambda) Cov + "
                + "lambda diag(Cov); 0: none", min = "0", max = "1")
        double shrinkage() default 0;

        @AttributeDefinition(name = "Constant", description = "Fit a constant B as well (broken phase, near criticality)")
        boolean constant() default false;

        @AttributeDefinition(name = "States", description = "Exponentials in the fit: 1, or 2 (E2 > E1)", min = "1", max = "2")
        int states() default 1;

        @AttributeDefinition(name = "Model", description = "Chain to run when run = none",
                options = {@Option(label = "free field (free.sample)", value = "free"),
                        @Option(label = "phi^4 (phi4.sample)", value = "phi4")})
        String model() default "free";

        @AttributeDefinition(name = "Sampler", description = "Sampler of the produced run; 'default': the chain task's own")
        String sampler() default DEFAULT_SAMPLER;

        @AttributeDefinition(name = "Lattice", description = "Produced run: extents joined by x, time first (16x4: N_t = 16)")
        String lattice() default "16x4";

        @AttributeDefinition(name = "Spacing", description = "Produced run: one number, or one per direction comma-separated (time first)")
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Produced run: mass squared (> 0 for the free field; any sign for phi^4)")
        double m2() default 0.3;

        @AttributeDefinition(name = "λ", description = "Produced phi^4 run: quartic coupling lambda >= 0", min = "0")
        double lambda() default 1.0;

        @AttributeDefinition(name = "J", description = "Produced phi^4 run: source strength")
        double J() default 0.0;

        @AttributeDefinition(name = "Source site", description = "Produced phi^4 run: -1 uniform source, else the site index", min = "-1")
        int sourceSite() default -1;

        @AttributeDefinition(name = "Samples", description = "Produced run: number of measurements", min = "4")
        int samples() default 2000;

        @AttributeDefinition(name = "Thermalization", description = "Produced run: sweeps discarded first", min = "0")
        int thermalization() default 200;

        @AttributeDefinition(name = "Interval", description = "Produced run: sweeps between measurements", min = "1")
        int interval() default 1;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Workbench workbench;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Correlator fit: effective mass, correlated cosh fit with jackknife errors, chi^2/dof, p-value, automatic window";
    }

    /** For tests outside OSGi: the workbench that produces runs. */
    void setWorkbench(Workbench w) {
        workbench = w;
    }

    @Override
    public void validate(Parameters p) {
        FitSettings settings = FitSettings.of(p);
        settings.checkRanges();
        if (producesRun(p)) {
            workbench(p);
            Lattice lattice = Lattice.parse(p.string("lattice"), p.string("spacing"));
            if (lattice.extent(0) < 3) {
                throw new ParameterException("lattice", p.string("lattice"), "N_t ≥ 3 time slices for a correlator fit");
            }
            if ("free".equals(p.string("model"))) {
                new FreeField(lattice, p.real("m2"));
            }
            if (p.integer("samples") < RunData.MIN_MEASUREMENTS) {
                throw new ParameterException("samples", p.string("samples"), "at least " + RunData.MIN_MEASUREMENTS);
            }
            settings.checkWindow(lattice.extent(0));
        } else {
            settings.checkWindow(RunData.timeExtent(Path.of(p.string("run").trim())));
        }
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        validate(p);
        FitSettings settings = FitSettings.of(p);
        ProgressMonitor progress = context.progress();
        Path directory;
        if (producesRun(p)) {
            String sampler = p.string("sampler").trim();
            directory = SourceRun.produce(workbench(p), p, context.random().key(),
                    sampler.isEmpty() || sampler.equals(DEFAULT_SAMPLER) ? null : sampler,
                    context.runDirectory().resolve(SourceRun.DIRECTORY), progress.subTask(0, 0.6, "source run"));
            progress = progress.subTask(0.6, 1, "analysis");
        } else {
            directory = Path.of(p.string("run").trim());
        }
        RunData data = RunData.read(directory, progress.subTask(0, 0.1, "reading"));
        double timeSpacing = FitResults.timeSpacing(data);
        FreeField exact = FitResults.exactFreeField(data);
        CorrelatorAnalysis.Outcome outcome = CorrelatorAnalysis.analyse(data.columns(), settings,
                progress.subTask(0.1, 1, "fit"));
        return FitResults.of(outcome, timeSpacing, exact, settings);
    }

    private static boolean producesRun(Parameters p) {
        String run = p.has("run") ? p.string("run").trim() : NO_RUN;
        return run.isEmpty() || run.equalsIgnoreCase(NO_RUN);
    }

    private Workbench workbench(Parameters p) {
        Workbench w = workbench;
        if (w == null) {
            throw new ParameterException("run", p.string("run"),
                    "a run directory: producing a run needs the Workbench service, which is not available");
        }
        return w;
    }
}
