package wick.model.gravity.internal;

/**
 * The effective action of σ (PHYSICS section 4), up to a constant:
 * {@code S_eff[σ] = (v M/2κ²) Σ_B Σ_q w_q σ_{B,q}² + ½ ln det K[σ]} (for the tensor model
 * {@code Σ_q w_q σ_q² = Σ_{μν} σ_μν²}), {@code p(σ) ∝ e^{−S_eff} 1[Ω]}, and its gradient
 * {@code ∂S_eff/∂σ_{B,q} = v M w_q (σ_{B,q}/κ² − ⟨t̄_{B,q}⟩_σ)} (from {@code ½ tr(K⁻¹ ∂K)} with
 * {@code ∂K/∂σ_{B,q} = −2 v M w_q ∂²t̄_{B,q}/∂φ²}).
 */
final class EffectiveAction {
    private final LatentModel model;
    private final double vm;

    EffectiveAction(LatentModel model) {
        this.model = model;
        this.vm = model.lattice().cellVolume() * model.blocks().size();
    }

    /** The Gaussian prior term {@code (v M/2κ²) Σ_B Σ_q w_q σ_{B,q}²}. */
    double prior(double[] sigma) {
        int p = model.components();
        double s = 0;
        for (int i = 0; i < sigma.length; i++) {
            s += model.weight(i % p) * sigma[i] * sigma[i];
        }
        return vm * s / (2 * model.kappa2());
    }

    /**
     * S_eff by Cholesky ({@link LogDeterminant}).
     *
     * @throws wick.api.param.ParameterException naming {@code sigma} outside Ω
     */
    double value(double[] sigma) {
        return prior(sigma) + 0.5 * LogDeterminant.of(model.precision(sigma));
    }

    /** S_eff from a log det already known. */
    double value(double[] sigma, double logDet) {
        return prior(sigma) + 0.5 * logDet;
    }

    /**
     * The gradient from the E-step's {@code ⟨t̄⟩}, a new array.
     *
     * @param blockMean {@code ⟨t̄_{B,q}⟩_σ}, not modified
     */
    double[] gradient(double[] sigma, double[] blockMean) {
        int p = model.components();
        double[] g = new double[sigma.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = vm * model.weight(i % p) * (sigma[i] / model.kappa2() - blockMean[i]);
        }
        return g;
    }
}
