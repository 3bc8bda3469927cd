package wick.model.gravity.internal;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.model.gravity.Blocks;

/**
 * The latent-variable model in the form every algorithm of this bundle needs (PHYSICS section 4):
 * a joint {@code p(φ, σ) ∝ exp(−½ φᵀK_0φ + v Σ_n Σ_q w_q σ_q(n) t_q(n) − (v/2κ²) Σ_n Σ_q w_q σ_q(n)²) 1[Ω]},
 * σ constant on blocks with P components each, {@code t_q(n)} a quadratic statistic of φ. Then
 * {@code K[σ] = K_0 − 2v Σ σ·(∂t/∂φ∂φ)} and, for every model here:
 * <ul>
 * <li>encoder {@code σ_{B,q} | φ ~ N(κ² t̄_{B,q}, κ²/(v M w_q))} truncated to Ω_B;</li>
 * <li>{@code S_eff[σ] = (v M/2κ²) Σ_B Σ_q w_q σ_{B,q}² + ½ ln det K[σ]};</li>
 * <li>{@code ∂S_eff/∂σ_{B,q} = v M w_q (σ_{B,q}/κ² − ⟨t̄_{B,q}⟩_σ)}; EM {@code σ ← κ² ⟨t̄⟩_σ}.</li>
 * </ul>
 * The tensor model ({@link TensorModel}): t = T_{μν}, w = 1 (μ = ν) or 2; the rank-0 variant
 * ({@link ScalarModel}): t = −φ², w = 1. σ is stored as {@code values[b·P + q]}.
 */
interface LatentModel {
    Blocks blocks();

    default Lattice lattice() {
        return blocks().lattice();
    }

    double m2();

    double kappa2();

    /** 2 for σ_{μν}, 0 for the scalar variant. */
    int rank();

    /** Components per block, P. */
    int components();

    /** The CLI name of component q ("00", "01", ...; "" for rank 0). */
    String componentName(int q);

    /** The weight {@code w_q}. */
    double weight(int q);

    /** Whether block b of σ lies in Ω_B. */
    boolean inOmega(double[] sigma, int b);

    /** The first block outside Ω, or −1. */
    default int firstOutsideOmega(double[] sigma) {
        for (int b = 0; b < blocks().count(); b++) {
            if (!inOmega(sigma, b)) {
                return b;
            }
        }
        return -1;
    }

    /**
     * {@code K[σ]}.
     *
     * @param sigma not modified (a snapshot is taken)
     * @throws wick.api.param.ParameterException naming {@code sigma} when σ lies outside Ω
     */
    Precision precision(double[] sigma);

    /**
     * As {@link #precision(double[])}, reusing the arrays of {@code recycled} where the model can
     * (chains build a new K every sweep; the tensor model does, by default not).
     *
     * @param recycled a precision of this model its owner has finished with (it must not be used
     *                 afterwards), or null
     */
    default Precision precision(double[] sigma, Precision recycled) {
        return precision(sigma);
    }

    /** A new evaluator of {@code t_q(n)} (layout {@code n·P + q}). */
    SiteStatistic statistic();

    /** A new exact encoder. */
    LatentEncoder encoder();

    /**
     * {@code ⟨t_q⟩} under {@code N(0, K[σ]⁻¹)} for σ constant over the lattice (the same P values on
     * every block), by the symbol of PHYSICS 4, as a new array of length P.
     */
    double[] homogeneousExpectation(double[] block);

    /** {@code ln det K[σ] = Σ_k ln K_k} for σ constant over the lattice. */
    double homogeneousLogDet(double[] block);

    /** The quadratic statistic t(φ). */
    @FunctionalInterface
    interface SiteStatistic {
        /**
         * @param phi not modified
         * @param out overwritten, length {@code V·P}
         */
        void compute(double[] phi, double[] out);
    }

    /** The exact encoder σ | φ of a model. */
    interface LatentEncoder {
        /** Draws every block of σ given φ into {@code sigma} (overwritten). */
        void sample(double[] phi, RandomStream random, double[] sigma);

        /** Block draws so far. */
        long draws();

        /** Blocks whose first (untruncated) proposal fell outside Ω_B so far. */
        long rejections();
    }

    /** Block means {@code t̄_{B,q} = (1/M) Σ_{n∈B} t_q(n)}; {@code out} overwritten, length {@code blocks·P}. */
    static void blockMeans(Blocks blocks, int p, double[] site, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        int v = blocks.lattice().volume();
        for (int n = 0; n < v; n++) {
            int b = blocks.blockOf(n);
            for (int q = 0; q < p; q++) {
                out[b * p + q] += site[n * p + q];
            }
        }
        double inv = 1.0 / blocks.size();
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
    }
}
