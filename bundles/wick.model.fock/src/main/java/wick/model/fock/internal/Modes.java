package wick.model.fock.internal;

import wick.api.param.ParameterException;

/**
 * The normal modes of the free lattice field on a periodic ring of {@code N} sites, spacing {@code a}
 * (PHYSICS 3): mode {@code j = 0..N−1} has momentum {@code k_j = 2πj/(N a)}, lattice momentum
 * {@code k̂ = (2/a) sin(k a/2)} and frequency {@code ω_j = sqrt(k̂² + m²)}. The total momentum of a
 * Fock state is {@code Σ j n_j mod N} in units of {@code 2π/(N a)}.
 */
final class Modes {
    private final int sites;
    private final double spacing;
    private final double m2;
    private final double[] omega;

    /**
     * @throws ParameterException when {@code m² ≤ 0} (ω₀ = m would vanish: the mode basis needs m > 0)
     */
    Modes(int sites, double spacing, double m2) {
        FockParameters.checkSites(sites);
        FockParameters.checkSpacing(spacing);
        if (!(m2 > 0)) {
            throw new ParameterException("m2", String.valueOf(m2),
                    "m2 > 0 in the mode basis (omega_0 = m must be positive; use basis=sites for m2 <= 0 with lambda > 0)");
        }
        this.sites = sites;
        this.spacing = spacing;
        this.m2 = m2;
        this.omega = new double[sites];
        for (int j = 0; j < sites; j++) {
            double khat = 2 / spacing * Math.sin(Math.PI * j / sites);
            omega[j] = Math.sqrt(khat * khat + m2);
        }
    }

    int sites() {
        return sites;
    }

    double spacing() {
        return spacing;
    }

    double m2() {
        return m2;
    }

    /** {@code ω_j}. */
    double omega(int j) {
        return omega[j];
    }

    /** A copy of all {@code ω_j}. */
    double[] omegas() {
        return omega.clone();
    }

    /** The zero-point energy {@code ½ Σ_k ω_k}. */
    double zeroPoint() {
        double s = 0;
        for (double w : omega) {
            s += w;
        }
        return 0.5 * s;
    }

    /** {@code ⟨0|φ_n²|0⟩ = Σ_k 1/(2 N a ω_k)}, the free-vacuum contraction used for normal ordering. */
    double vacuumPhi2() {
        double s = 0;
        for (double w : omega) {
            s += 1 / (2 * sites * spacing * w);
        }
        return s;
    }
}
