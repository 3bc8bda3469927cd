package wick.model.fock.internal;

/**
 * The naive explicit Euler step {@code h ← h − iεH h} (PHYSICS 3), only as a demonstration: it is not
 * unitary, {@code ‖h‖² grows by (1 + ε²⟨H²⟩)} per step. {@code advance(t)} takes
 * {@code ceil(|t|/ε)} equal steps.
 */
final class EulerPropagator implements Propagator {
    private final SparseMatrix h;
    private final double epsilon;
    private final double[] w;

    EulerPropagator(SparseMatrix h, double epsilon) {
        this.h = h;
        this.epsilon = epsilon;
        this.w = new double[2 * h.size()];
    }

    @Override
    public int advance(double[] state, double t) {
        int n = h.size();
        int steps = (int) Math.ceil(Math.abs(t) / epsilon - 1e-9);
        double eps = steps == 0 ? 0 : t / steps;
        for (int s = 0; s < steps; s++) {
            h.multiplyComplex(state, w);
            for (int i = 0; i < n; i++) {
                // −iε (w_r + i w_i) = ε w_i − iε w_r
                state[i] += eps * w[n + i];
                state[n + i] -= eps * w[i];
            }
        }
        return steps;
    }
}
