package wick.model.gravity.internal;

import wick.model.gravity.KSigma;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/**
 * Perturbation–optimisation decoder (PHYSICS section 4). Draws {@code b ~ N(0, K)} by the
 * precision's {@link Precision#perturbation} (tensor model: {@code b = √v (α Σ_s A_sᵀ L̂ ξ_s +
 * m √(1 + tr σ) ∘ ξ_0)}), then solves {@code K φ = b} by conjugate gradients to relative residual
 * ≤ tolerance: {@code Cov φ = K⁻¹ K K⁻¹ = K⁻¹}. Preconditioned by the FFT inverse of the
 * translation-invariant {@code K[σ̄]} (σ̄ the lattice mean of σ; PHYSICS 4), scaled on both sides by
 * {@code S = (diag K[σ̄] / diag K[σ])^{1/2}} ({@code diag K[σ̄]} is the mean of its symbol; S = 1
 * for constant σ, and it takes a third off the iterations when σ fluctuates strongly), by the
 * diagonal of K (Jacobi), or not at all.
 *
 * <p>One decoder serves a whole chain: {@link #bind} points it at the next σ's K, keeping the FFT
 * plan and the CG buffers. Allocation-free per sample; not thread-safe.
 */
final class PerturbationOptimisationDecoder implements Decoder {
    /** The CG preconditioner. */
    enum Preconditioning {
        /** Plain CG (for comparison). */
        NONE,
        /** {@code S K[σ̄]⁻¹ S} by FFT: few iterations, each with a forward and an inverse transform. */
        FFT,
        /** {@code diag(K)⁻¹}: more iterations, each barely dearer than plain CG's. */
        JACOBI,
        /**
         * Symmetric successive over-relaxation on the Jacobi-scaled K ({@link SsorConjugateGradient}):
         * about a third of Jacobi's iterations, each about as dear.
         */
        SSOR
    }

    private final Lattice lattice;
    private final Preconditioning preconditioning;
    /** The solver: {@link #cg}, or {@link #ssor} for {@link Preconditioning#SSOR}. */
    private final ConjugateGradient cg;
    private final SsorConjugateGradient ssor;
    private final double[] b;
    private final double[] inverseDiagonal;
    private final double[] scale;
    private FftPreconditioner fft;
    private Precision k;

    PerturbationOptimisationDecoder(KSigma k, Preconditioning preconditioning, double tolerance) {
        this(new TensorPrecision(k), preconditioning, tolerance);
    }

    PerturbationOptimisationDecoder(Precision k, Preconditioning preconditioning, double tolerance) {
        this(k.lattice(), preconditioning, tolerance);
        bind(k);
    }

    /** Unbound: {@link #bind} before the first {@link #sample}. */
    PerturbationOptimisationDecoder(Lattice lattice, Preconditioning preconditioning, double tolerance) {
        this.lattice = lattice;
        this.preconditioning = preconditioning;
        int v = lattice.volume();
        LinearOperator operator = (in, out) -> this.k.apply(in, out);
        int maxIterations = 10 * v + 100;
        this.inverseDiagonal = preconditioning == Preconditioning.JACOBI ? new double[v] : null;
        this.scale = preconditioning == Preconditioning.FFT ? new double[v] : null;
        this.cg = switch (preconditioning) {
            case NONE -> new ConjugateGradient(v, operator, (LinearOperator) null, tolerance, maxIterations);
            case FFT -> new ConjugateGradient(v, operator, (in, out) -> fft.apply(in, out), tolerance, maxIterations);
            case JACOBI -> new ConjugateGradient(v, operator, inverseDiagonal, tolerance, maxIterations);
            case SSOR -> null;
        };
        this.ssor = preconditioning == Preconditioning.SSOR ? new SsorConjugateGradient(lattice, tolerance, maxIterations) : null;
        this.b = new double[v];
    }

    /**
     * Makes this decoder sample {@code N(0, K⁻¹)} for the given K from now on (the preconditioner
     * takes the symbol of its σ̄, or its diagonal).
     *
     * @throws IllegalArgumentException when K lives on another lattice
     */
    void bind(Precision k) {
        if (!k.lattice().equals(lattice)) {
            throw new IllegalArgumentException("this decoder works on " + lattice + ", not on " + k.lattice());
        }
        if (preconditioning == Preconditioning.FFT) {
            double[] symbol = k.meanSymbol();
            if (fft == null) {
                fft = new FftPreconditioner(lattice, symbol);
                fft.scale(scale);
            } else {
                fft.update(symbol);
            }
            double meanDiagonal = 0;
            for (double x : symbol) {
                meanDiagonal += x;
            }
            meanDiagonal /= symbol.length;
            k.diagonal(scale);
            for (int i = 0; i < scale.length; i++) {
                scale[i] = Math.sqrt(meanDiagonal / scale[i]);
            }
        } else if (preconditioning == Preconditioning.JACOBI) {
            k.diagonal(inverseDiagonal);
            for (int i = 0; i < inverseDiagonal.length; i++) {
                inverseDiagonal[i] = 1.0 / inverseDiagonal[i];
            }
        } else if (preconditioning == Preconditioning.SSOR) {
            ssor.bind(k);
        }
        this.k = k;
    }

    Lattice lattice() {
        return lattice;
    }

    Preconditioning preconditioning() {
        return preconditioning;
    }

    @Override
    public void sample(RandomStream random, double[] out) {
        if (k == null) {
            throw new IllegalStateException("bind a precision before sampling");
        }
        perturbation(random, b);
        if (ssor != null) {
            ssor.solve(b, out);
        } else {
            cg.solve(b, out);
        }
    }

    /** Writes a draw of {@code b ~ N(0, K)} into {@code out} (overwritten). */
    void perturbation(RandomStream random, double[] out) {
        k.perturbation(random, out);
    }

    /** CG iterations of the last sample. */
    public int iterations() {
        return ssor != null ? ssor.iterations() : cg.iterations();
    }

    /** True relative residual of the last sample's solve. */
    public double residual() {
        return ssor != null ? ssor.residual() : cg.residual();
    }
}
