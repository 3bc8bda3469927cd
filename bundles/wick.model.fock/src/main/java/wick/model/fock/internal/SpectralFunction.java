package wick.model.fock.internal;

import wick.api.progress.ProgressMonitor;

/**
 * The spectral decomposition of {@code ψ = φ̃_0|0⟩} (PHYSICS 3, Euclidean bridge):
 * {@code C_H(τ) = a Σ_j |⟨j|φ̃_0|0⟩|² e^{−(E_j − E_0)τ}} by Lanczos started from {@code ψ} (its vacuum
 * component removed, {@code ⟨0|φ̃_0|0⟩ = 0} by φ → −φ symmetry, and kept apart as a constant): the
 * Ritz values {@code θ_i} of the Krylov space of {@code ψ} are the levels coupled to {@code φ̃_0}, with
 * weights {@code ‖ψ‖² s_{0,i}²} (Gauss quadrature; exact once the Krylov space is invariant). The
 * factor {@code a} makes the sum over x the spatial integral, so the free theory gives exactly
 * {@code e^{−mτ}/(2m)} for every N and a (the Model 2 convention {@code a_s Σ_x}).
 *
 * @param energies levels {@code E_j} coupled to {@code φ̃_0}, ascending (absolute)
 * @param weights  {@code a |⟨j|φ̃_0|0⟩|²}
 * @param ground   {@code E_0}
 * @param constant {@code a |⟨0|φ̃_0|0⟩|²} (zero up to rounding in the symmetric phase)
 */
record SpectralFunction(double[] energies, double[] weights, double ground, double constant) {
    /** Weights below this fraction of {@code ‖ψ‖²} are rounding noise, not levels. */
    static final double NEGLIGIBLE = 1e-12;

    /**
     * Computes the decomposition.
     *
     * @param h      {@code P H P} of the sector holding the vacuum
     * @param phi0   {@code P φ̃_0 P} on the same basis
     * @param vacuum the ground-state vector, unit norm
     * @param e0     its energy
     */
    static SpectralFunction of(SparseMatrix h, SparseMatrix phi0, double[] vacuum, double e0, double spacing,
            ProgressMonitor progress) {
        int n = h.size();
        double[] psi = new double[n];
        phi0.multiply(vacuum, psi);
        double c0 = Lanczos.dot(vacuum, psi);
        for (int i = 0; i < n; i++) {
            psi[i] -= c0 * vacuum[i];
        }
        double norm2 = Lanczos.dot(psi, psi);
        if (norm2 == 0) {
            return new SpectralFunction(new double[0], new double[0], e0, spacing * c0 * c0);
        }
        int limit = Math.min(n, 1000);
        double[][] v = new double[limit + 1][];
        double[] alpha = new double[limit];
        double[] beta = new double[limit];
        double[] w = new double[n];
        v[0] = psi.clone();
        double s = Math.sqrt(norm2);
        for (int i = 0; i < n; i++) {
            v[0][i] /= s;
        }
        Eigenpairs ritz = null;
        int m = 0;
        double previousLowest = Double.NaN;
        while (m < limit) {
            h.multiply(v[m], w);
            alpha[m] = Lanczos.dot(v[m], w);
            for (int i = 0; i < n; i++) {
                w[i] -= alpha[m] * v[m][i] + (m > 0 ? beta[m - 1] * v[m - 1][i] : 0);
            }
            for (int pass = 0; pass < 2; pass++) {
                double cv = Lanczos.dot(vacuum, w);
                for (int i = 0; i < n; i++) {
                    w[i] -= cv * vacuum[i];
                }
                for (int j = 0; j <= m; j++) {
                    double c = Lanczos.dot(v[j], w);
                    for (int i = 0; i < n; i++) {
                        w[i] -= c * v[j][i];
                    }
                }
            }
            beta[m] = Lanczos.norm(w);
            m++;
            boolean invariant = beta[m - 1] <= 1e-13 * Math.max(1, Math.abs(alpha[m - 1]));
            if (invariant || m == limit || m % 8 == 0) {
                ritz = DenseEigen.tridiagonal(alpha, beta, m);
                int lowest = lowestWeighted(ritz, m);
                double theta = ritz.values()[lowest];
                double res = Math.abs(beta[m - 1] * ritz.vectors()[lowest][m - 1]);
                boolean done = res <= 1e-10 * Math.max(1, Math.abs(theta)) && m >= 24
                        && Math.abs(theta - previousLowest) <= 1e-13 * Math.max(1, Math.abs(theta));
                previousLowest = theta;
                if (invariant || done || m == limit) {
                    break;
                }
                progress.checkCancelled();
            }
            v[m] = new double[n];
            for (int i = 0; i < n; i++) {
                v[m][i] = w[i] / beta[m - 1];
            }
        }
        double[] e = new double[m];
        double[] wt = new double[m];
        int count = 0;
        for (int i = 0; i < m; i++) {
            double s0 = ritz.vectors()[i][0];
            double weight = norm2 * s0 * s0;
            if (weight > NEGLIGIBLE * norm2) {
                e[count] = ritz.values()[i];
                wt[count] = spacing * weight;
                count++;
            }
        }
        return new SpectralFunction(java.util.Arrays.copyOf(e, count), java.util.Arrays.copyOf(wt, count), e0,
                spacing * c0 * c0);
    }

    private static int lowestWeighted(Eigenpairs ritz, int m) {
        for (int i = 0; i < m; i++) {
            double s0 = ritz.vectors()[i][0];
            if (s0 * s0 > NEGLIGIBLE) {
                return i;
            }
        }
        return 0;
    }

    /** {@code E_1 − E_0} for the lowest level coupled to {@code φ̃_0} (NaN when none). */
    double gap() {
        return energies.length == 0 ? Double.NaN : energies[0] - ground;
    }

    /** {@code C_H(τ)}. */
    double correlator(double tau) {
        double c = constant;
        for (int j = 0; j < energies.length; j++) {
            c += weights[j] * Math.exp(-(energies[j] - ground) * tau);
        }
        return c;
    }
}
