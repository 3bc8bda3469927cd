package wick.benchmarks;

import java.util.Locale;
import java.util.Map;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.model.ebm.Phi4Target;
import wick.sampler.hmc.internal.HmcSampler;
import wick.sampler.local.internal.MetropolisSampler;

/**
 * Plain (non-JMH) cost of Wick's two φ⁴ update kernels, for the side-by-side comparison with the C
 * reference {@code c/phi4_reference.c} ({@code compare-c.sh}): {@link Phi4Target} on an {@code L×L}
 * lattice, spacing 1, {@code m² = −0.5}, {@code λ = 2.4}, no source, one thread, the real sampler
 * moves bound as the workbench binds them ({@code Sampler.bind(target, parameters)}).
 *
 * <ul>
 * <li>{@code metropolis}: the {@code metropolis} sampler's move with {@code step = 1} (one hit),
 * frozen at once ({@code endThermalization()}), so δ = 1 throughout, as in C. Cost = ns per site
 * update = time / (sweeps · V · hits).</li>
 * <li>{@code hmc}: the {@code hmc} sampler's move with {@code steps = 10}, {@code stepSize = 0.1},
 * {@code adaptStepSize = false}; one sweep = one trajectory. Cost = ns per site per leapfrog step =
 * time / (trajectories · steps · V), <b>the whole trajectory included</b>: the start's action and
 * force, the momentum refresh (V Gaussians), the kinetic energies, the field copy, the
 * accept/reject and the restore on rejection. The field is first thermalised (not timed) by 200
 * {@code metropolis} sweeps: from the cold start a fixed-ε trajectory is far from equilibrium, ΔH
 * grows like ε²V and almost every trajectory would be rejected.</li>
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks.jar wick.benchmarks.SamplerCost metropolis|hmc L seconds}.
 * Warms up (at least 2 s and 20 sweeps: C2 compilation and thermalisation), then times back-to-back
 * sweeps for at least {@code seconds} and prints one line
 * {@code L=<L> ns_per_site=<x> acceptance=<a>} (acceptance per proposal, or per trajectory), the
 * format of the C reference. Seed 20240601 (the C reference seeds its xoshiro256++ the same way, so
 * its Metropolis chain is this one).
 */
public final class SamplerCost {
    static final double M2 = -0.5;
    static final double LAMBDA = 2.4;
    static final double METROPOLIS_STEP = 1.0;
    static final int HMC_STEPS = 10;
    static final double HMC_STEP_SIZE = 0.1;
    static final int PRETHERMALISATION = 200;
    static final long SEED = 20240601L;

    /** Keeps the field observable (defeats dead-code elimination). */
    static volatile double sink;

    private SamplerCost() {
    }

    public static void main(String[] args) {
        if (args.length != 3 || !(args[0].equals("metropolis") || args[0].equals("hmc"))) {
            System.err.println("usage: SamplerCost metropolis|hmc L seconds");
            System.exit(2);
        }
        boolean hmc = args[0].equals("hmc");
        int l = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        if (l < 3 || !(seconds > 0)) {
            System.err.println("need L >= 3 and seconds > 0, got L = " + args[1] + ", seconds = " + args[2]);
            System.exit(2);
        }
        Lattice lattice = Lattice.of(l, l);
        Phi4Target target = new Phi4Target(lattice, M2, LAMBDA, null);
        RandomStream random = RandomStream.of(SEED);
        double[] field = new double[lattice.volume()];

        Move metropolis = metropolis(target);
        Move move;
        if (hmc) {
            for (int k = 0; k < PRETHERMALISATION; k++) {
                metropolis.sweep(field, random);
            }
            move = hmc(target);
        } else {
            move = metropolis;
        }

        long warmEnd = System.nanoTime() + 2_000_000_000L;
        for (int sweeps = 0; sweeps < 20 || System.nanoTime() < warmEnd; sweeps++) {
            move.sweep(field, random);
        }
        move.resetStatistics();

        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        long elapsed;
        long sweeps = 0;
        do {
            move.sweep(field, random);
            sweeps++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        sink = field[0];

        double updates = (double) sweeps * lattice.volume() * (hmc ? HMC_STEPS : 1);
        System.out.printf(Locale.ROOT, "L=%d ns_per_site=%.4f acceptance=%.4f%n", l, elapsed / updates, move.acceptance());
    }

    /** Wick's {@code metropolis} move, δ = 1, one hit, tuning frozen. */
    static Move metropolis(Phi4Target target) {
        Move m = new MetropolisSampler().bind(target, Parameters.of(Map.of("step", METROPOLIS_STEP, "hits", 1)));
        m.endThermalization();
        return m;
    }

    /** Wick's {@code hmc} move, 10 steps of 0.1, no adaptation. */
    static Move hmc(Phi4Target target) {
        return new HmcSampler().bind(target,
                Parameters.of(Map.of("steps", HMC_STEPS, "stepSize", HMC_STEP_SIZE, "adaptStepSize", false)));
    }
}
