package wick.model.gravity.internal;

import org.jtransforms.fft.DoubleFFT_2D;

import wick.api.lattice.Lattice;
import wick.lattice.ComplexFft;

/**
 * The inverse of a translation-invariant operator with a real, even symbol {@code K_k = K_{−k} > 0}
 * (PHYSICS section 0): {@code z = F⁻¹ (F r / K_k)}. Used with the symbol of {@code K[σ̄]} as the CG
 * preconditioner (PHYSICS section 4); {@link #update} sets a new symbol without a new FFT plan.
 *
 * <p>In D = 2 with extents that are powers of two it uses JTransforms' real transform on a V-element buffer (each
 * entry of the packed half spectrum, a real or imaginary part of {@code (F r)_k}, is divided by
 * {@code K_k}, which needs the symbol to be even); otherwise a complex transform of 2V values.
 *
 * <p>With a {@link #scale(double[]) scale} S it applies {@code S K̄⁻¹ S}, still symmetric positive
 * definite: with {@code S = (diag K̄ / diag K)^{1/2}} it is exact where K is translation invariant
 * and follows the local size of K where σ varies.
 * Allocation-free after construction; not thread-safe.
 */
final class FftPreconditioner implements LinearOperator {
    private final Lattice lattice;
    private final DoubleFFT_2D real;
    private final ComplexFft complex;
    /** {@code 1/K_k}: packed like the real transform's output, or in field layout for the complex one. */
    private final double[] inverseSymbol;
    private final double[] buffer;
    /** {@code S} of {@code z = S F⁻¹(F(S r)/K_k)}, or null for S = 1. */
    private double[] scale;

    /**
     * @param symbol {@code K_k > 0} in field layout (entry i is the momentum with the integer
     *               coordinates of site i), even in k; not modified
     * @throws IllegalArgumentException when some {@code K_k ≤ 0}
     */
    FftPreconditioner(Lattice lattice, double[] symbol) {
        this.lattice = lattice;
        int v = lattice.volume();
        boolean useReal = lattice.dimension() == 2 && powerOfTwo(lattice.extent(0)) && powerOfTwo(lattice.extent(1));
        this.real = useReal ? new DoubleFFT_2D(lattice.extent(0), lattice.extent(1)) : null;
        this.complex = useReal ? null : new ComplexFft(lattice);
        this.inverseSymbol = new double[v];
        this.buffer = new double[useReal ? v : 2 * v];
        update(symbol);
    }

    /**
     * Sets the diagonal scale S (read at every apply; the caller may refill it), or null for none.
     */
    void scale(double[] s) {
        if (s != null && s.length != lattice.volume()) {
            throw new IllegalArgumentException("preconditioner scale has " + s.length + " values, expected V = " + lattice.volume());
        }
        this.scale = s;
    }

    /** JTransforms' 2-D real transform needs powers of two. */
    private static boolean powerOfTwo(int n) {
        return n >= 2 && (n & (n - 1)) == 0;
    }

    /**
     * Replaces the symbol.
     *
     * @param symbol as for the constructor; not modified
     * @throws IllegalArgumentException when some {@code K_k ≤ 0} or the length is not V
     */
    void update(double[] symbol) {
        if (symbol.length != lattice.volume()) {
            throw new IllegalArgumentException("preconditioner symbol has " + symbol.length + " values, expected V = " + lattice.volume());
        }
        for (int i = 0; i < symbol.length; i++) {
            if (!(symbol[i] > 0)) {
                throw new IllegalArgumentException("preconditioner symbol[" + i + "] = " + symbol[i] + ": must be > 0 (mean sigma outside Omega?)");
            }
        }
        if (real == null) {
            for (int i = 0; i < symbol.length; i++) {
                inverseSymbol[i] = 1.0 / symbol[i];
            }
        } else {
            packInverse(symbol);
        }
    }

    /**
     * {@code 1/K_k} in the order of {@link DoubleFFT_2D#realForward(double[])} for rows × cols (powers
     * of two): row k1, entries {@code 2k2, 2k2+1} hold {@code Re, Im} of {@code (k1, k2)} for
     * {@code 0 < k2 < cols/2}; for {@code 0 < k1 < rows/2} entries 0 and 1 of row k1 hold
     * {@code (k1, 0)} and those of row {@code rows − k1} hold {@code (k1, cols/2)}; entries 0 and 1
     * of rows 0 and rows/2 hold the real values at {@code k2 = 0} and {@code cols/2}.
     */
    private void packInverse(double[] symbol) {
        int rows = lattice.extent(0);
        int cols = lattice.extent(1);
        int h = cols / 2;
        for (int k1 = 0; k1 < rows; k1++) {
            for (int k2 = 1; k2 < h; k2++) {
                double x = 1 / symbol[k1 * cols + k2];
                inverseSymbol[k1 * cols + 2 * k2] = x;
                inverseSymbol[k1 * cols + 2 * k2 + 1] = x;
            }
        }
        for (int k1 = 1; k1 < rows / 2; k1++) {
            double x = 1 / symbol[k1 * cols];
            inverseSymbol[k1 * cols] = x;
            inverseSymbol[k1 * cols + 1] = x;
            double y = 1 / symbol[k1 * cols + h];
            inverseSymbol[(rows - k1) * cols] = y;
            inverseSymbol[(rows - k1) * cols + 1] = y;
        }
        inverseSymbol[0] = 1 / symbol[0];
        inverseSymbol[1] = 1 / symbol[h];
        inverseSymbol[(rows / 2) * cols] = 1 / symbol[(rows / 2) * cols];
        inverseSymbol[(rows / 2) * cols + 1] = 1 / symbol[(rows / 2) * cols + h];
    }

    @Override
    public void apply(double[] in, double[] out) {
        int v = in.length;
        double[] s = scale;
        if (real != null) {
            if (s == null) {
                System.arraycopy(in, 0, buffer, 0, v);
            } else {
                for (int i = 0; i < v; i++) {
                    buffer[i] = in[i] * s[i];
                }
            }
            real.realForward(buffer);
            for (int i = 0; i < v; i++) {
                buffer[i] *= inverseSymbol[i];
            }
            real.realInverse(buffer, true);
            if (s == null) {
                System.arraycopy(buffer, 0, out, 0, v);
            } else {
                for (int i = 0; i < v; i++) {
                    out[i] = buffer[i] * s[i];
                }
            }
            return;
        }
        for (int i = 0; i < v; i++) {
            buffer[2 * i] = s == null ? in[i] : in[i] * s[i];
            buffer[2 * i + 1] = 0;
        }
        complex.forward(buffer);
        for (int i = 0; i < v; i++) {
            buffer[2 * i] *= inverseSymbol[i];
            buffer[2 * i + 1] *= inverseSymbol[i];
        }
        complex.inverse(buffer);
        for (int i = 0; i < v; i++) {
            out[i] = s == null ? buffer[2 * i] : buffer[2 * i] * s[i];
        }
    }
}
