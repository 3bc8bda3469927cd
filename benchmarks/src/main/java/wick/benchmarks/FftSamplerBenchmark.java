package wick.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.lattice.FftGaussianSampler;
import wick.lattice.Symbols;

/**
 * Throughput of {@link FftGaussianSampler#sample} on an {@code L×L} lattice (spacing 1,
 * {@code m² = 0.5}): one operation is one {@code sample(...)} call, i.e. <b>two</b> independent
 * samples of {@code N(0, K⁻¹)} (2V Gaussian draws, one complex inverse FFT of size V, the scaling and
 * de-interleaving loops). Samples per second = 2 × the reported ops/s.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FftSampler} (about a minute).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FftSamplerBenchmark {
    /** Linear extent: the lattice is {@code L×L}. */
    @Param({"64", "256", "1024"})
    public int L;

    private FftGaussianSampler sampler;
    private RandomStream random;
    private double[] a;
    private double[] b;

    @Setup
    public void setUp() {
        Lattice lattice = Lattice.of(L, L);
        sampler = new FftGaussianSampler(lattice, Symbols.euclidean(lattice, 0.5));
        random = RandomStream.of(20240601L);
        a = new double[lattice.volume()];
        b = new double[lattice.volume()];
    }

    /** One call = two samples; the outputs live in the state, so the call cannot be eliminated. */
    @Benchmark
    public double sample() {
        sampler.sample(random, a, b);
        return a[0] + b[b.length - 1];
    }
}
