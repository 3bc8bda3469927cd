package wick.model.gravity.internal;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.random.RandomStream;
import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;
import wick.model.gravity.StressTensor;

/**
 * Model 3 proper (PHYSICS section 4): σ_{μν} on blocks coupled to the stress tensor T_{μν},
 * {@code w = 1} on the diagonal and 2 off it, {@code K[σ]} of {@link KSigma}, the encoder of
 * {@link Encoder}, and for σ constant the symbol formulas
 * {@code ⟨X_μμ⟩ = (1/V) Σ_k k̂_μ²/K_k}, {@code ⟨X_μν⟩ = (1/V) Σ_k f_μν(k)/K_k},
 * {@code ⟨φ²⟩ = (1/V) Σ_k 1/K_k}, {@code ⟨T_μν⟩ = ⟨X_μν⟩ − ½ δ_μν (Σ_ρ ⟨X_ρρ⟩ + m² ⟨φ²⟩)}.
 */
final class TensorModel implements LatentModel {
    private final Blocks blocks;
    private final double m2;
    private final double kappa2;
    private final StressOption stress;
    private final int d;
    private final int p;

    TensorModel(Blocks blocks, double m2, double kappa2, StressOption stress) {
        this.blocks = blocks;
        this.m2 = m2;
        this.kappa2 = kappa2;
        this.stress = stress;
        this.d = blocks.lattice().dimension();
        this.p = LatentField.components(d);
    }

    StressOption stress() {
        return stress;
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
        return 2;
    }

    @Override
    public int components() {
        return p;
    }

    @Override
    public String componentName(int q) {
        return LatentField.componentName(d, q);
    }

    @Override
    public double weight(int q) {
        String name = componentName(q);
        return name.charAt(0) == name.charAt(1) ? 1 : 2;
    }

    /** σ as a {@link LatentField} (a copy). */
    LatentField field(double[] sigma) {
        LatentField f = new LatentField(blocks);
        System.arraycopy(sigma, 0, f.values(), 0, f.values().length);
        return f;
    }

    @Override
    public boolean inOmega(double[] sigma, int b) {
        return LatentField.inOmega(sigma, d, b);
    }

    @Override
    public Precision precision(double[] sigma) {
        return precision(sigma, null);
    }

    @Override
    public Precision precision(double[] sigma, Precision recycled) {
        int outside = firstOutsideOmega(sigma);
        if (outside >= 0) {
            throw new ParameterException("sigma", "block " + outside,
                    "every block in Omega: c = (1 + tr sigma) I - 2 sigma positive definite and 1 + tr sigma > 0");
        }
        TensorPrecision old = recycled instanceof TensorPrecision t && t.operator().sigma().blocks() == blocks
                && t.operator().option() == stress ? t : null;
        KSigma k = new KSigma(lattice(), m2, stress, field(sigma), old == null ? null : old.operator());
        return new TensorPrecision(k, old);
    }

    @Override
    public SiteStatistic statistic() {
        return new StressTensor(lattice(), m2, stress)::compute;
    }

    @Override
    public LatentEncoder encoder() {
        Encoder encoder = new Encoder(blocks, m2, kappa2, stress, Encoder.DEFAULT_MAX_TRIES);
        LatentField work = new LatentField(blocks);
        return new LatentEncoder() {
            @Override
            public void sample(double[] phi, RandomStream random, double[] sigma) {
                encoder.sample(phi, random, work);
                System.arraycopy(work.values(), 0, sigma, 0, sigma.length);
            }

            @Override
            public long draws() {
                return encoder.draws();
            }

            @Override
            public long rejections() {
                return encoder.rejections();
            }
        };
    }

    /** The symbol {@code K_k} of K[σ] for σ constant with block value {@code block}. */
    private double[] symbol(double[] block) {
        double tr = 0;
        for (int mu = 0; mu < d; mu++) {
            tr += block[LatentField.component(d, mu, mu)];
        }
        double[] c = new double[d * d];
        for (int mu = 0; mu < d; mu++) {
            for (int nu = 0; nu < d; nu++) {
                c[mu * d + nu] = (mu == nu ? 1 + tr : 0) - 2 * block[LatentField.component(d, mu, nu)];
            }
        }
        double[] k = KSymbol.of(lattice(), m2, stress, c, 1 + tr);
        for (int i = 0; i < k.length; i++) {
            if (!(k[i] > 0)) {
                throw new ParameterException("sigma", java.util.Arrays.toString(block), "a homogeneous value in Omega (the symbol of K is not positive)");
            }
        }
        return k;
    }

    @Override
    public double[] homogeneousExpectation(double[] block) {
        Lattice l = lattice();
        double[] k = symbol(block);
        double[][][] f = KSymbol.factors(l, stress);
        int v = l.volume();
        double phi2 = 0;
        double[] x = new double[d * d];
        for (int i = 0; i < v; i++) {
            double g = 1 / k[i];
            phi2 += g;
            for (int mu = 0; mu < d; mu++) {
                for (int nu = mu; nu < d; nu++) {
                    x[mu * d + nu] += f[mu][nu][i] * g;
                }
            }
        }
        double diagonal = 0;
        for (int mu = 0; mu < d; mu++) {
            diagonal += x[mu * d + mu] / v;
        }
        double trace = 0.5 * (diagonal + m2 * phi2 / v);
        double[] t = new double[p];
        for (int mu = 0; mu < d; mu++) {
            for (int nu = mu; nu < d; nu++) {
                t[LatentField.component(d, mu, nu)] = x[mu * d + nu] / v - (mu == nu ? trace : 0);
            }
        }
        return t;
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
