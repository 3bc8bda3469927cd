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
import wick.model.ebm.Phi4Target;

/**
 * Where the HMC time goes (see {@code compare-c.sh}): one pass over an {@code L×L} φ⁴ field
 * ({@code m² = −0.5}, {@code λ = 2.4}, a thermal-sized Gaussian field) by
 * <ul>
 * <li>{@link #wickActionAndForce}: Wick's {@link Phi4Target#actionAndForce}, the call the leapfrog
 * makes once per step (generic loop over the directions, {@code int[][]} neighbour tables);</li>
 * <li>{@link #hoisted2d}: the same action and force written for D = 2 with the four neighbour
 * tables in locals and the direction loop unrolled (a local copy, for comparison only);</li>
 * <li>{@link #fusedForceKick}: the force consumed by the kick {@code π += ε F} in the same pass, no
 * action, as the C reference's leapfrog does;</li>
 * <li>{@link #drift} and {@link #kick}: the leapfrog's other two passes as Wick does them;</li>
 * <li>{@link #momenta}: the momentum refresh, V draws of {@code RandomStream.nextGaussian()} (once per
 * trajectory).</li>
 * </ul>
 * Average time per call; divide by {@code V = L²} for ns per site.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Phi4Force} (about 1.5 minutes).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class Phi4ForceBenchmark {
    /** Linear extent: the lattice is {@code L×L}. */
    @Param({"64", "256"})
    public int L;

    private Phi4Target target;
    private double[] phi;
    private double[] pi;
    private double[] force;
    private int[] up0;
    private int[] up1;
    private int[] down0;
    private int[] down1;
    private double[] source;
    private double quadratic;
    private double quartic;
    private RandomStream random;

    @Setup
    public void setUp() {
        Lattice lattice = Lattice.of(L, L);
        target = new Phi4Target(lattice, SamplerCost.M2, SamplerCost.LAMBDA, null);
        int v = lattice.volume();
        phi = new double[v];
        pi = new double[v];
        force = new double[v];
        RandomStream r = RandomStream.of(1);
        for (int n = 0; n < v; n++) {
            phi[n] = 0.8 * r.nextGaussian();
            pi[n] = r.nextGaussian();
        }
        up0 = lattice.up(0);
        up1 = lattice.up(1);
        down0 = lattice.down(0);
        down1 = lattice.down(1);
        source = new double[v];
        quadratic = 2 + 0.5 * SamplerCost.M2;
        quartic = SamplerCost.LAMBDA / 24;
        random = RandomStream.of(2);
    }

    @Benchmark
    public double wickActionAndForce() {
        return target.actionAndForce(phi, force);
    }

    @Benchmark
    public double hoisted2d() {
        double[] f = phi;
        double[] out = force;
        int[] u0 = up0;
        int[] u1 = up1;
        int[] d0 = down0;
        int[] d1 = down1;
        double[] j = source;
        double a = quadratic;
        double b = quartic;
        double s = 0;
        for (int n = 0; n < f.length; n++) {
            double x = f[n];
            double x2 = x * x;
            double hopUp = f[u0[n]] + f[u1[n]];
            double hopBoth = hopUp + f[d0[n]] + f[d1[n]];
            s += a * x2 + b * x2 * x2 - j[n] * x - x * hopUp;
            out[n] = hopBoth - 2 * a * x - 4 * b * x2 * x + j[n];
        }
        return s;
    }

    /** {@code π += ε F(φ)} with ε tiny, so that the field state stays put across calls. */
    @Benchmark
    public double fusedForceKick() {
        double[] f = phi;
        double[] p = pi;
        int[] u0 = up0;
        int[] u1 = up1;
        int[] d0 = down0;
        int[] d1 = down1;
        double a = quadratic;
        double b = quartic;
        double eps = 1e-12;
        for (int n = 0; n < f.length; n++) {
            double x = f[n];
            p[n] += eps * (f[u0[n]] + f[u1[n]] + f[d0[n]] + f[d1[n]] - 2 * a * x - 4 * b * x * x * x);
        }
        return p[0];
    }

    /** The drift as Wick's UnitKinetic does it ({@code φ += ε π}). */
    @Benchmark
    public double drift() {
        double[] f = phi;
        double[] p = pi;
        for (int n = 0; n < f.length; n++) {
            f[n] += 1e-12 * p[n];
        }
        return f[0];
    }

    /** The kick as Wick's Leapfrog does it ({@code π += ε F}, F from the force array). */
    @Benchmark
    public double kick() {
        double[] p = pi;
        double[] f = force;
        for (int n = 0; n < p.length; n++) {
            p[n] += 1e-12 * f[n];
        }
        return p[0];
    }

    /** The momentum refresh as Wick's UnitKinetic does it. */
    @Benchmark
    public double momenta() {
        double[] p = pi;
        for (int n = 0; n < p.length; n++) {
            p[n] = random.nextGaussian();
        }
        return p[0];
    }
}
