package @PACKAGE@.internal;

import wick.api.model.LocalActionTarget;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;

/**
 * One sweep: the sites in index order, at each a proposal {@code y = x + σ ξ} (ξ from
 * {@code random.nextGaussian()}), accepted when {@code ΔS ≤ 0} or {@code r < e^{−ΔS}} (r from
 * {@code random.nextDouble()}, drawn only when ΔS > 0). The proposal density is symmetric in x and y,
 * so accepting with {@code min(1, e^{−ΔS})} gives detailed balance for each site's conditional and
 * the sweep leaves {@code p ∝ e^{−S}} invariant. State for checkpoints: the accepted and proposed counts.
 */
final class RandomWalkMove implements Move {
    private final LocalActionTarget target;
    private final double sigma;
    private long accepted;
    private long proposed;

    RandomWalkMove(LocalActionTarget target, double sigma) {
        this.target = target;
        this.sigma = sigma;
    }

    @Override
    public void sweep(double[] field, RandomStream random) {
        for (int site = 0; site < field.length; site++) {
            double y = field[site] + sigma * random.nextGaussian();
            double dS = target.localActionChange(field, site, y);
            if (dS <= 0 || random.nextDouble() < Math.exp(-dS)) {
                field[site] = y;
                accepted++;
            }
        }
        proposed += field.length;
    }

    @Override
    public double acceptance() {
        return proposed == 0 ? 1.0 : (double) accepted / proposed;
    }

    @Override
    public void resetStatistics() {
        accepted = 0;
        proposed = 0;
    }

    @Override
    public double[] saveState() {
        return new double[] {accepted, proposed};
    }

    @Override
    public void restoreState(double[] state) {
        if (state.length != 2 || !(state[0] >= 0 && state[0] <= state[1])) {
            throw new IllegalArgumentException(RandomWalkSampler.ID + ": a state is 2 numbers, accepted ≤ proposed; got "
                    + java.util.Arrays.toString(state));
        }
        accepted = (long) state[0];
        proposed = (long) state[1];
    }
}
