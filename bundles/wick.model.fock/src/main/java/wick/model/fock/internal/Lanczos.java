package wick.model.fock.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;

/**
 * The lowest eigenpairs of a real symmetric sparse matrix by Lanczos with full reorthogonalisation
 * (two Gram–Schmidt passes against every Lanczos vector and every locked eigenvector). A Ritz pair
 * {@code (θ, V s)} is converged when its residual {@code ‖H x − θ x‖ = β_m |s_m|} is at most
 * {@code tolerance · max(1, |θ|)}.
 *
 * <p>A single Krylov space holds one direction per eigenspace, so degenerate levels are found by
 * deflation: after a run, its converged pairs are locked and a new run starts from a random vector
 * orthogonal to them; runs repeat until one adds nothing below the {@code k}-th lowest locked level.
 * A diagonal matrix is answered exactly from its sorted diagonal.
 */
final class Lanczos {
    private final SparseMatrix h;
    private final int n;
    private final double tolerance;
    private final int maxSteps;
    private final RandomStream random;
    private final ProgressMonitor progress;

    /**
     * @param maxSteps the largest Krylov dimension of one run (memory {@code maxSteps · n} doubles)
     */
    Lanczos(SparseMatrix h, double tolerance, int maxSteps, RandomStream random, ProgressMonitor progress) {
        this.h = h;
        this.n = h.size();
        this.tolerance = tolerance;
        this.maxSteps = maxSteps;
        this.random = random;
        this.progress = progress;
    }

    /** The lowest {@code min(k, n)} eigenpairs, ascending. */
    Eigenpairs lowest(int k) {
        int want = Math.min(k, n);
        if (h.isDiagonal()) {
            return diagonal(want);
        }
        List<double[]> lockedVectors = new ArrayList<>();
        List<Double> lockedValues = new ArrayList<>();
        for (int round = 0; round <= want + 1 && lockedVectors.size() < n; round++) {
            Eigenpairs found = run(want, lockedVectors);
            double ceiling = lockedValues.size() >= want ? kth(lockedValues, want) : Double.POSITIVE_INFINITY;
            int added = 0;
            for (int i = 0; i < found.count(); i++) {
                double theta = found.values()[i];
                if (theta < ceiling - tolerance * Math.max(1, Math.abs(theta)) || lockedValues.size() < want) {
                    lockedValues.add(theta);
                    lockedVectors.add(found.vectors()[i]);
                    added++;
                }
            }
            if (added == 0) {
                break;
            }
        }
        Integer[] order = new Integer[lockedValues.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(lockedValues.get(a), lockedValues.get(b)));
        int m = Math.min(want, order.length);
        double[] values = new double[m];
        double[][] vectors = new double[m][];
        for (int i = 0; i < m; i++) {
            values[i] = lockedValues.get(order[i]);
            vectors[i] = lockedVectors.get(order[i]);
        }
        return new Eigenpairs(values, vectors);
    }

    private static double kth(List<Double> values, int k) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[k - 1];
    }

    private Eigenpairs diagonal(int k) {
        double[] d = h.diagonal();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(d[a], d[b]));
        double[] values = new double[k];
        double[][] vectors = new double[k][];
        for (int i = 0; i < k; i++) {
            values[i] = d[order[i]];
            vectors[i] = new double[n];
            vectors[i][order[i]] = 1;
        }
        return new Eigenpairs(values, vectors);
    }

    /** One Lanczos run in the orthogonal complement of {@code locked}; its converged lowest pairs. */
    private Eigenpairs run(int k, List<double[]> locked) {
        int limit = Math.min(maxSteps, n - locked.size());
        double[][] v = new double[limit + 1][];
        double[] alpha = new double[limit];
        double[] beta = new double[limit];
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = random.nextGaussian();
        }
        orthogonalise(start, locked, v, 0);
        double s = norm(start);
        for (int i = 0; i < n; i++) {
            start[i] /= s;
        }
        v[0] = start;
        double[] w = new double[n];
        int m = 0;
        long last = System.nanoTime();
        Eigenpairs ritz = null;
        while (m < limit) {
            h.multiply(v[m], w);
            alpha[m] = dot(v[m], w);
            for (int i = 0; i < n; i++) {
                w[i] -= alpha[m] * v[m][i] + (m > 0 ? beta[m - 1] * v[m - 1][i] : 0);
            }
            orthogonalise(w, locked, v, m + 1);
            beta[m] = norm(w);
            m++;
            boolean invariant = beta[m - 1] <= 1e-13 * Math.max(1, Math.abs(alpha[m - 1]));
            if (m == limit || invariant || m >= Math.min(k, limit) && m % 8 == 0) {
                ritz = DenseEigen.tridiagonal(alpha, beta, m);
                int kk = Math.min(k, m);
                boolean converged = true;
                for (int i = 0; i < kk && converged; i++) {
                    double res = Math.abs(beta[m - 1] * ritz.vectors()[i][m - 1]);
                    converged = invariant || res <= tolerance * Math.max(1, Math.abs(ritz.values()[i]));
                }
                if (converged && (kk == k || invariant || m == limit) || m == limit || invariant) {
                    if (!converged) {
                        throw new IllegalStateException("Lanczos did not converge in " + limit
                                + " steps (dimension " + n + "); ask for fewer levels or a smaller truncation");
                    }
                    break;
                }
            }
            if (System.nanoTime() - last > 100_000_000L) {
                progress.checkCancelled();
                progress.report((double) m / limit, "Lanczos step " + m);
                last = System.nanoTime();
            }
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = w[i] / beta[m - 1];
            }
            v[m] = next;
        }
        int kk = Math.min(k, m);
        double[] values = new double[kk];
        double[][] vectors = new double[kk][];
        for (int i = 0; i < kk; i++) {
            values[i] = ritz.values()[i];
            double[] x = new double[n];
            double[] s1 = ritz.vectors()[i];
            for (int j = 0; j < m; j++) {
                double c = s1[j];
                double[] vj = v[j];
                for (int t = 0; t < n; t++) {
                    x[t] += c * vj[t];
                }
            }
            double nx = norm(x);
            for (int t = 0; t < n; t++) {
                x[t] /= nx;
            }
            vectors[i] = x;
        }
        return new Eigenpairs(values, vectors);
    }

    /** Two passes of classical Gram–Schmidt against {@code locked} and {@code v[0..count)}. */
    private void orthogonalise(double[] w, List<double[]> locked, double[][] v, int count) {
        for (int pass = 0; pass < 2; pass++) {
            for (double[] u : locked) {
                double c = dot(u, w);
                for (int i = 0; i < n; i++) {
                    w[i] -= c * u[i];
                }
            }
            for (int j = 0; j < count; j++) {
                double c = dot(v[j], w);
                double[] vj = v[j];
                for (int i = 0; i < n; i++) {
                    w[i] -= c * vj[i];
                }
            }
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
