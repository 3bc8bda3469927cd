package wick.model.ebm.internal;

import wick.api.lattice.Lattice;
import wick.api.model.ActionTarget;
import wick.api.model.GaussianConditionalTarget;
import wick.api.model.GaussianSymbolTarget;
import wick.lattice.FreeField;

/**
 * The free field {@code p(φ) ∝ e^{−½ φᵀ K_E φ}}, {@code K_E = v(Σ_μ Δ_μᵀΔ_μ + m²)} (PHYSICS 1, 2.1).
 * Capabilities: the symbol (exact FFT sampler), the single-site conditionals (heat bath) and the action.
 *
 * <p>Site conditional: {@code K_nn = v(Σ_μ 2/a_μ² + m²)} and
 * {@code μ_n = v Σ_μ (φ_{n+μ̂} + φ_{n−μ̂})/a_μ² / K_nn}, summing only directions with {@code N_μ ≥ 2}
 * (for {@code N_μ = 1}, {@code Δ_μ = 0}).
 */
final class FreeFieldTarget implements GaussianSymbolTarget, GaussianConditionalTarget, ActionTarget {
    private final FreeField free;
    private final Lattice lattice;
    private final double v;
    private final double diagonal;
    private final int[][] up;
    private final int[][] down;
    private final double[] inverseA2;

    /** @throws wick.api.param.ParameterException naming {@code m2} when {@code m2 ≤ 0} */
    FreeFieldTarget(Lattice lattice, double m2) {
        this.free = new FreeField(lattice, m2);
        this.lattice = lattice;
        this.v = lattice.cellVolume();
        int active = 0;
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            if (lattice.extent(mu) >= 2) {
                active++;
            }
        }
        this.up = new int[active][];
        this.down = new int[active][];
        this.inverseA2 = new double[active];
        double d = m2;
        int k = 0;
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            if (lattice.extent(mu) >= 2) {
                up[k] = lattice.up(mu);
                down[k] = lattice.down(mu);
                inverseA2[k] = 1.0 / (lattice.spacing(mu) * lattice.spacing(mu));
                d += 2 * inverseA2[k];
                k++;
            }
        }
        this.diagonal = v * d;
    }

    FreeField exact() {
        return free;
    }

    @Override
    public Lattice lattice() {
        return lattice;
    }

    @Override
    public String describe() {
        return "free field, m2 = " + free.m2() + ", lattice " + lattice.extentsString() + ", spacing "
                + lattice.spacingsString();
    }

    @Override
    public double[] precisionSymbol() {
        return free.symbol();
    }

    @Override
    public double diagonalPrecision(int site) {
        return diagonal;
    }

    @Override
    public double conditionalMean(double[] field, int site) {
        double s = 0;
        for (int k = 0; k < up.length; k++) {
            s += (field[up[k][site]] + field[down[k][site]]) * inverseA2[k];
        }
        return v * s / diagonal;
    }

    /** {@code S = v Σ_n [½ Σ_μ ((φ_{n+μ̂} − φ_n)/a_μ)² + ½ m² φ_n²]}. */
    @Override
    public double action(double[] field) {
        double kinetic = 0;
        double mass = 0;
        for (int n = 0; n < field.length; n++) {
            double f = field[n];
            mass += f * f;
            for (int k = 0; k < up.length; k++) {
                double dphi = field[up[k][n]] - f;
                kinetic += dphi * dphi * inverseA2[k];
            }
        }
        return 0.5 * v * (kinetic + free.m2() * mass);
    }
}
