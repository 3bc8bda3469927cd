package wick.model.fock.internal;

/**
 * {@code e^{−iHt} h = U e^{−iΛt} Uᵀ h} from the full eigen-decomposition {@code H = U Λ Uᵀ} (dense;
 * the reference for small dimension).
 */
final class ExactPropagator implements Propagator {
    private final Eigenpairs eigen;
    private final int n;
    private final double[] cr;
    private final double[] ci;

    ExactPropagator(SparseMatrix h) {
        this.eigen = DenseEigen.symmetric(h.denseReal());
        this.n = h.size();
        this.cr = new double[n];
        this.ci = new double[n];
    }

    @Override
    public int advance(double[] state, double t) {
        for (int q = 0; q < n; q++) {
            double[] u = eigen.vectors()[q];
            double a = 0;
            double b = 0;
            for (int i = 0; i < n; i++) {
                a += u[i] * state[i];
                b += u[i] * state[n + i];
            }
            double phase = -eigen.values()[q] * t;
            double c = Math.cos(phase);
            double s = Math.sin(phase);
            cr[q] = a * c - b * s;
            ci[q] = a * s + b * c;
        }
        java.util.Arrays.fill(state, 0);
        for (int q = 0; q < n; q++) {
            double[] u = eigen.vectors()[q];
            for (int i = 0; i < n; i++) {
                state[i] += u[i] * cr[q];
                state[n + i] += u[i] * ci[q];
            }
        }
        return 1;
    }
}
