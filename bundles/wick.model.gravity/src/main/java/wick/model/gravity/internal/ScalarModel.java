package wick.model.gravity.internal;

import wick.api.param.ParameterException;
import wick.api.random.RandomStream;
import wick.model.gravity.Blocks;

/**
 * The rank-0 variant (PHYSICS section 4, the talk's HST slide; section 9 item 2): a scalar σ per
 * block coupled as {@code −σ φ²}, i.e. statistic {@code t = −φ²}, weight 1,
 * {@code K[σ] = K_0 + 2v diag(σ)} ({@link ScalarPrecision}), encoder
 * {@code σ_B | φ ~ N(−κ² \overline{φ²}_B, κ²/(vM))} (the block mean of φ²) truncated to
 * Ω = {@code m² + 2σ > 0}; for σ = s constant {@code ⟨t⟩ = −(1/V) Σ_k 1/K_k},
 * {@code K_k = v(Σ k̂² + m² + 2s)}. The real-σ identity gives {@code e^{+κ²φ⁴/2}} for the
 * φ-marginal, so Ω is needed here too.
 */
final class ScalarModel implements LatentModel {
    private final Blocks blocks;
    private final double m2;
    private final double kappa2;

    ScalarModel(Blocks blocks, double m2, double kappa2) {
        this.blocks = blocks;
        this.m2 = m2;
        this.kappa2 = kappa2;
    }

    @Override
    public Blocks blocks() {
        return blocks;
    }

    @Override
    public double m2() {
        return m2;
    }

    @Override
    public double kappa2() {
        return kappa2;
    }

    @Override
    public int rank() {
        return 0;
    }

    @Override
    public int components() {
        return 1;
    }

    @Override
    public String componentName(int q) {
        return "";
    }

    @Override
    public double weight(int q) {
        return 1;
    }

    /** The lower end of Ω: σ > −m²/2. */
    double face() {
        return -0.5 * m2;
    }

    @Override
    public boolean inOmega(double[] sigma, int b) {
        return m2 + 2 * sigma[b] > 0;
    }

    @Override
    public Precision precision(double[] sigma) {
        int outside = firstOutsideOmega(sigma);
        if (outside >= 0) {
            throw new ParameterException("sigma", "block " + outside, "every block in Omega: m2 + 2 sigma > 0 (rank 0)");
        }
        double[] site = new double[lattice().volume()];
        for (int n = 0; n < site.length; n++) {
            site[n] = sigma[blocks.blockOf(n)];
        }
        return new ScalarPrecision(lattice(), m2, site);
    }

    @Override
    public SiteStatistic statistic() {
        return (phi, out) -> {
            for (int n = 0; n < phi.length; n++) {
                out[n] = -phi[n] * phi[n];
            }
        };
    }

    @Override
    public LatentEncoder encoder() {
        int nb = blocks.count();
        double sd = Math.sqrt(kappa2 / (lattice().cellVolume() * blocks.size()));
        double[] t = new double[lattice().volume()];
        double[] mean = new double[nb];
        SiteStatistic statistic = statistic();
        double lo = face();
        return new LatentEncoder() {
            private long draws;
            private long rejections;

            @Override
            public void sample(double[] phi, RandomStream random, double[] sigma) {
                statistic.compute(phi, t);
                LatentModel.blockMeans(blocks, 1, t, mean);
                for (int b = 0; b < nb; b++) {
                    double m = kappa2 * mean[b];
                    draws++;
                    double x = m + sd * random.nextGaussian();
                    if (!(x > lo)) {
                        rejections++;
                        try {
                            x = TruncatedNormal.normal(random, m, sd, lo, Double.POSITIVE_INFINITY);
                        } catch (IllegalStateException e) {
                            throw new ParameterException("kappa2", String.valueOf(kappa2), "a value for which the rank-0 encoder can sample: block "
                                    + b + " (M = " + blocks.size() + "): " + e.getMessage() + "; lower kappa2 or enlarge the blocks");
                        }
                    }
                    sigma[b] = x;
                }
            }

            @Override
            public long draws() {
                return draws;
            }

            @Override
            public long rejections() {
                return rejections;
            }
        };
    }

    private double[] symbol(double[] block) {
        double mass = m2 + 2 * block[0];
        if (!(mass > 0)) {
            throw new ParameterException("sigma", String.valueOf(block[0]), "a homogeneous value > -m2/2 = " + face() + " (rank 0)");
        }
        return ScalarPrecision.symbol(lattice(), mass);
    }

    @Override
    public double[] homogeneousExpectation(double[] block) {
        double s = 0;
        for (double k : symbol(block)) {
            s += 1 / k;
        }
        return new double[] {-s / lattice().volume()};
    }

    @Override
    public double homogeneousLogDet(double[] block) {
        double s = 0;
        for (double k : symbol(block)) {
            s += Math.log(k);
        }
        return s;
    }
}
