package wick.model.fock.internal;

import org.ejml.data.DMatrixRMaj;

/**
 * A square sparse matrix in compressed-row form, real or complex (imaginary parts {@code null} when
 * real). Complex vectors are stored as one {@code double[2n]}: real parts in {@code [0, n)}, imaginary
 * parts in {@code [n, 2n)}. Products write into caller-supplied arrays and allocate nothing.
 */
final class SparseMatrix {
    private final int n;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] re;
    private final double[] im;

    SparseMatrix(int n, int[] rowStart, int[] columns, double[] re, double[] im) {
        this.n = n;
        this.rowStart = rowStart;
        this.columns = columns;
        this.re = re;
        this.im = im;
    }

    int size() {
        return n;
    }

    /** Stored entries. */
    int nonZeros() {
        return rowStart[n];
    }

    boolean isReal() {
        return im == null;
    }

    /** Whether every stored off-diagonal entry is zero (then the eigenvalues are the diagonal). */
    boolean isDiagonal() {
        for (int i = 0; i < n; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                if (columns[p] != i && (re[p] != 0 || im != null && im[p] != 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The real parts of the diagonal. */
    double[] diagonal() {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                if (columns[p] == i) {
                    d[i] += re[p];
                }
            }
        }
        return d;
    }

    /** {@code y = Re(M) x} for real {@code x}; {@code y} (length n) overwritten, must not alias {@code x}. */
    void multiply(double[] x, double[] y) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int p = rowStart[i], e = rowStart[i + 1]; p < e; p++) {
                s += re[p] * x[columns[p]];
            }
            y[i] = s;
        }
    }

    /**
     * {@code y = M x} for complex {@code x} (layout {@code [re | im]}, length 2n); {@code y} overwritten,
     * must not alias {@code x}.
     */
    void multiplyComplex(double[] x, double[] y) {
        for (int i = 0; i < n; i++) {
            double sr = 0;
            double si = 0;
            if (im == null) {
                for (int p = rowStart[i], e = rowStart[i + 1]; p < e; p++) {
                    int c = columns[p];
                    sr += re[p] * x[c];
                    si += re[p] * x[n + c];
                }
            } else {
                for (int p = rowStart[i], e = rowStart[i + 1]; p < e; p++) {
                    int c = columns[p];
                    sr += re[p] * x[c] - im[p] * x[n + c];
                    si += re[p] * x[n + c] + im[p] * x[c];
                }
            }
            y[i] = sr;
            y[n + i] = si;
        }
    }

    /** {@code ⟨x|M|x⟩} for complex {@code x}; {@code scratch} (length 2n) is overwritten. Real when M is Hermitian. */
    double expectation(double[] x, double[] scratch) {
        multiplyComplex(x, scratch);
        return ComplexVectors.dotRe(x, scratch, n);
    }

    /** The real part as a dense matrix. */
    DMatrixRMaj denseReal() {
        DMatrixRMaj d = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                d.add(i, columns[p], re[p]);
            }
        }
        return d;
    }

    /** The imaginary part as a dense matrix (zero when real). */
    DMatrixRMaj denseImaginary() {
        DMatrixRMaj d = new DMatrixRMaj(n, n);
        if (im != null) {
            for (int i = 0; i < n; i++) {
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                    d.add(i, columns[p], im[p]);
                }
            }
        }
        return d;
    }

    /** Row pointers (shared; for writing the matrix out). */
    int[] rowStart() {
        return rowStart;
    }

    /** Column indices (shared). */
    int[] columns() {
        return columns;
    }

    /** Real parts (shared). */
    double[] real() {
        return re;
    }
}
