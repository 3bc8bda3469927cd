package wick.model.gravity.internal;

/**
 * Preconditioned conjugate gradients for {@code A x = b}, A symmetric positive definite, from
 * {@code x = 0}, until the true relative residual {@code |b − A x| / |b| ≤ tolerance} (PHYSICS
 * section 4: 1e-10). When the recursive residual has converged the true residual is recomputed,
 * and the iteration restarts from it if it has not. Allocation-free after construction; not
 * thread-safe.
 */
final class ConjugateGradient {
    private final LinearOperator a;
    private final LinearOperator preconditioner;
    private final double tolerance;
    private final int maxIterations;
    private final double[] r;
    private final double[] z;
    private final double[] p;
    private final double[] q;
    private int iterations;
    private double residual;

    /**
     * @param preconditioner an approximation of {@code A⁻¹}, or null for plain CG
     */
    ConjugateGradient(int size, LinearOperator a, LinearOperator preconditioner, double tolerance, int maxIterations) {
        this.a = a;
        this.preconditioner = preconditioner;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        r = new double[size];
        z = new double[size];
        p = new double[size];
        q = new double[size];
    }

    /**
     * Solves {@code A x = b}.
     *
     * @param b not modified
     * @param x overwritten with the solution
     * @throws IllegalStateException when the tolerance is not reached in the allowed iterations
     */
    void solve(double[] b, double[] x) {
        java.util.Arrays.fill(x, 0.0);
        double bNorm = Math.sqrt(dot(b, b));
        iterations = 0;
        if (bNorm == 0) {
            residual = 0;
            return;
        }
        System.arraycopy(b, 0, r, 0, b.length);
        while (true) {
            precondition();
            System.arraycopy(z, 0, p, 0, p.length);
            double rz = dot(r, z);
            double rNorm = Math.sqrt(dot(r, r));
            while (rNorm > tolerance * bNorm) {
                if (iterations >= maxIterations) {
                    throw new IllegalStateException("conjugate gradients did not reach relative residual " + tolerance
                            + " in " + maxIterations + " iterations (at " + rNorm / bNorm + ")");
                }
                a.apply(p, q);
                double alpha = rz / dot(p, q);
                for (int i = 0; i < x.length; i++) {
                    x[i] += alpha * p[i];
                    r[i] -= alpha * q[i];
                }
                iterations++;
                precondition();
                double rzNew = dot(r, z);
                double beta = rzNew / rz;
                rz = rzNew;
                for (int i = 0; i < p.length; i++) {
                    p[i] = z[i] + beta * p[i];
                }
                rNorm = Math.sqrt(dot(r, r));
            }
            a.apply(x, q);
            for (int i = 0; i < r.length; i++) {
                r[i] = b[i] - q[i];
            }
            residual = Math.sqrt(dot(r, r)) / bNorm;
            if (residual <= tolerance) {
                return;
            }
        }
    }

    private void precondition() {
        if (preconditioner == null) {
            System.arraycopy(r, 0, z, 0, r.length);
        } else {
            preconditioner.apply(r, z);
        }
    }

    /** Iterations of the last solve. */
    int iterations() {
        return iterations;
    }

    /** True relative residual {@code |b − A x|/|b|} at the end of the last solve. */
    double residual() {
        return residual;
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }
}
