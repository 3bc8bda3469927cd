package wick.model.gravity.internal;

import wick.model.gravity.KSigma;

import wick.api.random.RandomStream;

/**
 * Perturbation–optimisation decoder (PHYSICS section 4). Draws {@code b ~ N(0, K)} by the
 * precision's {@link Precision#perturbation} (tensor model: {@code b = √v (α Σ_s A_sᵀ L̂ ξ_s +
 * m √(1 + tr σ) ∘ ξ_0)}), then solves {@code K φ = b} by conjugate gradients, preconditioned by the
 * FFT inverse of the translation-invariant {@code K[σ̄]} (σ̄ the lattice mean of σ), to relative
 * residual ≤ tolerance: {@code Cov φ = K⁻¹ K K⁻¹ = K⁻¹}. Allocation-free per sample; not thread-safe.
 */
final class PerturbationOptimisationDecoder implements Decoder {
    private final Precision k;
    private final ConjugateGradient cg;
    private final double[] b;

    /**
     * @param preconditioned false for plain CG (for comparison)
     */
    PerturbationOptimisationDecoder(KSigma k, boolean preconditioned, double tolerance) {
        this(new TensorPrecision(k), preconditioned, tolerance);
    }

    PerturbationOptimisationDecoder(Precision k, boolean preconditioned, double tolerance) {
        this.k = k;
        int v = k.lattice().volume();
        LinearOperator pre = preconditioned ? new FftPreconditioner(k.lattice(), k.meanSymbol()) : null;
        this.cg = new ConjugateGradient(v, k::apply, pre, tolerance, 10 * v + 100);
        this.b = new double[v];
    }

    @Override
    public void sample(RandomStream random, double[] out) {
        perturbation(random, b);
        cg.solve(b, out);
    }

    /** Writes a draw of {@code b ~ N(0, K)} into {@code out} (overwritten). */
    void perturbation(RandomStream random, double[] out) {
        k.perturbation(random, out);
    }

    /** CG iterations of the last sample. */
    public int iterations() {
        return cg.iterations();
    }

    /** True relative residual of the last sample's solve. */
    public double residual() {
        return cg.residual();
    }
}
