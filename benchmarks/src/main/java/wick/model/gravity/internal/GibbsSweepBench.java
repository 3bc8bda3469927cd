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
 * Cost of one Gibbs sweep of Model 3 (PHYSICS section 4) with the {@code cg} decoder, for the
 * side-by-side comparison with the SciPy reference {@code scipy_gibbs_sweep.py}
 * ({@code gravity-scipy.sh}). A plain {@code main} (no JMH), single-threaded (JTransforms through
 * {@link Fft#useSingleThread()}); {@code L×L} lattice, spacing 1, {@code m² = 1}, symmetric T.
 *
 * <p>It sits in package {@code wick.model.gravity.internal} (a split package on the plain classpath of
 * this module) to reach the bundle's package-private classes.
 *
 * <p>One sweep = {@link GibbsSampler.GibbsMove#sweep}, the production move: the decoder
 * {@code φ | σ ~ N(0, K[σ]⁻¹)} by perturbation–optimisation (draw {@code b ~ N(0, K[σ])}, solve
 * {@code K[σ] φ = b} by FFT-preconditioned CG to relative residual 1e-10), then the exact encoder
 * {@code σ | φ} (truncated Gaussian per block).
 *
 * <p>Usage:
 * <ul>
 * <li>{@code sweep L seconds kappa2[,kappa2...] [block]}: per κ², warms up (at least 2 s and 20
 * sweeps), times back-to-back production sweeps for at least {@code seconds} (and 5 sweeps), then
 * runs as many instrumented sweeps (the same steps, timed one by one, with the CG iteration count),
 * and times the two operators a CG iteration applies. Prints one line per κ² of {@code key=value}
 * pairs: {@code ms_per_sweep} (production), {@code alloc_mb_per_sweep}, {@code cg_mean/min/max},
 * {@code rejection}, and the breakdown in ms per sweep: {@code t_ksigma} (new K[σ]),
 * {@code t_decoder} ({@code Decoders.create}: Cholesky factors, preconditioner symbol, FFT plan,
 * CG buffers), {@code t_perturb} (b), {@code t_solve} (CG), {@code t_encoder}; and µs per call
 * {@code us_kapply}, {@code us_precond}; for comparison, unpreconditioned CG on the same b
 * (not part of the sweep): {@code plain_cg_mean} iterations and {@code t_plain_solve} ms; and the
 * profile's prototypes on the same b ({@link Stencil9}, {@link RealFftPreconditioner}, checked
 * against {@link KSigma#apply}, {@link FftPreconditioner#apply} and the sweep's φ, else the run
 * fails): {@code t_proto_setup} (both rebuilt from σ; {@code t_proto_stencil} of it the stencil,
 * the rest {@code KSymbol.ofMean} and the packed inverse symbol), {@code t_proto_pcg} / {@code proto_pcg_mean}
 * (CG with both), {@code t_proto_plain} / {@code proto_plain_mean} (CG with the stencil alone),
 * {@code us_stencil}, {@code us_rfft} per call, {@code proto_check} (largest relative difference).</li>
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
            for (String k : args[3].split(",")) {
                sweep(l, seconds, Double.parseDouble(k), block);
            }
        } else if (args.length == 4 && args[0].equals("check")) {
            check(Integer.parseInt(args[1]), Double.parseDouble(args[2]), Path.of(args[3]));
        } else {
            System.err.println("usage: GibbsSweepBench sweep L seconds kappa2[,kappa2...] [block]\n"
                    + "       GibbsSweepBench check L kappa2 dir");
            System.exit(2);
        }
    }

    private static LatentGravityTarget target(int l, double kappa2, String block) {
        Lattice lattice = Lattice.of(l, l);
        return new LatentGravityTarget(Blocks.parse(lattice, block), M2, kappa2, StressOption.SYMMETRIC, Decoders.CG);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    static void sweep(int l, double seconds, double kappa2, String block) {
        LatentGravityTarget target = target(l, kappa2, block);
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
        LatentField sigma = new LatentField(target.blocks());
        System.arraycopy(target.latest().sigma().values(), 0, sigma.values(), 0, sigma.values().length);
        Encoder encoder = new Encoder(target.blocks(), M2, kappa2, StressOption.SYMMETRIC, Encoder.DEFAULT_MAX_TRIES);
        double[] scratch = new double[v];
        double[] plainField = new double[v];
        double[] protoField = new double[v];
        Stencil9 stencil = new Stencil9(lattice, M2);
        RealFftPreconditioner rfft = new RealFftPreconditioner(lattice);
        ConjugateGradient protoPcg = new ConjugateGradient(v, stencil, rfft, Decoders.CG_TOLERANCE, 10 * v + 100);
        ConjugateGradient protoPlain = new ConjugateGradient(v, stencil, null, Decoders.CG_TOLERANCE, 10 * v + 100);
        long tProtoSetup = 0;
        long tProtoStencil = 0;
        long tProtoPcg = 0;
        long tProtoPlain = 0;
        long protoPcgIterations = 0;
        long protoPlainIterations = 0;
        double protoError = 0;
        long tK = 0;
        long tDec = 0;
        long tPert = 0;
        long tSample = 0;
        long tEnc = 0;
        long tPlain = 0;
        long plainIterations = 0;
        long iterations = 0;
        int minIt = Integer.MAX_VALUE;
        int maxIt = 0;
        for (int n = 0; n < sweeps; n++) {
            long t0 = System.nanoTime();
            KSigma k = new KSigma(lattice, M2, StressOption.SYMMETRIC, sigma);
            long t1 = System.nanoTime();
            PerturbationOptimisationDecoder decoder = (PerturbationOptimisationDecoder) Decoders.create(Decoders.CG, k);
            long t2 = System.nanoTime();
            long[] state = random.state();
            decoder.perturbation(RandomStream.fromState(state), scratch); // the b that sample() draws next
            long t3 = System.nanoTime();
            decoder.sample(random, field);
            long t4 = System.nanoTime();
            // for comparison (not part of the sweep): unpreconditioned CG on the same b
            PerturbationOptimisationDecoder plain = new PerturbationOptimisationDecoder(k, false, Decoders.CG_TOLERANCE);
            long t6 = System.nanoTime();
            plain.sample(RandomStream.fromState(state), plainField);
            tPlain += System.nanoTime() - t6 - (t3 - t2);
            plainIterations += plain.iterations();
            // prototypes (not part of the sweep), same b (in scratch): the fused 9-point K[σ] and the
            // real-FFT preconditioner; their set-up from σ is what a reused decoder would redo per sweep
            long t7 = System.nanoTime();
            stencil.update(k.coefficients());
            long t7b = System.nanoTime();
            rfft.update(KSymbol.ofMean(lattice, M2, StressOption.SYMMETRIC, k.sigma()));
            long t8 = System.nanoTime();
            tProtoStencil += t7b - t7;
            protoPcg.solve(scratch, protoField);
            long t9 = System.nanoTime();
            protoPlain.solve(scratch, plainField);
            long t10 = System.nanoTime();
            tProtoSetup += t8 - t7;
            tProtoPcg += t9 - t8;
            tProtoPlain += t10 - t9;
            protoPcgIterations += protoPcg.iterations();
            protoPlainIterations += protoPlain.iterations();
            protoError = Math.max(protoError, Math.max(relativeDifference(protoField, field), relativeDifference(plainField, field)));
            long t11 = System.nanoTime();
            encoder.sample(field, random, sigma); // after the comparisons: k.sigma() is this live σ
            long t5 = System.nanoTime();
            tEnc += t5 - t11;
            tK += t1 - t0;
            tDec += t2 - t1;
            tPert += t3 - t2;
            tSample += t4 - t3;
            int it = decoder.iterations();
            iterations += it;
            minIt = Math.min(minIt, it);
            maxIt = Math.max(maxIt, it);
            acc += scratch[n % v] + field[n % v] + plainField[n % v];
        }

        // the two operators of one CG iteration, at the final σ
        KSigma k = new KSigma(lattice, M2, StressOption.SYMMETRIC, sigma);
        FftPreconditioner pre = new FftPreconditioner(lattice, KSymbol.ofMean(lattice, M2, StressOption.SYMMETRIC, sigma));
        double usK = perCall(() -> k.apply(field, scratch)) * 1e6;
        double usP = perCall(() -> pre.apply(field, scratch)) * 1e6;
        acc += scratch[0];
        stencil.update(k.coefficients());
        rfft.update(KSymbol.ofMean(lattice, M2, StressOption.SYMMETRIC, sigma));
        k.apply(field, scratch);
        stencil.apply(field, protoField);
        double stencilError = relativeDifference(protoField, scratch);
        pre.apply(field, scratch);
        rfft.apply(field, protoField);
        double rfftError = relativeDifference(protoField, scratch);
        if (!(stencilError < 1e-12 && rfftError < 1e-12 && protoError < 1e-8)) {
            throw new AssertionError("prototype operators disagree with KSigma.apply / FftPreconditioner.apply: "
                    + stencilError + ", " + rfftError + ", solutions " + protoError);
        }
        double usStencil = perCall(() -> stencil.apply(field, scratch)) * 1e6;
        double usRfft = perCall(() -> rfft.apply(field, scratch)) * 1e6;
        acc += scratch[0] + plainField[0] + protoField[0];
        sink = acc;

        double ms = 1e-6;
        System.out.printf(Locale.ROOT,
                "L=%d kappa2=%s block=%s sweeps=%d ms_per_sweep=%.3f alloc_mb_per_sweep=%.3f cg_mean=%.2f cg_min=%d cg_max=%d"
                        + " rejection=%.5f t_ksigma=%.3f t_decoder=%.3f t_perturb=%.3f t_solve=%.3f t_encoder=%.3f"
                        + " us_kapply=%.1f us_precond=%.1f plain_cg_mean=%.2f t_plain_solve=%.3f"
                        + " t_proto_setup=%.3f t_proto_stencil=%.3f t_proto_pcg=%.3f proto_pcg_mean=%.2f t_proto_plain=%.3f proto_plain_mean=%.2f"
                        + " us_stencil=%.1f us_rfft=%.1f proto_check=%.1e%n",
                l, kappa2, block, sweeps, elapsed * ms / sweeps, bytes / 1048576.0 / sweeps, (double) iterations / sweeps, minIt, maxIt,
                rejection / sweeps, tK * ms / sweeps, tDec * ms / sweeps, tPert * ms / sweeps, (tSample - tPert) * ms / sweeps,
                tEnc * ms / sweeps, usK, usP, (double) plainIterations / sweeps, tPlain * ms / sweeps,
                tProtoSetup * ms / sweeps, tProtoStencil * ms / sweeps, tProtoPcg * ms / sweeps, (double) protoPcgIterations / sweeps,
                tProtoPlain * ms / sweeps, (double) protoPlainIterations / sweeps, usStencil, usRfft,
                Math.max(Math.max(stencilError, rfftError), protoError));
    }

    private static double relativeDifference(double[] u, double[] ref) {
        double d = 0;
        double r = 0;
        for (int i = 0; i < u.length; i++) {
            d += (u[i] - ref[i]) * (u[i] - ref[i]);
            r += ref[i] * ref[i];
        }
        return Math.sqrt(d / r);
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
        LatentGravityTarget target = target(l, kappa2, "2x2");
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

    /**
     * Prototype (for the profile, not used by the sweep): {@code K[σ]} of the symmetric option in D = 2
     * as one fused pass over a 9-point stencil, {@code out_n = Σ_o s_o(n) in_{n+o}}, offsets
     * {@code o ∈ {−1, 0, 1}²}, coefficients interleaved per site. From the expanded form (PHYSICS 4,
     * {@link KSigma}), with {@code c = c(n)}, {@code c^{±μ} = c(n ± μ̂)}, all times v:
     * centre {@code m² w + Σ_μ (c_μμ^{−μ} + 2c_μμ + c_μμ^{+μ}) / (2a_μ²)};
     * {@code ±μ̂}: {@code −(c_μμ + c_μμ^{±μ}) / (2a_μ²)};
     * {@code ±(0̂ + 1̂)}: {@code −(c_01^{±0} + c_01^{±1}) / (4a_0a_1)};
     * {@code ±(0̂ − 1̂)}: {@code +(c_01^{±0} + c_01^{∓1}) / (4a_0a_1)}.
     * Needs {@code N_μ ≥ 3} (no aliased offsets). Checked against {@link KSigma#apply} on every run.
     */
    static final class Stencil9 implements LinearOperator {
        private final int n0;
        private final int n1;
        private final double m2;
        private final double cell;
        private final double a0;
        private final double a1;
        private final double[] s;

        Stencil9(Lattice lattice, double m2) {
            if (lattice.dimension() != 2 || lattice.extent(0) < 3 || lattice.extent(1) < 3) {
                throw new IllegalArgumentException("the 9-point prototype needs D = 2 and N_mu >= 3");
            }
            this.n0 = lattice.extent(0);
            this.n1 = lattice.extent(1);
            this.m2 = m2;
            this.cell = lattice.cellVolume();
            this.a0 = lattice.spacing(0);
            this.a1 = lattice.spacing(1);
            this.s = new double[9 * n0 * n1];
        }

        private int site(int i0, int i1) {
            return Math.floorMod(i0, n0) * n1 + Math.floorMod(i1, n1);
        }

        /** Rebuilds the coefficients from {@code c(n)} (row-major 2×2 per site) and {@code w(n)}. */
        void update(wick.model.gravity.SiteCoefficients coeff) {
            double[] c = coeff.c;
            double[] w = coeff.w;
            double h0 = 0.5 * cell / (a0 * a0);
            double h1 = 0.5 * cell / (a1 * a1);
            double q = 0.25 * cell / (a0 * a1);
            for (int i0 = 0; i0 < n0; i0++) {
                for (int i1 = 0; i1 < n1; i1++) {
                    int n = i0 * n1 + i1;
                    int p0 = site(i0 + 1, i1);
                    int m0 = site(i0 - 1, i1);
                    int p1 = site(i0, i1 + 1);
                    int m1 = site(i0, i1 - 1);
                    double c00 = c[4 * n];
                    double c11 = c[4 * n + 3];
                    int o = 9 * n; // offsets (d0, d1) in row-major order: o + 3(d0 + 1) + (d1 + 1)
                    s[o + 4] = cell * m2 * w[n] + h0 * (c[4 * m0] + 2 * c00 + c[4 * p0]) + h1 * (c[4 * m1 + 3] + 2 * c11 + c[4 * p1 + 3]);
                    s[o + 7] = -h0 * (c00 + c[4 * p0]);
                    s[o + 1] = -h0 * (c00 + c[4 * m0]);
                    s[o + 5] = -h1 * (c11 + c[4 * p1 + 3]);
                    s[o + 3] = -h1 * (c11 + c[4 * m1 + 3]);
                    s[o + 8] = -q * (c[4 * p0 + 1] + c[4 * p1 + 1]);
                    s[o] = -q * (c[4 * m0 + 1] + c[4 * m1 + 1]);
                    s[o + 6] = q * (c[4 * p0 + 1] + c[4 * m1 + 1]);
                    s[o + 2] = q * (c[4 * m0 + 1] + c[4 * p1 + 1]);
                }
            }
        }

        @Override
        public void apply(double[] in, double[] out) {
            for (int i0 = 0; i0 < n0; i0++) {
                int r = i0 * n1;
                int u = (i0 == n0 - 1 ? 0 : i0 + 1) * n1;
                int d = (i0 == 0 ? n0 - 1 : i0 - 1) * n1;
                for (int i1 = 0; i1 < n1; i1++) {
                    int l = i1 == 0 ? n1 - 1 : i1 - 1;
                    int x = i1 == n1 - 1 ? 0 : i1 + 1;
                    int o = 9 * (r + i1);
                    out[r + i1] = s[o] * in[d + l] + s[o + 1] * in[d + i1] + s[o + 2] * in[d + x]
                            + s[o + 3] * in[r + l] + s[o + 4] * in[r + i1] + s[o + 5] * in[r + x]
                            + s[o + 6] * in[u + l] + s[o + 7] * in[u + i1] + s[o + 8] * in[u + x];
                }
            }
        }
    }

    /**
     * Prototype (for the profile, not used by the sweep): {@link FftPreconditioner} through JTransforms'
     * real 2-D transform, {@code z = F⁻¹(F r / K_k)} with {@code DoubleFFT_2D.realForward} /
     * {@code realInverse} on a V-element buffer instead of a complex transform of 2V. For an even real
     * symbol ({@code K_k = K_{−k}}, as every σ̄ symbol is) each entry of the packed half spectrum, a real
     * or imaginary part of {@code F r} at k or −k, is divided by {@code K_k}; the packed layout is
     * JTransforms' (rows and columns even). Checked against {@link FftPreconditioner#apply} on every run.
     */
    static final class RealFftPreconditioner implements LinearOperator {
        private final int rows;
        private final int cols;
        private final org.jtransforms.fft.DoubleFFT_2D fft;
        private final double[] inverse;
        private final double[] buffer;

        RealFftPreconditioner(Lattice lattice) {
            this.rows = lattice.extent(0);
            this.cols = lattice.extent(1);
            if (lattice.dimension() != 2 || rows % 2 != 0 || cols % 2 != 0) {
                throw new IllegalArgumentException("the real-FFT prototype needs D = 2 and even extents");
            }
            this.fft = new org.jtransforms.fft.DoubleFFT_2D(rows, cols);
            this.inverse = new double[rows * cols];
            this.buffer = new double[rows * cols];
        }

        /** Sets {@code 1/K_k} in packed order; {@code symbol} in field layout (k at site index). */
        void update(double[] symbol) {
            int h = cols / 2;
            for (int k1 = 0; k1 < rows; k1++) {
                for (int k2 = 1; k2 < h; k2++) {
                    double x = 1 / symbol[k1 * cols + k2];
                    inverse[k1 * cols + 2 * k2] = x;
                    inverse[k1 * cols + 2 * k2 + 1] = x;
                }
            }
            for (int k1 = 1; k1 < rows / 2; k1++) {
                double x = 1 / symbol[k1 * cols];
                inverse[k1 * cols] = x;
                inverse[k1 * cols + 1] = x;
                double y = 1 / symbol[k1 * cols + h];
                inverse[(rows - k1) * cols] = y;
                inverse[(rows - k1) * cols + 1] = y;
            }
            inverse[0] = 1 / symbol[0];
            inverse[1] = 1 / symbol[h];
            inverse[(rows / 2) * cols] = 1 / symbol[(rows / 2) * cols];
            inverse[(rows / 2) * cols + 1] = 1 / symbol[(rows / 2) * cols + h];
        }

        @Override
        public void apply(double[] in, double[] out) {
            System.arraycopy(in, 0, buffer, 0, buffer.length);
            fft.realForward(buffer);
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] *= inverse[i];
            }
            fft.realInverse(buffer, true);
            System.arraycopy(buffer, 0, out, 0, out.length);
        }
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
