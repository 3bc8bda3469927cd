package wick.analysis.heatkernel;

/**
 * The symmetric Lanczos process without reorthogonalisation: from {@code q_0 = b/|b|},
 * {@code β_{j+1} q_{j+1} = A q_j − α_j q_j − β_j q_{j−1}}, {@code α_j = q_jᵀ A q_j}, building the
 * tridiagonal {@code T_k} whose Gauss rule ({@link GaussQuadrature}) approximates {@code bᵀ f(A) b}
 * (Golub–Meurant). Work arrays are allocated once; {@link #start} and {@link #step} allocate nothing.
 * Not thread-safe.
 */
public final class Lanczos {
    private final SymmetricOperator a;
    private final int maxSteps;
    private final double[] alpha;
    private final double[] beta;
    private double[] previous;
    private double[] current;
    private double[] next;
    private int steps;
    private boolean exhausted;
    private double norm2;

    /**
     * @param a        the operator
     * @param size     its dimension
     * @param maxSteps the most steps one run may take
     */
    public Lanczos(SymmetricOperator a, int size, int maxSteps) {
        this.a = a;
        this.maxSteps = maxSteps;
        this.alpha = new double[maxSteps];
        this.beta = new double[maxSteps];
        this.previous = new double[size];
        this.current = new double[size];
        this.next = new double[size];
    }

    /**
     * Starts a new run from {@code b} (not modified).
     *
     * @throws IllegalArgumentException when {@code b = 0}
     */
    public void start(double[] b) {
        double n2 = 0;
        for (double x : b) {
            n2 += x * x;
        }
        if (!(n2 > 0)) {
            throw new IllegalArgumentException("Lanczos needs a nonzero start vector");
        }
        norm2 = n2;
        double inv = 1 / Math.sqrt(n2);
        for (int i = 0; i < b.length; i++) {
            current[i] = b[i] * inv;
            previous[i] = 0;
        }
        steps = 0;
        exhausted = false;
    }

    /**
     * One step: computes {@code α_k} and {@code β_{k+1}}. Returns false (and takes no step) when the
     * Krylov space is exhausted (an invariant subspace was found; the rule is then exact) or
     * {@code maxSteps} is reached.
     */
    public boolean step() {
        if (exhausted || steps >= maxSteps) {
            return false;
        }
        a.apply(current, next);
        double b = steps == 0 ? 0 : beta[steps - 1];
        double al = 0;
        for (int i = 0; i < next.length; i++) {
            next[i] -= b * previous[i];
            al += current[i] * next[i];
        }
        double n2 = 0;
        for (int i = 0; i < next.length; i++) {
            next[i] -= al * current[i];
            n2 += next[i] * next[i];
        }
        alpha[steps] = al;
        double bn = Math.sqrt(n2);
        beta[steps] = bn;
        steps++;
        if (!(bn > 1e-13 * (Math.abs(al) + b))) {
            exhausted = true;
            return true;
        }
        double inv = 1 / bn;
        double[] t = previous;
        previous = current;
        current = next;
        next = t;
        for (int i = 0; i < current.length; i++) {
            current[i] *= inv;
        }
        return true;
    }

    /** Steps taken in this run. */
    public int steps() {
        return steps;
    }

    /** Whether the Krylov space is exhausted (the Gauss rule is exact). */
    public boolean exhausted() {
        return exhausted;
    }

    /** {@code |b|²} of the start vector. */
    public double startNorm2() {
        return norm2;
    }

    /** The Gauss rule of the current {@code T_k}. */
    public GaussQuadrature quadrature() {
        return GaussQuadrature.of(alpha, beta, steps);
    }
}
