package wick.model.fock.internal;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

/**
 * An observable given by its truncated matrix {@code P O P}, decomposed densely. A real symmetric
 * matrix acts on the real and imaginary parts alike; a complex Hermitian {@code A + iB} is
 * diagonalised through its real form {@code [[A, −B], [B, A]]} on {@code [Re h; Im h]} (each eigenvalue
 * twice, the eigenspace of {@code λ} being the real form of the complex one), so the projector and
 * {@code ‖P_i h‖²} are exact in both cases.
 */
final class EigenMeasurable implements Measurable {
    /** The largest dimension decomposed densely. */
    static final int MAX_DIMENSION = 2000;

    private final int n;
    private final boolean embedded;
    private final double[][] vectors;
    private final int[] start;
    private final double[] eigenvalues;
    private final int[] degeneracies;

    EigenMeasurable(SparseMatrix o) {
        this.n = o.size();
        if (n > MAX_DIMENSION) {
            throw new wick.api.param.ParameterException("truncation", "dimension " + n,
                    "a truncation with dimension <= " + MAX_DIMENSION + " for measuring a non-diagonal observable");
        }
        this.embedded = !o.isReal();
        DMatrixRMaj m;
        if (embedded) {
            DMatrixRMaj a = o.denseReal();
            DMatrixRMaj b = o.denseImaginary();
            m = new DMatrixRMaj(2 * n, 2 * n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m.set(i, j, a.get(i, j));
                    m.set(n + i, n + j, a.get(i, j));
                    m.set(i, n + j, -b.get(i, j));
                    m.set(n + i, j, b.get(i, j));
                }
            }
        } else {
            m = o.denseReal();
        }
        Eigenpairs e = DenseEigen.symmetric(m);
        this.vectors = e.vectors();
        double[] ev = e.values();
        int[] st = new int[ev.length + 1];
        double[] distinct = new double[ev.length];
        int count = 0;
        for (int i = 0; i < ev.length; i++) {
            if (count == 0 || !Measurable.same(distinct[count - 1], ev[i])) {
                st[count] = i;
                distinct[count++] = ev[i];
            }
        }
        st[count] = ev.length;
        this.start = Arrays.copyOf(st, count + 1);
        this.eigenvalues = Arrays.copyOf(distinct, count);
        this.degeneracies = new int[count];
        for (int g = 0; g < count; g++) {
            degeneracies[g] = (start[g + 1] - start[g]) / (embedded ? 2 : 1);
        }
    }

    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    @Override
    public int[] degeneracies() {
        return degeneracies.clone();
    }

    /** The squared overlap of eigenvector {@code q} with the state (both parts when real). */
    private double overlap2(double[] state, int q) {
        double[] u = vectors[q];
        if (embedded) {
            double c = 0;
            for (int i = 0; i < 2 * n; i++) {
                c += u[i] * state[i];
            }
            return c * c;
        }
        double a = 0;
        double b = 0;
        for (int i = 0; i < n; i++) {
            a += u[i] * state[i];
            b += u[i] * state[n + i];
        }
        return a * a + b * b;
    }

    @Override
    public void probabilities(double[] state, double[] out) {
        for (int g = 0; g < eigenvalues.length; g++) {
            double p = 0;
            for (int q = start[g]; q < start[g + 1]; q++) {
                p += overlap2(state, q);
            }
            out[g] = p;
        }
    }

    @Override
    public double collapse(double[] state, int g) {
        double[] out = new double[2 * n];
        for (int q = start[g]; q < start[g + 1]; q++) {
            double[] u = vectors[q];
            if (embedded) {
                double c = 0;
                for (int i = 0; i < 2 * n; i++) {
                    c += u[i] * state[i];
                }
                for (int i = 0; i < 2 * n; i++) {
                    out[i] += c * u[i];
                }
            } else {
                double a = 0;
                double b = 0;
                for (int i = 0; i < n; i++) {
                    a += u[i] * state[i];
                    b += u[i] * state[n + i];
                }
                for (int i = 0; i < n; i++) {
                    out[i] += a * u[i];
                    out[n + i] += b * u[i];
                }
            }
        }
        double p = ComplexVectors.dotRe(out, out, n);
        if (p == 0) {
            throw new IllegalArgumentException("outcome " + eigenvalues[g] + " has probability 0");
        }
        double s = 1 / Math.sqrt(p);
        for (int i = 0; i < 2 * n; i++) {
            state[i] = out[i] * s;
        }
        return p;
    }
}
