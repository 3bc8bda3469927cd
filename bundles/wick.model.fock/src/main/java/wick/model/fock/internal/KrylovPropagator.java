package wick.model.fock.internal;

/**
 * Krylov (Lanczos) exponential {@code h ← e^{−iHt} h} for real symmetric sparse {@code H} and complex
 * {@code h} (PHYSICS 3): with the Lanczos basis {@code V_m} of {@code K_m(H, h)} (full
 * reorthogonalisation) and its tridiagonal {@code T_m = S Θ Sᵀ},
 * {@code e^{−iHτ}h ≈ ‖h‖ V_m S e^{−iΘτ} Sᵀ e_1} (the reorthogonalisation as in {@link #lanczos}). The a-posteriori error estimate of a substep is
 * {@code ‖h‖ β_m |(e^{−iT_mτ} e_1)_m|} (the next Lanczos coefficient times the last component);
 * a substep is accepted when it is at most {@code tolerance}, and the next substep length is
 * {@code τ · min(2, 0.9 (tolerance/err)^{1/m})} (rejected substeps shrink likewise). A happy breakdown
 * ({@code β_j ≈ 0}) makes the substep exact. Since {@code V_m} is orthonormal and {@code e^{−iΘτ}} is
 * unitary, the norm is preserved to rounding. All work arrays are allocated once.
 */
final class KrylovPropagator implements Propagator {
    /** Orthogonalise again when a pass leaves less than this fraction of the norm (1/√2). */
    private static final double REORTHOGONALISE = Math.sqrt(0.5);
    private final SparseMatrix h;
    private final int n;
    private final int m;
    private final double tolerance;
    private final double[][] v;
    private final double[] w;
    private final double[] alpha;
    private final double[] beta;
    private final double[] yr;
    private final double[] yi;
    private double step = Double.NaN;
    private long substeps;

    /**
     * @param krylov    Krylov dimension m ≥ 2 (capped at the matrix size)
     * @param tolerance local error per substep, &gt; 0
     */
    KrylovPropagator(SparseMatrix h, int krylov, double tolerance) {
        this.h = h;
        this.n = h.size();
        this.m = Math.max(1, Math.min(krylov, n));
        this.tolerance = tolerance;
        this.v = new double[m + 1][2 * n];
        this.w = new double[2 * n];
        this.alpha = new double[m];
        this.beta = new double[m];
        this.yr = new double[m];
        this.yi = new double[m];
    }

    /** Substeps taken so far. */
    long substeps() {
        return substeps;
    }

    @Override
    public int advance(double[] state, double t) {
        double done = 0;
        int count = 0;
        double sign = Math.signum(t);
        double total = Math.abs(t);
        if (total == 0) {
            return 0;
        }
        if (!(step > 0)) {
            step = total;
        }
        while (done < total) {
            double beta0 = ComplexVectors.norm(state, n);
            if (beta0 == 0) {
                return count;
            }
            int k = lanczos(state, beta0);
            Eigenpairs e = DenseEigen.tridiagonal(alpha, beta, k);
            boolean exact = k < m || beta[k - 1] <= 1e-13 * Math.max(1, Math.abs(alpha[k - 1]));
            while (true) {
                double tau = Math.min(step, total - done);
                double err = propagateSmall(e, k, sign * tau) * beta0 * (exact ? 0 : beta[k - 1]);
                if (err <= tolerance || tau <= 1e-14 * total) {
                    combine(state, beta0, k);
                    done += tau;
                    count++;
                    substeps++;
                    if (tau == step || done < total) {
                        step = tau * grow(err, k);
                    }
                    break;
                }
                step = tau * Math.min(0.5, 0.9 * Math.pow(tolerance / err, 1.0 / k));
            }
        }
        return count;
    }

    private double grow(double err, int k) {
        if (err == 0) {
            return 2;
        }
        return Math.min(2, 0.9 * Math.pow(tolerance / err, 1.0 / k));
    }

    /**
     * Builds {@code V, α, β} from {@code state/β0}; returns the Krylov dimension reached. Each new
     * {@code w = H v_j} is orthogonalised against every {@code v_q} by modified Gram–Schmidt, and a
     * second time when the first pass removed more than {@code 1 − 1/√2} of its norm (the DGKS
     * criterion: twice is enough); {@code α_j} is the total real coefficient on {@code v_j}.
     */
    private int lanczos(double[] state, double beta0) {
        double[] v0 = v[0];
        for (int i = 0; i < 2 * n; i++) {
            v0[i] = state[i] / beta0;
        }
        for (int j = 0; j < m; j++) {
            h.multiplyComplex(v[j], w);
            double before = ComplexVectors.norm(w, n);
            alpha[j] = 0;
            double after = orthogonalise(j);
            if (after < REORTHOGONALISE * before) {
                after = orthogonalise(j);
            }
            beta[j] = after;
            if (beta[j] <= 1e-13 * Math.max(1, Math.abs(alpha[j]))) {
                return j + 1;
            }
            double[] next = v[j + 1];
            double inv = 1 / beta[j];
            for (int i = 0; i < 2 * n; i++) {
                next[i] = w[i] * inv;
            }
        }
        return m;
    }

    /**
     * One modified Gram–Schmidt pass of {@code w} against {@code v_0 … v_j}, adding the real
     * coefficient on {@code v_j} to {@code α_j}; returns {@code ‖w‖} after it. Each subtraction of
     * {@code c_q v_q} computes {@code ⟨v_{q+1}|w⟩} in the same sweep, and the last one {@code ‖w‖²}.
     */
    private double orthogonalise(int j) {
        double cr = ComplexVectors.dotRe(v[0], w, n);
        double ci = ComplexVectors.dotIm(v[0], w, n);
        double norm2 = 0;
        for (int q = 0; q <= j; q++) {
            double[] x = v[q];
            double[] y = q < j ? v[q + 1] : null;
            double sr = 0;
            double si = 0;
            for (int i = 0; i < n; i++) {
                double xr = x[i];
                double xi = x[n + i];
                double wr = w[i] - (cr * xr - ci * xi);
                double wi = w[n + i] - (cr * xi + ci * xr);
                w[i] = wr;
                w[n + i] = wi;
                if (y != null) {
                    double yr = y[i];
                    double yi = y[n + i];
                    sr += yr * wr + yi * wi;
                    si += yr * wi - yi * wr;
                } else {
                    norm2 += wr * wr + wi * wi;
                }
            }
            if (q == j) {
                alpha[j] += cr;
            }
            cr = sr;
            ci = si;
        }
        return Math.sqrt(norm2);
    }

    /** {@code y = e^{−iTτ} e_1 = S e^{−iΘτ} Sᵀ e_1} into {@code yr, yi}; returns {@code |y_{k−1}|}. */
    private double propagateSmall(Eigenpairs e, int k, double tau) {
        java.util.Arrays.fill(yr, 0);
        java.util.Arrays.fill(yi, 0);
        for (int q = 0; q < k; q++) {
            double[] s = e.vectors()[q];
            double phase = -e.values()[q] * tau;
            double c = Math.cos(phase) * s[0];
            double d = Math.sin(phase) * s[0];
            for (int j = 0; j < k; j++) {
                yr[j] += s[j] * c;
                yi[j] += s[j] * d;
            }
        }
        return Math.hypot(yr[k - 1], yi[k - 1]);
    }

    /** {@code state = β0 Σ_j y_j v_j}. */
    private void combine(double[] state, double beta0, int k) {
        java.util.Arrays.fill(state, 0);
        for (int j = 0; j < k; j++) {
            double cr = beta0 * yr[j];
            double ci = beta0 * yi[j];
            double[] vj = v[j];
            for (int i = 0; i < n; i++) {
                double a = vj[i];
                double b = vj[n + i];
                state[i] += cr * a - ci * b;
                state[n + i] += cr * b + ci * a;
            }
        }
    }
}
