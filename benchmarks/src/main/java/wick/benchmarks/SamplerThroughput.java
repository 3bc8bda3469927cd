package wick.benchmarks;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.lattice.FftGaussianSampler;
import wick.lattice.Symbols;

/**
 * Plain (non-JMH) throughput of {@link FftGaussianSampler#sample} for the side-by-side comparison
 * with NumPy ({@code compare-numpy.sh}): {@code L×L} lattice, spacing 1, {@code m² = 0.5}, one thread.
 *
 * <p>Usage: {@code java -cp benchmarks.jar wick.benchmarks.SamplerThroughput L seconds}. Warms up
 * (at least 2 s and 20 calls, so C2 has compiled the loops), then times back-to-back
 * {@code sample(...)} calls for at least {@code seconds} and prints one line
 * {@code L=<L> samples_per_second=<x>}, counting 2 samples per call.
 */
public final class SamplerThroughput {
    /** Keeps the outputs observable (defeats dead-code elimination). */
    static volatile double sink;

    private SamplerThroughput() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SamplerThroughput L seconds");
            System.exit(2);
        }
        int l = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        if (l < 2 || !(seconds > 0)) {
            System.err.println("need L >= 2 and seconds > 0, got L = " + args[0] + ", seconds = " + args[1]);
            System.exit(2);
        }
        Lattice lattice = Lattice.of(l, l);
        FftGaussianSampler sampler = new FftGaussianSampler(lattice, Symbols.euclidean(lattice, 0.5));
        RandomStream random = RandomStream.of(20240601L);
        double[] a = new double[lattice.volume()];
        double[] b = new double[lattice.volume()];

        double acc = 0;
        long warmEnd = System.nanoTime() + 2_000_000_000L;
        for (int calls = 0; calls < 20 || System.nanoTime() < warmEnd; calls++) {
            sampler.sample(random, a, b);
            acc += a[0];
        }

        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        long elapsed;
        long calls = 0;
        do {
            sampler.sample(random, a, b);
            acc += b[calls % b.length == 0 ? 0 : 1];
            calls++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        sink = acc;

        double samplesPerSecond = 2.0 * calls / (elapsed * 1e-9);
        System.out.printf(java.util.Locale.ROOT, "L=%d samples_per_second=%.2f%n", l, samplesPerSecond);
    }
}
