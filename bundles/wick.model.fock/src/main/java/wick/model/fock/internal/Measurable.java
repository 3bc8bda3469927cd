package wick.model.fock.internal;

/**
 * An observable {@code O = Σ_i λ_i P_i} in the Born-rule sense (PHYSICS 3): its distinct eigenvalues
 * (degenerate ones grouped within a relative tolerance), the probabilities {@code ‖P_i h‖²} and the
 * Lüders collapse {@code h → P_i h / ‖P_i h‖}. States are complex ({@code [re | im]}) and unit norm.
 */
interface Measurable {
    /** Relative tolerance within which eigenvalues are one group. */
    double GROUPING = 1e-9;

    /** The distinct eigenvalues {@code λ_i}, ascending. */
    double[] eigenvalues();

    /** The dimension of each eigenspace (within the truncation). */
    int[] degeneracies();

    /** {@code p_i = ‖P_i h‖²} into {@code out} (length {@code eigenvalues().length}). */
    void probabilities(double[] state, double[] out);

    /** {@code h ← P_i h / ‖P_i h‖} in place; returns {@code ‖P_i h‖²}. */
    double collapse(double[] state, int group);

    /** Whether two eigenvalues belong to one group. */
    static boolean same(double a, double b) {
        return Math.abs(a - b) <= GROUPING * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
