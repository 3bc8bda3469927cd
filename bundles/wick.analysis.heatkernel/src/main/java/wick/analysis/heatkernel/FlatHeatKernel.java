package wick.analysis.heatkernel;

import wick.api.lattice.Lattice;

/**
 * The diagonal {@code [e^{−sK_E}]_{nn}} of the flat Euclidean operator
 * {@code K_E = v (Σ_μ Δ_μᵀΔ_μ + m²)} (PHYSICS sections 1 and 5); it is the same at every site.
 * Per direction, with {@code t_μ = s v / a_μ²}, the one-dimensional factor is
 * <ul>
 * <li>infinite lattice: {@code e^{−2t} I_0(2t)} ({@link #infiniteDiagonal});</li>
 * <li>periodic lattice of {@code N} sites, by images: {@code Σ_{w∈Z} e^{−2t} I_{|w|N}(2t)}
 * ({@link #periodicDiagonal});</li>
 * <li>periodic lattice, by momenta: {@code (1/N) Σ_j e^{−2t (1 − cos 2πj/N)}} ({@link #momentumDiagonal}),</li>
 * </ul>
 * and the diagonal is {@code e^{−s v m²} Π_μ (factor_μ)}. The image and momentum sums are equal
 * (Poisson summation); the trace is {@code V} times the diagonal.
 */
public final class FlatHeatKernel {
    private FlatHeatKernel() {
    }

    /** {@code e^{−s v m²} Π_μ e^{−2t_μ} I_0(2t_μ)}, {@code t_μ = s v/a_μ²}: the infinite-lattice diagonal. */
    public static double infiniteDiagonal(Lattice lattice, double m2, double s) {
        double v = lattice.cellVolume();
        double h = Math.exp(-s * v * m2);
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            double a = lattice.spacing(mu);
            h *= BesselI.scaledI0(2 * s * v / (a * a));
        }
        return h;
    }

    /** The periodic-lattice diagonal from the image sum of Bessel functions. */
    public static double periodicDiagonal(Lattice lattice, double m2, double s) {
        double v = lattice.cellVolume();
        double h = Math.exp(-s * v * m2);
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            double a = lattice.spacing(mu);
            h *= periodicFactor(lattice.extent(mu), s * v / (a * a));
        }
        return h;
    }

    /** The periodic-lattice diagonal from the momentum sum. */
    public static double momentumDiagonal(Lattice lattice, double m2, double s) {
        double v = lattice.cellVolume();
        double h = Math.exp(-s * v * m2);
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            double a = lattice.spacing(mu);
            double t = s * v / (a * a);
            int n = lattice.extent(mu);
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += Math.exp(-2 * t * (1 - Math.cos(2 * Math.PI * j / n)));
            }
            h *= sum / n;
        }
        return h;
    }

    /**
     * The one-dimensional periodic factor {@code Σ_{w∈Z} e^{−2t} I_{|w|N}(2t)} for a ring of {@code n} sites.
     *
     * @throws IllegalArgumentException when {@code t < 0} or {@code n < 1}
     */
    public static double periodicFactor(int n, double t) {
        if (n < 1) {
            throw new IllegalArgumentException("a ring needs n >= 1 sites, got " + n);
        }
        double x = 2 * t;
        int reach = (int) Math.ceil(x + 12 * Math.sqrt(x + 1) + 40);
        int images = Math.max(1, (reach + n - 1) / n);
        int nMax = images * n;
        double[] in = new double[nMax + 1];
        BesselI.scaled(nMax, x, in);
        double sum = 0;
        for (int w = images; w >= 1; w--) {
            sum += in[w * n];
        }
        return in[0] + 2 * sum;
    }
}
