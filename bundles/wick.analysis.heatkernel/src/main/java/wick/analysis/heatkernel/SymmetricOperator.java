package wick.analysis.heatkernel;

/** A real symmetric linear operator on {@code double[size()]}, applied matrix-free. */
@FunctionalInterface
public interface SymmetricOperator {
    /**
     * {@code out = A in}.
     *
     * @param in  not modified
     * @param out overwritten; must not be {@code in}
     */
    void apply(double[] in, double[] out);
}
