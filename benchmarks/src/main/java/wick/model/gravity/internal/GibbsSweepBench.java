package wick.model.gravity.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.lattice.Fft;
import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;
import wick.model.gravity.StressTensor;

/**
 * Cost of one Gibbs sweep of Model 3 (PHYSICS section 4) with a CG decoder ({@code cg} or
 * {@code cg-jacobi}), for the side-by-side comparison with the SciPy reference
 * {@code scipy_gibbs_sweep.py} ({@code gravity-scipy.sh}). A plain {@code main} (no JMH),
 * single-threaded (JTransforms through {@link Fft#useSingleThread()}); {@code L×L} lattice, spacing 1,
 * {@code m² = 1}, symmetric T.
 *
 * <p>It sits in package {@code wick.model.gravity.internal} (a split package on the plain classpath of
 * this module) to reach the bundle's package-private classes.
 *
 * <p>One sweep = {@link GibbsSampler.GibbsMove#sweep}, the production move: the decoder
 * {@code φ | σ ~ N(0, K[σ]⁻¹)} by perturbation–optimisation (draw {@code b ~ N(0, K[σ])}, solve
 * {@code K[σ] φ = b} by preconditioned CG to relative residual 1e-10, one decoder rebound to each new
 * K), then the exact encoder {@code σ | φ} (truncated Gaussian per block).
 *
 * <p>Usage:
 * <ul>
 * <li>{@code sweep L seconds kappa2[,kappa2...] [block [solver]]}: per κ², warms up (at least 2 s and
 * 20 sweeps), times back-to-back production sweeps for at least {@code seconds} (and 5 sweeps), then
 * runs as many instrumented sweeps (the same steps, timed one by one), and times the operators.
 * Prints one line per κ² of {@code key=value} pairs: {@code ms_per_sweep} (production),
 * {@code alloc_mb_per_sweep}, {@code cg_mean/min/max}, {@code rejection}, and the breakdown in ms per
 * sweep: {@code t_precision} (K[σ]: stencil, Cholesky factors), {@code t_bind} (the decoder takes the
 * new K), {@code t_perturb} (b), {@code t_solve} (CG), {@code t_encoder}; µs per call
 * {@code us_kapply}, {@code us_precond} (FFT preconditioner), {@code us_perturb}; and, not part of
 * the sweep, the four CG variants on the same b: {@code none/fft/jacobi/ssor_cg_mean} iterations and
 * {@code t_none/fft/jacobi/ssor_solve} ms.</li>
 * <li>{@code check L kappa2 dir}: thermalises 30 sweeps, then for that σ writes σ, one perturbation
 * b, the CG solution φ = K⁻¹b of the production decoder (the same b: the stream is replayed), a
 * test vector x with K x, and κ²T̄ of φ to text files in {@code dir} for the SciPy cross-check.</li>
 * </ul>
 */
public final class GibbsSweepBench {
    static final double M2 = 1.0;
    static final long SEED = 20240601L;
    /** Keeps results observable (defeats dead-code elimination). */
    static volatile double sink;

    private GibbsSweepBench() {
    }

    public static void main(String[] args) throws IOException {
        Fft.useSingleThread();
        if (args.length >= 4 && args[0].equals("sweep")) {
            int l = Integer.parseInt(args[1]);
            double seconds = Double.parseDouble(args[2]);
            String block = args.length >= 5 ? args[4] : "2x2";
            String solver = args.length >= 6 ? args[5] : Decoders.CG;
            for (String k : args[3].split(",")) {
                sweep(l, seconds, Double.parseDouble(k), block, solver);
            }
        } else if (args.length == 4 && args[0].equals("check")) {
            check(Integer.parseInt(args[1]), Double.parseDouble(args[2]), Path.of(args[3]));
        } else {
            System.err.println("usage: GibbsSweepBench sweep L seconds kappa2[,kappa2...] [block [solver]]\n"
                    + "       GibbsSweepBench check L kappa2 dir");
            System.exit(2);
        }
    }

    private static LatentGravityTarget target(int l, double kappa2, String block, String solver) {
        Lattice lattice = Lattice.of(l, l);
        return new LatentGravityTarget(Blocks.parse(lattice, block), M2, kappa2, StressOption.SYMMETRIC, solver);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    static void sweep(int l, double seconds, double kappa2, String block, String solver) {
        LatentGravityTarget target = target(l, kappa2, block, solver);
        Lattice lattice = target.lattice();
        int v = lattice.volume();
        GibbsSampler.GibbsMove move = new GibbsSampler.GibbsMove(target);
        RandomStream random = RandomStream.of(SEED);
        double[] field = new double[v];
        double acc = 0;

        long warmEnd = System.nanoTime() + 2_000_000_000L;
        for (int n = 0; n < 20 || System.nanoTime() < warmEnd; n++) {
            move.sweep(field, random);
            acc += field[0];
        }

        // production sweeps
        long budget = (long) (seconds * 1e9);
        long a0 = allocated();
        long start = System.nanoTime();
        long elapsed;
        int sweeps = 0;
        double rejection = 0;
        do {
            move.sweep(field, random);
            rejection += target.latest().rejectionRate();
            acc += field[sweeps % v];
            sweeps++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget || sweeps < 5);
        long bytes = allocated() - a0;

        // instrumented replica of the same sweep, from the chain's current σ
        LatentModel model = target.model();
        double[] sigma = target.latest().values().clone();
        LatentModel.LatentEncoder encoder = model.encoder();
        double[] scratch = new double[v];
        double[] other = new double[v];
        Decoder decoder = null;
        Precision previous = null;
        // for comparison, on the same b: the four CG variants (one of them is the production solver)
        PerturbationOptimisationDecoder.Preconditioning[] kinds = PerturbationOptimisationDecoder.Preconditioning.values();
        PerturbationOptimisationDecoder[] variants = new PerturbationOptimisationDecoder[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            variants[i] = new PerturbationOptimisationDecoder(lattice, kinds[i], Decoders.CG_TOLERANCE);
        }
        long[] tVariant = new long[kinds.length];
        long[] itVariant = new long[kinds.length];
        long tPrecision = 0;
        long tBind = 0;
        long tPert = 0;
        long tSample = 0;
        long tEnc = 0;
        long iterations = 0;
        int minIt = Integer.MAX_VALUE;
        int maxIt = 0;
        for (int n = 0; n < sweeps; n++) {
            long t0 = System.nanoTime();
            Precision k = model.precision(sigma, previous);
            previous = k;
            long t1 = System.nanoTime();
            decoder = Decoders.reuse(solver, k, decoder);
            long t2 = System.nanoTime();
            long[] state = random.state();
            k.perturbation(RandomStream.fromState(state), scratch); // the b that sample() draws next
            long t3 = System.nanoTime();
            decoder.sample(random, field);
            long t4 = System.nanoTime();
            for (int i = 0; i < kinds.length; i++) {
                long t6 = System.nanoTime();
                variants[i].bind(k);
                variants[i].sample(RandomStream.fromState(state), other);
                tVariant[i] += System.nanoTime() - t6 - (t3 - t2);
                itVariant[i] += variants[i].iterations();
                acc += other[n % v];
            }
            long t11 = System.nanoTime();
            encoder.sample(field, random, sigma);
            long t5 = System.nanoTime();
            tEnc += t5 - t11;
            tPrecision += t1 - t0;
            tBind += t2 - t1;
            tPert += t3 - t2;
            tSample += t4 - t3;
            int it = ((PerturbationOptimisationDecoder) decoder).iterations();
            iterations += it;
            minIt = Math.min(minIt, it);
            maxIt = Math.max(maxIt, it);
            acc += scratch[n % v] + field[n % v];
        }

        // the operators of one CG iteration and the perturbation, at the final σ
        Precision k = model.precision(sigma);
        FftPreconditioner pre = new FftPreconditioner(lattice, k.meanSymbol());
        double usK = perCall(() -> k.apply(field, scratch)) * 1e6;
        double usP = perCall(() -> pre.apply(field, scratch)) * 1e6;
        double usB = perCall(() -> k.perturbation(random, scratch)) * 1e6;
        acc += scratch[0];
        sink = acc;

        double ms = 1e-6;
        StringBuilder variantFields = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            String name = kinds[i].name().toLowerCase(Locale.ROOT);
            variantFields.append(String.format(Locale.ROOT, " %s_cg_mean=%.2f t_%s_solve=%.3f", name, (double) itVariant[i] / sweeps, name, tVariant[i] * ms / sweeps));
        }
        System.out.printf(Locale.ROOT,
                "L=%d kappa2=%s block=%s solver=%s sweeps=%d ms_per_sweep=%.3f alloc_mb_per_sweep=%.3f cg_mean=%.2f cg_min=%d cg_max=%d"
                        + " rejection=%.5f t_precision=%.3f t_bind=%.3f t_perturb=%.3f t_solve=%.3f t_encoder=%.3f"
                        + " us_kapply=%.1f us_precond=%.1f us_perturb=%.1f%s%n",
                l, kappa2, block, solver, sweeps, elapsed * ms / sweeps, bytes / 1048576.0 / sweeps, (double) iterations / sweeps, minIt, maxIt,
                rejection / sweeps, tPrecision * ms / sweeps, tBind * ms / sweeps, tPert * ms / sweeps, (tSample - tPert) * ms / sweeps,
                tEnc * ms / sweeps, usK, usP, usB, variantFields);
    }

    /** Seconds per call: at least 0.3 s and 20 calls, after as many calls of warm-up. */
    private static double perCall(Runnable r) {
        for (int phase = 0; phase < 2; phase++) {
            long start = System.nanoTime();
            long end = start + 300_000_000L;
            int calls = 0;
            long now;
            do {
                r.run();
                calls++;
                now = System.nanoTime();
            } while (calls < 20 || now < end);
            if (phase == 1) {
                return (now - start) * 1e-9 / calls;
            }
        }
        throw new AssertionError();
    }

    static void check(int l, double kappa2, Path dir) throws IOException {
        LatentGravityTarget target = target(l, kappa2, "2x2", Decoders.CG);
        Lattice lattice = target.lattice();
        int v = lattice.volume();
        GibbsSampler.GibbsMove move = new GibbsSampler.GibbsMove(target);
        RandomStream random = RandomStream.of(SEED);
        double[] phi = new double[v];
        for (int n = 0; n < 30; n++) {
            move.sweep(phi, random);
        }
        LatentField sigma = new LatentField(target.blocks());
        System.arraycopy(target.latest().sigma().values(), 0, sigma.values(), 0, sigma.values().length);

        KSigma k = new KSigma(lattice, M2, StressOption.SYMMETRIC, sigma);
        PerturbationOptimisationDecoder decoder = (PerturbationOptimisationDecoder) Decoders.create(Decoders.CG, k);
        double[] b = new double[v];
        decoder.perturbation(RandomStream.fromState(random.state()), b);
        decoder.sample(random, phi);
        double[] kphi = new double[v];
        k.apply(phi, kphi);
        double r2 = 0;
        double b2 = 0;
        for (int i = 0; i < v; i++) {
            r2 += (b[i] - kphi[i]) * (b[i] - kphi[i]);
            b2 += b[i] * b[i];
        }

        double[] x = new double[v];
        for (int i = 0; i < v; i++) {
            x[i] = random.nextGaussian();
        }
        double[] kx = new double[v];
        k.apply(x, kx);

        int p = LatentField.components(2);
        double[] t = new double[v * p];
        new StressTensor(lattice, M2, StressOption.SYMMETRIC).compute(phi, t);
        double[] tbar = new double[target.blocks().count() * p];
        StressTensor.blockMeans(target.blocks(), t, tbar);
        for (int i = 0; i < tbar.length; i++) {
            tbar[i] *= kappa2;
        }

        Files.createDirectories(dir);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("meta.txt"), StandardCharsets.UTF_8))) {
            w.printf(Locale.ROOT, "L=%d%nm2=%s%nkappa2=%s%nblock=2x2%n", l, M2, kappa2);
        }
        write(dir.resolve("sigma.txt"), sigma.values());
        write(dir.resolve("b.txt"), b);
        write(dir.resolve("phi.txt"), phi);
        write(dir.resolve("x.txt"), x);
        write(dir.resolve("kx.txt"), kx);
        write(dir.resolve("kappa2_tbar.txt"), tbar);
        System.out.printf(Locale.ROOT, "java: L=%d kappa2=%s cg_iterations=%d relative_residual=%.3e (recomputed %.3e) sigma_in_omega=%s%n",
                l, kappa2, decoder.iterations(), decoder.residual(), Math.sqrt(r2 / b2), sigma.inOmega());
    }

    /** One value per line, {@link Double#toString} (round-trips exactly). */
    private static void write(Path file, double[] values) throws IOException {
        StringBuilder s = new StringBuilder(values.length * 24);
        for (double x : values) {
            s.append(x).append('\n');
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }
}
