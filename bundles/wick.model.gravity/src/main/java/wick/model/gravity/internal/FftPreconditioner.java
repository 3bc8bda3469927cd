package wick.model.gravity.internal;

import wick.api.lattice.Lattice;
import wick.lattice.ComplexFft;

/**
 * The inverse of a translation-invariant operator with real symbol {@code K_k} (PHYSICS section 0):
 * {@code z = F⁻¹ (F r / K_k)}. Used with the symbol of {@code K[σ̄]} as the CG preconditioner
 * (PHYSICS section 4). Allocation-free after construction; not thread-safe.
 */
final class FftPreconditioner implements LinearOperator {
    private final ComplexFft fft;
    private final double[] inverseSymbol;
    private final double[] buffer;

    /**
     * @param symbol {@code K_k > 0}, not modified
     * @throws IllegalArgumentException when some {@code K_k ≤ 0}
     */
    FftPreconditioner(Lattice lattice, double[] symbol) {
        this.fft = new ComplexFft(lattice);
        this.inverseSymbol = new double[symbol.length];
        for (int i = 0; i < symbol.length; i++) {
            if (!(symbol[i] > 0)) {
                throw new IllegalArgumentException("preconditioner symbol[" + i + "] = " + symbol[i] + ": must be > 0 (mean sigma outside Omega?)");
            }
            inverseSymbol[i] = 1.0 / symbol[i];
        }
        this.buffer = new double[2 * symbol.length];
    }

    @Override
    public void apply(double[] in, double[] out) {
        for (int i = 0; i < in.length; i++) {
            buffer[2 * i] = in[i];
            buffer[2 * i + 1] = 0;
        }
        fft.forward(buffer);
        for (int i = 0; i < in.length; i++) {
            buffer[2 * i] *= inverseSymbol[i];
            buffer[2 * i + 1] *= inverseSymbol[i];
        }
        fft.inverse(buffer);
        for (int i = 0; i < in.length; i++) {
            out[i] = buffer[2 * i];
        }
    }
}
