package wick.model.gravity.internal;

/** A linear map on fields, {@code out = A in}; {@code in} is not modified, {@code out} is overwritten. */
@FunctionalInterface
interface LinearOperator {
    void apply(double[] in, double[] out);
}
