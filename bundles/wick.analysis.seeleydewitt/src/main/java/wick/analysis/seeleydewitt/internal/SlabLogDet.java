package wick.analysis.seeleydewitt.internal;

import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;
import wick.model.gravity.SiteCoefficients;
import wick.model.gravity.StressOption;

/**
 * The exact {@code ln det K[σ]} (PHYSICS 4) on a D-dimensional lattice for a conformal σ that depends on
 * the last coordinate {@code x = x_{D−1}} only, by block diagonalisation. With {@code c(n) = c_x(n) I}
 * (conformal: {@code c = (1 + tr σ)I − 2σ} is a multiple of I) and {@code w(n) = 1 + tr σ(n)} functions
 * of x, {@code K[σ]} commutes with the transverse shifts, so the transverse Fourier modes
 * ({@link TransverseModes}, {@code q² = Σ_{μ<D−1} k̂_μ²}) split it into periodic tridiagonal blocks along x:
 * <pre>
 * K_q / v = Σ_n b_n (|n⟩ − |n+1⟩)(⟨n| − ⟨n+1|) + diag(c_x(n) q² + m² w(n)),
 * b_n = ½(c_x(n) + c_x(n+1)) / a_x²  (symmetric: the corner average of Δ⁺ᵀCΔ⁺ and Δ⁻ᵀCΔ⁻),
 * b_n = c_x(n) / a_x²                 (forward: Δ⁺ᵀCΔ⁺),
 * ln det K[σ] = V ln v + Σ_q mult(q) ln det (K_q / v),
 * </pre>
 * all blocks together by {@link PeriodicTridiagonal} (diagonal {@code b_{n−1} + b_n + m² w(n)}, shift
 * coefficient {@code c_x(n)}, shifts {@code q²}, links {@code −b_n}). Cost O(#groups · N_x), memory
 * O(#groups + N_x): the full lattice is never built. Holds work arrays: not thread-safe.
 */
final class SlabLogDet {
    private static final double EPS = Math.ulp(1.0);
    private final TransverseModes modes;
    private final PeriodicTridiagonal blocks;
    private final int n;
    private final double ax2;
    private final boolean symmetric;
    private final double volumeLogCell;
    private final double[] b;
    private final double[] d;
    private final double[] t;
    private final double[] e;
    private final double[] work;

    /**
     * @param modes      the transverse momenta
     * @param line       the 1 × ... × 1 × N_x lattice carrying the profile (its last spacing is a_x)
     * @param option     the discretisation of K[σ]
     * @param volume     V of the whole lattice
     * @param cellVolume v of the whole lattice
     */
    SlabLogDet(TransverseModes modes, Lattice line, StressOption option, double volume, double cellVolume) {
        this.modes = modes;
        int dim = line.dimension();
        this.n = line.extent(dim - 1);
        double ax = line.spacing(dim - 1);
        this.ax2 = ax * ax;
        this.symmetric = option == StressOption.SYMMETRIC;
        this.volumeLogCell = volume * Math.log(cellVolume);
        double[] q2 = new double[modes.count()];
        for (int g = 0; g < q2.length; g++) {
            q2[g] = modes.q2(g);
        }
        this.blocks = new PeriodicTridiagonal(q2);
        this.b = new double[n];
        this.d = new double[n];
        this.t = new double[n];
        this.e = new double[n];
        this.work = new double[q2.length];
    }

    /** Number of distinct blocks (transverse momentum groups). */
    int groups() {
        return modes.count();
    }

    /**
     * {@code ln det (K_q/v)} per group into {@code out}.
     *
     * @param coefficients {@code c(n)}, {@code w(n)} on the line lattice (conformal: {@code c(n)} a multiple of I)
     * @throws IllegalArgumentException when a block is not positive definite
     */
    void groupLogDets(SiteCoefficients coefficients, double m2, double[] out, ProgressMonitor progress) {
        int dim = coefficients.d;
        int dd = dim * dim;
        double[] c = coefficients.c;
        double[] w = coefficients.w;
        int last = (dim - 1) * dim + dim - 1;
        for (int i = 0; i < n; i++) {
            double here = c[i * dd + last];
            double next = c[((i + 1) % n) * dd + last];
            b[i] = (symmetric ? 0.5 * (here + next) : here) / ax2;
        }
        for (int i = 0; i < n; i++) {
            d[i] = b[i == 0 ? n - 1 : i - 1] + b[i] + m2 * w[i];
            t[i] = c[i * dd];
            e[i] = -b[i];
        }
        blocks.logDets(d, t, e, n, out, progress);
    }

    /** The whole {@code ln det K[σ] = V ln v + Σ_q mult(q) ln det(K_q/v)}. */
    double logDet(SiteCoefficients coefficients, double m2, ProgressMonitor progress) {
        groupLogDets(coefficients, m2, work, progress);
        double sum = 0;
        for (int g = 0; g < work.length; g++) {
            sum += modes.multiplicity(g) * work[g];
        }
        return volumeLogCell + sum;
    }

    /**
     * {@code ln det K[σ_a] − ln det K[σ_b] = Σ_q mult(q) (ld_a(q) − ld_b(q))} from per-group values: the
     * large common part cancels group by group before the sum.
     */
    double difference(double[] a, double[] bb) {
        double sum = 0;
        for (int g = 0; g < a.length; g++) {
            sum += modes.multiplicity(g) * (a[g] - bb[g]);
        }
        return sum;
    }

    /**
     * A statistical estimate of the rounding error of {@link #difference}: each pivot carries a relative
     * error of a few ε, amplified at most ~5 times by the (contracting) pivot recursion, so each block's
     * {@code ln det} is off by about {@code 10ε√N_x} at random; two per group, weighted by the
     * multiplicities: {@code 20ε√N_x ‖mult‖₂}.
     */
    double differenceRounding() {
        double m = 0;
        for (int g = 0; g < modes.count(); g++) {
            m += (double) modes.multiplicity(g) * modes.multiplicity(g);
        }
        return 20 * EPS * Math.sqrt(n) * Math.sqrt(m);
    }
}
