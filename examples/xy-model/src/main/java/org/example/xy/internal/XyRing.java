package org.example.xy.internal;

/**
 * The XY model on a ring of {@code N ≥ 2} sites (D = 1, periodic), solved exactly by its transfer
 * matrix. The kernel {@code T(θ, θ') = e^{β cos(θ − θ')} = Σ_{k∈ℤ} I_k(β) e^{ik(θ−θ')}} has the
 * eigenfunctions {@code e^{ikθ}} with eigenvalues {@code 2π I_k(β)} (modified Bessel functions), so
 * <pre>
 *   Z = Σ_k (2π I_k)^N,
 *   ⟨cos(θ_{n+1} − θ_n)⟩ = (1/N) ∂_β ln Z = Σ_k I_k^{N−1} I_k' / Σ_k I_k^N,   I_k' = (I_{k−1} + I_{k+1}) / 2,
 *   G(r) = ⟨cos(θ_{n+r} − θ_n)⟩ = Σ_k I_k^{N−r} I_{k+1}^r / Σ_k I_k^N,
 *   ⟨|M|²⟩ = (1/N) Σ_{r=0}^{N−1} G(r),     M = (1/N) Σ_n e^{iθ_n}.
 * </pre>
 * Everything is computed from the ratios {@code ρ_k = I_k/I_0 ∈ (0, 1]} ({@code ρ_{−k} = ρ_k}),
 * which neither overflow nor underflow; the sums stop where {@code ρ_k < 1e-20}.
 */
final class XyRing {
    private static final double NEGLIGIBLE = 1e-20;
    private final int n;
    /** ρ_k for k = 0..K+1. */
    private final double[] rho;

    /**
     * @param n    sites on the ring, ≥ 2
     * @param beta the coupling, > 0
     */
    XyRing(int n, double beta) {
        if (n < 2) {
            throw new IllegalArgumentException("the ring needs at least 2 sites, got " + n);
        }
        this.n = n;
        double i0 = Bessel.scaledI(0, beta);
        java.util.List<Double> r = new java.util.ArrayList<>();
        r.add(1.0);
        for (int k = 1;; k++) {
            double rk = Bessel.scaledI(k, beta) / i0;
            r.add(rk);
            if (rk < NEGLIGIBLE) {
                break;
            }
        }
        r.add(Bessel.scaledI(r.size(), beta) / i0);
        rho = r.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@code ⟨cos(θ_{n+1} − θ_n)⟩}, the mean link. */
    double link() {
        double num = 0;
        double den = 0;
        for (int k = -(rho.length - 2); k <= rho.length - 2; k++) {
            double rk = rho(k);
            double derivative = 0.5 * (rho(k - 1) + rho(k + 1));
            num += Math.pow(rk, n - 1) * derivative;
            den += Math.pow(rk, n);
        }
        return num / den;
    }

    /** {@code G(r) = ⟨cos(θ_{n+r} − θ_n)⟩}, {@code 0 ≤ r < N}. */
    double correlation(int r) {
        double num = 0;
        double den = 0;
        for (int k = -(rho.length - 2); k <= rho.length - 2; k++) {
            num += Math.pow(rho(k), n - r) * Math.pow(rho(k + 1), r);
            den += Math.pow(rho(k), n);
        }
        return num / den;
    }

    /** {@code ⟨|M|²⟩}. */
    double magnetisationSquared() {
        double s = 0;
        for (int r = 0; r < n; r++) {
            s += correlation(r);
        }
        return s / n;
    }

    private double rho(int k) {
        int a = Math.abs(k);
        return a < rho.length ? rho[a] : 0.0;
    }
}
