package wick.sampler.cluster.internal;

import wick.api.model.HoppingTarget;
import wick.api.model.LocalActionTarget;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;

/**
 * One sweep = {@code clusters} Wolff single-cluster sign flips ({@link WolffCluster}) followed by
 * {@code metropolisSweeps} Metropolis sweeps ({@link Metropolis}). Each part leaves
 * {@code p ∝ e^{−S}} invariant (once the step is frozen), so the composition does; the cluster
 * flips move the signs across the critical slowdown, the Metropolis sweeps change {@code |φ|}.
 *
 * <p>{@link #acceptance()} is the Metropolis acceptance (the cluster flips are never rejected); the
 * cluster statistic is {@link #meanClusterFraction()}. Statistics count from the last
 * {@link #resetStatistics()}.
 *
 * <p>The state for checkpoints is {@code [step, frozen (0/1), proposed, accepted, clusters, sites]}:
 * the step and whether it is frozen make the resumed chain bit-identical, the counters make its
 * statistics continue.
 *
 * <p>Package-private modes for tests: {@code clusters = 0} is Metropolis alone,
 * {@code metropolisSweeps = 0} the cluster move alone (not ergodic).
 */
final class ClusterMove implements Move {
    private static final int STATE_LENGTH = 6;

    private final WolffCluster cluster;
    private final Metropolis metropolis;
    private final int clusters;
    private final int metropolisSweeps;

    ClusterMove(HoppingTarget hopping, LocalActionTarget local, int clusters, int metropolisSweeps, double step,
            double targetAcceptance) {
        this.cluster = new WolffCluster(hopping);
        this.metropolis = new Metropolis(local, step, targetAcceptance);
        this.clusters = clusters;
        this.metropolisSweeps = metropolisSweeps;
    }

    @Override
    public void sweep(double[] field, RandomStream random) {
        for (int c = 0; c < clusters; c++) {
            cluster.flip(field, random);
        }
        for (int s = 0; s < metropolisSweeps; s++) {
            metropolis.sweep(field, random);
        }
    }

    /** The Metropolis acceptance since the last reset (1 before the first proposal). */
    @Override
    public double acceptance() {
        return metropolis.acceptance();
    }

    /** The mean Wolff cluster size as a fraction of V since the last reset (NaN before the first cluster). */
    public double meanClusterFraction() {
        return cluster.meanFraction();
    }

    /** The current Metropolis step δ. */
    public double step() {
        return metropolis.step();
    }

    @Override
    public void resetStatistics() {
        metropolis.resetStatistics();
        cluster.resetStatistics();
    }

    @Override
    public void endThermalization() {
        metropolis.freeze();
    }

    @Override
    public double[] saveState() {
        return new double[] {metropolis.step(), metropolis.frozen() ? 1 : 0, metropolis.proposed(),
                metropolis.accepted(), cluster.clusters(), cluster.sites()};
    }

    @Override
    public void restoreState(double[] state) {
        if (state == null || state.length != STATE_LENGTH) {
            throw new IllegalArgumentException("cluster: a saved state has " + STATE_LENGTH
                    + " numbers [step, frozen, proposed, accepted, clusters, sites], got "
                    + (state == null ? "none" : String.valueOf(state.length)));
        }
        if (!(state[0] >= Metropolis.MIN_STEP && state[0] <= Metropolis.MAX_STEP)) {
            throw new IllegalArgumentException("cluster: the saved step " + state[0] + " is out of range");
        }
        metropolis.restore(state[0], state[1] != 0, (long) state[2], (long) state[3]);
        cluster.restoreStatistics((long) state[4], (long) state[5]);
    }

    /** One Wolff flip alone (for tests): returns the cluster size. */
    int flipOneCluster(double[] field, RandomStream random) {
        return cluster.flip(field, random);
    }
}
