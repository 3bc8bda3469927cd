package wick.model.gravity.internal;

/**
 * Preconditioned conjugate gradients for {@code A x = b}, A symmetric positive definite, from
 * {@code x = 0}, until the true relative residual {@code |b − A x| / |b| ≤ tolerance} (PHYSICS
 * section 4: 1e-10). When the recursive residual has converged the true residual is recomputed,
 * and the iteration restarts from it if it has not. The preconditioner {@code M ≈ A⁻¹} is an
 * operator, a diagonal {@code M = diag(A)⁻¹} (Jacobi: fused into the vector updates, one pass), or
 * none. Allocation-free after construction; not thread-safe.
 */
final class ConjugateGradient {
    private final LinearOperator a;
    private final LinearOperator preconditioner;
    private final double[] inverseDiagonal;
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
        this(size, a, preconditioner, null, tolerance, maxIterations);
    }

    /**
     * Jacobi-preconditioned: {@code z_i = r_i / A_ii}.
     *
     * @param inverseDiagonal {@code 1/A_ii}, read at every solve (the caller refills it between solves)
     */
    ConjugateGradient(int size, LinearOperator a, double[] inverseDiagonal, double tolerance, int maxIterations) {
        this(size, a, null, inverseDiagonal, tolerance, maxIterations);
    }

    private ConjugateGradient(int size, LinearOperator a, LinearOperator preconditioner, double[] inverseDiagonal, double tolerance, int maxIterations) {
        this.a = a;
        this.preconditioner = preconditioner;
        this.inverseDiagonal = inverseDiagonal;
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
        int n = x.length;
        while (true) {
            precondition();
            System.arraycopy(z, 0, p, 0, n);
            double rz = dot(r, z);
            double rr = dot(r, r);
            while (Math.sqrt(rr) > tolerance * bNorm) {
                if (iterations >= maxIterations) {
                    throw new IllegalStateException("conjugate gradients did not reach relative residual " + tolerance
                            + " in " + maxIterations + " iterations (at " + Math.sqrt(rr) / bNorm + ")");
                }
                a.apply(p, q);
                double alpha = rz / dot(p, q);
                double rzNew;
                rr = 0;
                if (inverseDiagonal != null) {
                    // two interleaved partial sums each: the additions are a latency chain otherwise
                    double rr0 = 0;
                    double rr1 = 0;
                    double rz0 = 0;
                    double rz1 = 0;
                    int i = 0;
                    for (; i + 1 < n; i += 2) {
                        x[i] += alpha * p[i];
                        x[i + 1] += alpha * p[i + 1];
                        double r0 = r[i] - alpha * q[i];
                        double r1 = r[i + 1] - alpha * q[i + 1];
                        r[i] = r0;
                        r[i + 1] = r1;
                        double z0 = r0 * inverseDiagonal[i];
                        double z1 = r1 * inverseDiagonal[i + 1];
                        z[i] = z0;
                        z[i + 1] = z1;
                        rr0 += r0 * r0;
                        rr1 += r1 * r1;
                        rz0 += r0 * z0;
                        rz1 += r1 * z1;
                    }
                    for (; i < n; i++) {
                        x[i] += alpha * p[i];
                        double ri = r[i] - alpha * q[i];
                        r[i] = ri;
                        double zi = ri * inverseDiagonal[i];
                        z[i] = zi;
                        rr0 += ri * ri;
                        rz0 += ri * zi;
                    }
                    rr = rr0 + rr1;
                    rzNew = rz0 + rz1;
                } else {
                    rr = step(alpha, p, q, x, r);
                    if (preconditioner == null) {
                        rzNew = rr;
                    } else {
                        preconditioner.apply(r, z);
                        rzNew = dot(r, z);
                    }
                }
                iterations++;
                double beta = rzNew / rz;
                rz = rzNew;
                double[] from = preconditioner == null && inverseDiagonal == null ? r : z;
                for (int i = 0; i < n; i++) {
                    p[i] = from[i] + beta * p[i];
                }
            }
            a.apply(x, q);
            for (int i = 0; i < n; i++) {
                r[i] = b[i] - q[i];
            }
            residual = Math.sqrt(dot(r, r)) / bNorm;
            if (residual <= tolerance) {
                return;
            }
        }
    }

    private void precondition() {
        if (inverseDiagonal != null) {
            for (int i = 0; i < r.length; i++) {
                z[i] = r[i] * inverseDiagonal[i];
            }
        } else if (preconditioner == null) {
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

    /**
     * One CG step's vector updates, {@code x += α p}, {@code r −= α q} (q = A p), in one pass; returns
     * the new {@code rᵀr}, summed in two interleaved partial sums (the additions are a latency chain
     * otherwise).
     */
    static double step(double alpha, double[] p, double[] q, double[] x, double[] r) {
        int n = r.length;
        double rr0 = 0;
        double rr1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            x[i] += alpha * p[i];
            x[i + 1] += alpha * p[i + 1];
            double r0 = r[i] - alpha * q[i];
            double r1 = r[i + 1] - alpha * q[i + 1];
            r[i] = r0;
            r[i + 1] = r1;
            rr0 += r0 * r0;
            rr1 += r1 * r1;
        }
        for (; i < n; i++) {
            x[i] += alpha * p[i];
            double ri = r[i] - alpha * q[i];
            r[i] = ri;
            rr0 += ri * ri;
        }
        return rr0 + rr1;
    }

    /** {@code uᵀv} in four interleaved partial sums (independent addition chains). */
    static double dot(double[] u, double[] v) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = u.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += u[i] * v[i];
            s1 += u[i + 1] * v[i + 1];
            s2 += u[i + 2] * v[i + 2];
            s3 += u[i + 3] * v[i + 3];
        }
        for (; i < n; i++) {
            s0 += u[i] * v[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
