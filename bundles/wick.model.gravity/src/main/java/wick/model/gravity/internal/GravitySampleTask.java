package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;
import wick.model.gravity.SigmaFieldFile;
import wick.model.gravity.StressTensor;
import wick.model.gravity.StressOption;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import wick.api.lattice.Lattice;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.result.FieldResult;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.api.task.ChainTask;
import wick.api.task.Measurements;
import wick.api.task.Observables;
import wick.api.task.Task;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;
import wick.stats.Jackknife;
import wick.stats.JackknifeEstimate;

/**
 * Task {@code gravity.sample}: a Markov chain on the joint {@code p(φ, σ)} of Model 3 (PHYSICS
 * section 4), by default the {@link GibbsSampler}. The engine's chain state is φ; σ is read from
 * {@link GravityTarget#latest()}, which the move updates after every sweep.
 *
 * <p>Columns per measurement: {@code phi2} = Σφ²/V; per σ component μν (time first, storage order
 * 00, 01, 11 for D = 2) {@code sigmaMeanμν} = the mean of σ_{B,μν} over blocks and
 * {@code sigmaVarμν} = its variance over blocks {@code (1/n_B) Σ_B (σ_B − σ̄)²}; {@code rejectionRate}
 * = the fraction of blocks whose first encoder proposal fell outside Ω in that sweep.
 * Results: each column's mean with a Γ-method error (binned jackknife where the Γ-method cannot
 * be applied; exact 0 error for a constant column), plus {@code sigmaBlockVarianceμν} =
 * {@code ⟨(1/n_B)Σ_B σ_B²⟩ − ⟨σ̄⟩²}, the ensemble variance of one block value (translation
 * invariance), the quantity whose ∝ 1/M scaling PHYSICS 4 predicts, and a {@code tauInt} table.
 */
@Component(name = GravitySampleTask.ID, service = Task.class, property = Task.ID + "=" + GravitySampleTask.ID)
@Designate(ocd = GravitySampleTask.Config.class)
public final class GravitySampleTask implements ChainTask {
    static final String ID = "gravity.sample";
    private static final int FALLBACK_BINS = 50;

    @ObjectClassDefinition(id = ID, name = "Latent gravity: sample",
            description = "Gibbs chain on the joint p(phi, sigma) of the latent-gravity model: phi^2, block means and variances of sigma, encoder rejection rate.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = "Extents joined by x, time first (6x4: N_t = 6, N_x = 4); 1 to 4 dimensions")
        String lattice() default "8x8";

        @AttributeDefinition(name = "Spacing", description = "One number, or one per direction comma-separated (time first); each > 0")
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared, > 0")
        double m2() default 1.0;

        @AttributeDefinition(name = "κ²", description = "Coupling of sigma to the stress tensor, > 0 (small: Omega rarely binds)")
        double kappa2() default 0.5;

        @AttributeDefinition(name = "Block", description = "Block shape b_0 x ... (time first), each b_mu dividing N_mu; sigma is constant on a block")
        String block() default "2x2";

        @AttributeDefinition(name = "Stress tensor", description = "Discretisation of T",
                options = {@Option(label = "symmetric (corner average)", value = "symmetric"),
                        @Option(label = "forward (the talk's literal form)", value = "forward")})
        String stress() default "symmetric";

        @AttributeDefinition(name = "Decoder solver", description = "Sampler of phi | sigma",
                options = {@Option(label = "dense Cholesky (small V)", value = "dense"),
                        @Option(label = "sparse Cholesky", value = "sparse"),
                        @Option(label = "perturbation-optimisation, CG with the FFT inverse of K[mean sigma]", value = "cg"),
                        @Option(label = "perturbation-optimisation, Jacobi-preconditioned CG", value = "cg-jacobi"),
                        @Option(label = "perturbation-optimisation, SSOR-preconditioned CG", value = "cg-ssor")})
        String solver() default "cg";

        @AttributeDefinition(name = "Rank", description = "2: sigma_mu_nu coupled to the stress tensor (the model); 0: a scalar sigma coupled to phi^2 (the talk's HST slide)",
                options = {@Option(label = "2 (tensor sigma, the model)", value = "2"), @Option(label = "0 (scalar sigma coupled to phi^2)", value = "0")})
        int rank() default 2;

        @AttributeDefinition(name = "Samples", description = "Number of measurements", min = "2")
        int samples() default 1000;

        @AttributeDefinition(name = "Thermalization", description = "Sweeps discarded before the first measurement", min = "0")
        int thermalization() default 100;

        @AttributeDefinition(name = "Interval", description = "Sweeps between two measurements", min = "1")
        int interval() default 1;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Latent gravity, Gibbs-sampled: phi^2, block means and variances of sigma, encoder rejection rate, with Gamma-method errors";
    }

    @Override
    public Target target(Parameters p) {
        Lattice lattice = Lattice.parse(p.string("lattice"), p.string("spacing"));
        Blocks blocks = Blocks.parse(lattice, p.string("block"));
        return new LatentGravityTarget(blocks, p.real("m2"), p.real("kappa2"), StressOption.parse(p.string("stress")),
                p.string("solver"), p.has("rank") ? p.integer("rank") : 2);
    }

    @Override
    public String defaultSampler() {
        return GibbsSampler.ID;
    }

    /** The column names for dimension D. */
    static List<String> names(int d) {
        int p = LatentField.components(d);
        List<String> names = new ArrayList<>();
        names.add("phi2");
        for (int q = 0; q < p; q++) {
            names.add("sigmaMean" + LatentField.componentName(d, q));
        }
        for (int q = 0; q < p; q++) {
            names.add("sigmaVar" + LatentField.componentName(d, q));
        }
        names.add("rejectionRate");
        return List.copyOf(names);
    }

    /** The contract columns for a model (rank 0: {@code sigmaMean}, {@code sigmaVar}). */
    static List<String> names(LatentModel model) {
        int p = model.components();
        List<String> names = new ArrayList<>();
        names.add("phi2");
        for (int q = 0; q < p; q++) {
            names.add("sigmaMean" + model.componentName(q));
        }
        for (int q = 0; q < p; q++) {
            names.add("sigmaVar" + model.componentName(q));
        }
        names.add("rejectionRate");
        return List.copyOf(names);
    }

    /** The {@code Tmeanμν} columns: the lattice mean of T_μν(φ) per configuration. */
    static List<String> stressNames(int d) {
        List<String> names = new ArrayList<>();
        for (int q = 0; q < LatentField.components(d); q++) {
            names.add("Tmean" + LatentField.componentName(d, q));
        }
        return names;
    }

    /** The block products {@code sigmaCorr<component>_<r>} of {@link BlockCorrelator}. */
    static List<String> correlatorNames(LatentModel model, int maxDistance) {
        List<String> names = new ArrayList<>();
        for (int q = 0; q < model.components(); q++) {
            for (int r = 0; r <= maxDistance; r++) {
                names.add("sigmaCorr" + model.componentName(q) + "_" + r);
            }
        }
        return names;
    }

    @Override
    public Observables observables(Target target, Parameters parameters) {
        GravityTarget g = (GravityTarget) target;
        LatentModel model = g.model();
        int d = g.lattice().dimension();
        int p = model.components();
        int pt = LatentField.components(d);
        int nb = g.blocks().count();
        BlockCorrelator correlator = new BlockCorrelator(g.blocks());
        int r = correlator.maxDistance();
        List<String> names = new ArrayList<>(names(model));
        names.addAll(stressNames(d));
        names.addAll(correlatorNames(model, r));
        List<String> all = List.copyOf(names);
        StressTensor stress = new StressTensor(g.lattice(), g.m2(), g.stress());
        double[] t = new double[g.lattice().volume() * pt];
        return new Observables() {
            @Override
            public List<String> names() {
                return all;
            }

            @Override
            public void measure(double[] field, double[] out) {
                double s2 = 0;
                for (double f : field) {
                    s2 += f * f;
                }
                out[0] = s2 / field.length;
                double[] sigma = g.latest().values();
                for (int q = 0; q < p; q++) {
                    double mean = 0;
                    for (int b = 0; b < nb; b++) {
                        mean += sigma[b * p + q];
                    }
                    mean /= nb;
                    double var = 0;
                    for (int b = 0; b < nb; b++) {
                        double x = sigma[b * p + q] - mean;
                        var += x * x;
                    }
                    out[1 + q] = mean;
                    out[1 + p + q] = var / nb;
                }
                out[1 + 2 * p] = g.latest().rejectionRate();
                int at = 2 + 2 * p;
                stress.compute(field, t);
                int v = field.length;
                for (int q = 0; q < pt; q++) {
                    double mean = 0;
                    for (int n = 0; n < v; n++) {
                        mean += t[n * pt + q];
                    }
                    out[at + q] = mean / v;
                }
                at += pt;
                for (int q = 0; q < p; q++) {
                    correlator.products(sigma, p, q, out, at + q * (r + 1));
                }
            }
        };
    }

    @Override
    public void writeRunFiles(Target target, java.nio.file.Path runDirectory) throws java.io.IOException {
        GravityTarget g = (GravityTarget) target;
        if (g.model().rank() == 2) {
            writeSigmaField(g, runDirectory);
        }
    }

    @Override
    public Map<String, Result> analyse(Measurements m, Target target, Parameters parameters, ProgressMonitor progress) {
        GravityTarget g = (GravityTarget) target;
        LatentModel model = g.model();
        int d = target.lattice().dimension();
        int p = model.components();
        Map<String, Result> r = new LinkedHashMap<>();
        List<List<Object>> tau = new ArrayList<>();
        List<String> scalars = new ArrayList<>(names(model));
        scalars.addAll(stressNames(d));
        for (String name : scalars) {
            progress.checkCancelled();
            double[] series = m.column(name);
            Estimate e = estimate(series);
            r.put(name, new ScalarResult(e.mean, e.error));
            tau.add(List.of(name, e.tauInt, e.tauIntError));
        }
        int maxDistance = new BlockCorrelator(g.blocks()).maxDistance();
        for (int q = 0; q < p; q++) {
            String c = model.componentName(q);
            double[] mean = m.column("sigmaMean" + c);
            double[] var = m.column("sigmaVar" + c);
            double[] second = new double[mean.length];
            for (int i = 0; i < second.length; i++) {
                second[i] = var[i] + mean[i] * mean[i];
            }
            r.put("sigmaBlockVariance" + c, derived(new double[][] {second, mean}, x -> x[0] - x[1] * x[1]));
            double[] y = new double[maxDistance + 1];
            double[] err = new double[maxDistance + 1];
            double[] x = new double[maxDistance + 1];
            for (int dist = 0; dist <= maxDistance; dist++) {
                progress.checkCancelled();
                ScalarResult s = derived(new double[][] {m.column("sigmaCorr" + c + "_" + dist), mean}, z -> z[0] - z[1] * z[1]);
                x[dist] = dist;
                y[dist] = s.value();
                err[dist] = s.error();
            }
            r.put("sigmaConnected" + c, new SeriesResult(x, y, err, "block distance", "<sigma" + c + " sigma" + c + ">_c"));
        }
        r.put("sigmaField", sigmaField(g));
        r.put("tauInt", new TableResult(List.of("observable", "tauInt", "error"), tau));
        return r;
    }

    /**
     * The σ of the last sweep as a field of shape {@code [g_0, ..., g_{D−1}, P]} ({@code g_μ} blocks
     * along μ, components last, in storage order).
     */
    static FieldResult sigmaField(GravityTarget g) {
        int d = g.lattice().dimension();
        int p = g.model().components();
        int[] shape = new int[d + 1];
        for (int mu = 0; mu < d; mu++) {
            shape[mu] = g.lattice().extent(mu) / g.blocks().extent(mu);
        }
        shape[d] = p;
        return new FieldResult(shape, g.latest().values(), "sigma (block grid x component)");
    }

    /**
     * Writes the σ of the last sweep as a {@link SigmaFieldFile} into {@code runDirectory}
     * ({@link SigmaFieldFile#FILE_NAME}, atomically) — for analyses that take
     * {@code sigma:RUN_DIR/sigma-field.txt}. Tensor model only (the file format holds σ_{μν}).
     * Called by the engine through {@link #writeRunFiles}; {@code gravity.em} writes its fixed point
     * the same way.
     */
    static void writeSigmaField(GravityTarget g, java.nio.file.Path runDirectory) throws java.io.IOException {
        SigmaFieldFile.write(runDirectory.resolve(SigmaFieldFile.FILE_NAME), g.latest().sigma());
    }

    private record Estimate(double mean, double error, double tauInt, double tauIntError) {
    }

    private static boolean constant(double[] series) {
        for (double x : series) {
            if (x != series[0]) {
                return false;
            }
        }
        return true;
    }

    /** Γ-method; a constant series is exact; where Γ fails, a binned jackknife. */
    private static Estimate estimate(double[] series) {
        if (series.length == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (constant(series)) {
            return new Estimate(series[0], 0, 0.5, 0);
        }
        try {
            GammaEstimate e = GammaMethod.analyse(series);
            return new Estimate(e.mean(), e.error(), e.tauInt(), e.tauIntError());
        } catch (IllegalArgumentException e) {
            JackknifeEstimate j = Jackknife.estimate(new double[][] {series}, x -> x[0], Math.max(1, series.length / FALLBACK_BINS));
            // τ_int from the binned error against the naive one, σ² = 2 τ_int σ_naive² (as wick.model.ebm does)
            double mean = 0;
            for (double x : series) {
                mean += x;
            }
            mean /= series.length;
            double var = 0;
            for (double x : series) {
                var += (x - mean) * (x - mean);
            }
            double naive = Math.sqrt(var / Math.max(1, series.length - 1) / series.length);
            double tau = naive > 0 ? 0.5 * Math.pow(j.error() / naive, 2) : 0.5;
            int bins = Math.min(FALLBACK_BINS, series.length);
            return new Estimate(j.value(), j.error(), tau, 2 * tau * Math.sqrt(1.0 / (2 * Math.max(1, bins - 1))));
        }
    }

    private static ScalarResult derived(double[][] primaries, java.util.function.ToDoubleFunction<double[]> f) {
        if (constant(primaries[0]) && constant(primaries[1])) {
            return new ScalarResult(f.applyAsDouble(new double[] {primaries[0][0], primaries[1][0]}), 0);
        }
        try {
            GammaEstimate e = GammaMethod.analyseDerived(primaries, f);
            return new ScalarResult(e.mean(), e.error());
        } catch (IllegalArgumentException e) {
            JackknifeEstimate j = Jackknife.estimate(primaries, f, Math.max(1, primaries[0].length / FALLBACK_BINS));
            return new ScalarResult(j.value(), j.error());
        }
    }
}
