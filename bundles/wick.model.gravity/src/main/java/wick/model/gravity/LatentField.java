package wick.model.gravity;

/**
 * The latent field σ_{μν} (PHYSICS section 4): a symmetric D×D matrix per block, stored as its
 * {@code P = D(D+1)/2} upper components per block in the order 00, 01, ..., 0(D−1), 11, 12, ...
 * (for D = 2: "00", "01", "11"). Mutable; not thread-safe.
 *
 * <p>Per block: {@code c = (1 + tr σ) I − 2σ} (the "shifted metric-like coefficient"), and the
 * region Ω: {@code c ≻ 0} and {@code 1 + tr σ > 0}.
 */
public final class LatentField {
    private final Blocks blocks;
    private final int d;
    private final int p;
    private final double[] values;

    /** σ = 0 on every block. */
    public LatentField(Blocks blocks) {
        this.blocks = blocks;
        this.d = blocks.lattice().dimension();
        this.p = components(d);
        this.values = new double[blocks.count() * p];
    }

    /** Number of components {@code D(D+1)/2}. */
    public static int components(int dimension) {
        return dimension * (dimension + 1) / 2;
    }

    /** The storage index of component (μ, ν) (either order). */
    public static int component(int dimension, int mu, int nu) {
        int a = Math.min(mu, nu);
        int b = Math.max(mu, nu);
        return a * dimension - a * (a - 1) / 2 + (b - a);
    }

    /** The name of component {@code index}, e.g. {@code "01"}. */
    public static String componentName(int dimension, int index) {
        for (int mu = 0; mu < dimension; mu++) {
            for (int nu = mu; nu < dimension; nu++) {
                if (component(dimension, mu, nu) == index) {
                    return "" + mu + nu;
                }
            }
        }
        throw new IllegalArgumentException("component index " + index + " out of 0.." + (components(dimension) - 1));
    }

    /** The blocks σ lives on. */
    public Blocks blocks() {
        return blocks;
    }

    /** The dimension D. */
    public int dimension() {
        return d;
    }

    /** σ_{μν} on block {@code b}. */
    public double get(int b, int mu, int nu) {
        return values[b * p + component(d, mu, nu)];
    }

    /** Sets σ_{μν} = σ_{νμ} on block {@code b}. */
    public void set(int b, int mu, int nu, double value) {
        values[b * p + component(d, mu, nu)] = value;
    }

    /** The raw storage, {@code values[b·P + component]} (shared: writes change the field). */
    public double[] values() {
        return values;
    }

    /** {@code tr σ} on block {@code b}. */
    public double trace(int b) {
        double t = 0;
        for (int mu = 0; mu < d; mu++) {
            t += get(b, mu, mu);
        }
        return t;
    }

    /**
     * Writes {@code c = (1 + tr σ) I − 2σ} of block {@code b} into {@code out} (row-major D×D, modified).
     */
    public void coefficient(int b, double[] out) {
        double w = 1 + trace(b);
        for (int mu = 0; mu < d; mu++) {
            for (int nu = 0; nu < d; nu++) {
                out[mu * d + nu] = (mu == nu ? w : 0) - 2 * get(b, mu, nu);
            }
        }
    }

    /** Whether block {@code b} lies in Ω: {@code c ≻ 0} (by Cholesky) and {@code 1 + tr σ > 0}. */
    public boolean inOmega(int b) {
        return inOmega(values, d, b);
    }

    /**
     * Whether block {@code b} of σ (storage {@code values[b·P + q]}) lies in Ω: {@code 1 + tr σ > 0}
     * and {@code c = (1 + tr σ) I − 2σ} has a Cholesky factor ({@link #cholesky}: the same arithmetic,
     * so both agree to the last bit). Allocation-free for D ≤ 2.
     */
    public static boolean inOmega(double[] values, int d, int b) {
        int p = components(d);
        int o = b * p;
        if (d == 1) {
            double w = 1 + values[o];
            return w > 0 && w - 2 * values[o] > 0;
        }
        if (d == 2) {
            double s00 = values[o];
            double s01 = values[o + 1];
            double s11 = values[o + 2];
            double w = 1 + (s00 + s11);
            double c00 = w - 2 * s00;
            if (!(w > 0) || !(c00 > 0)) {
                return false;
            }
            double l10 = (0 - 2 * s01) / Math.sqrt(c00);
            return (w - 2 * s11) - l10 * l10 > 0;
        }
        double trace = 0;
        for (int mu = 0; mu < d; mu++) {
            trace += values[o + component(d, mu, mu)];
        }
        double w = 1 + trace;
        if (!(w > 0)) {
            return false;
        }
        double[] c = new double[d * d];
        for (int mu = 0; mu < d; mu++) {
            for (int nu = 0; nu < d; nu++) {
                c[mu * d + nu] = (mu == nu ? w : 0) - 2 * values[o + component(d, mu, nu)];
            }
        }
        return cholesky(c, d, new double[d * d]);
    }

    /** Whether every block lies in Ω. */
    public boolean inOmega() {
        return firstOutsideOmega() < 0;
    }

    /** The first block outside Ω, or −1. */
    public int firstOutsideOmega() {
        for (int b = 0; b < blocks.count(); b++) {
            if (!inOmega(b)) {
                return b;
            }
        }
        return -1;
    }

    /** The lattice mean σ̄ in storage order (all blocks have M sites, so it is the mean over blocks); a new array. */
    public double[] latticeMean() {
        double[] mean = new double[p];
        for (int b = 0; b < blocks.count(); b++) {
            for (int q = 0; q < p; q++) {
                mean[q] += values[b * p + q];
            }
        }
        for (int q = 0; q < p; q++) {
            mean[q] /= blocks.count();
        }
        return mean;
    }

    /**
     * Cholesky {@code a = l lᵀ} of a symmetric row-major n×n matrix (n ≤ 4, no allocation).
     *
     * @param a not modified
     * @param l overwritten with the lower factor (upper part zero)
     * @return false when {@code a} is not positive definite
     */
    static boolean cholesky(double[] a, int n, double[] l) {
        if (n == 2) { // the loop below, unrolled
            double l00 = a[0];
            if (!(l00 > 0)) {
                return false;
            }
            l00 = Math.sqrt(l00);
            double l10 = a[2] / l00;
            double l11 = a[3] - l10 * l10;
            if (!(l11 > 0)) {
                return false;
            }
            l[0] = l00;
            l[1] = 0;
            l[2] = l10;
            l[3] = Math.sqrt(l11);
            return true;
        }
        java.util.Arrays.fill(l, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return false;
                    }
                    l[i * n + i] = Math.sqrt(s);
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        return true;
    }
}
