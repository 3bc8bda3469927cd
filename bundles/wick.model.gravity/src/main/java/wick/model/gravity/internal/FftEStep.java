package wick.model.gravity.internal;

/**
 * The E-step for σ constant over the lattice (PHYSICS section 4): {@code ⟨t⟩} and {@code ln det K}
 * from the symbol of {@code K[σ]} ({@link LatentModel#homogeneousExpectation},
 * {@link LatentModel#homogeneousLogDet}), O(V). Every block gets the same value.
 */
final class FftEStep implements EStep {
    private final LatentModel model;

    FftEStep(LatentModel model) {
        this.model = model;
    }

    /** Whether every block of σ holds the same values (the precondition of this E-step). */
    static boolean homogeneous(LatentModel model, double[] sigma) {
        int p = model.components();
        for (int i = p; i < sigma.length; i++) {
            if (sigma[i] != sigma[i % p]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @throws IllegalArgumentException when σ is not constant over the lattice
     */
    @Override
    public Expectation at(double[] sigma) {
        if (!homogeneous(model, sigma)) {
            throw new IllegalArgumentException("the FFT E-step needs sigma constant over the lattice");
        }
        int p = model.components();
        double[] block = java.util.Arrays.copyOf(sigma, p);
        double[] t = model.homogeneousExpectation(block);
        double[] out = new double[sigma.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = t[i % p];
        }
        return new Expectation(out, model.homogeneousLogDet(block));
    }
}
