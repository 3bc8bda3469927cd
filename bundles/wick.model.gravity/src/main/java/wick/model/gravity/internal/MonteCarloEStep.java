package wick.model.gravity.internal;

import wick.api.random.RandomStream;

/**
 * The Monte Carlo E-step for large V (PHYSICS section 4): {@code ⟨t̄_B⟩ ≈ (1/S) Σ_s t̄_B(φ_s)} with
 * S independent decoder samples {@code φ_s ~ N(0, K[σ]⁻¹)}; unbiased, error ∝ 1/√S. No log det.
 */
final class MonteCarloEStep implements EStep {
    private final LatentModel model;
    private final String solver;
    private final int samples;
    private final RandomStream random;
    private final LatentModel.SiteStatistic statistic;

    /**
     * @param solver  a {@link Decoders} name
     * @param samples S ≥ 1
     * @param random  advanced by every call
     */
    MonteCarloEStep(LatentModel model, String solver, int samples, RandomStream random) {
        this.model = model;
        this.solver = solver;
        this.samples = samples;
        this.random = random;
        this.statistic = model.statistic();
    }

    @Override
    public Expectation at(double[] sigma) {
        Decoder decoder = Decoders.create(solver, model.precision(sigma));
        int v = model.lattice().volume();
        int p = model.components();
        double[] phi = new double[v];
        double[] t = new double[v * p];
        double[] sum = new double[v * p];
        for (int s = 0; s < samples; s++) {
            decoder.sample(random, phi);
            statistic.compute(phi, t);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += t[i] / samples;
            }
        }
        double[] block = new double[model.blocks().count() * p];
        LatentModel.blockMeans(model.blocks(), p, sum, block);
        return new Expectation(block, Double.NaN);
    }
}
