package wick.model.gravity.internal;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The exact σ moments of a one-block D = 2 model, {@code p(σ) ∝ e^{−S_eff[σ]} 1[Ω]}, by 3-D
 * quadrature in PHYSICS 4's coordinates {@code u = σ00 + σ11}, {@code w = (σ00 − σ11, 2σ01)}, where
 * Ω is {@code u > −1, |w| < 1} and {@code dσ00 dσ01 dσ11 ∝ du d²w}. The face {@code u = −1}, where the
 * zero mode's precision {@code v m² V (1 + u)} vanishes and {@code e^{−S_eff} ∝ (1 + u)^{−1/2}}, is
 * handled by {@code u = −1 + τ²} (the integrand in τ is smooth); w in polar coordinates (Gauss in r,
 * the trapezoid rule in the angle, exact for the periodic integrand). S_eff from the symbol (σ is
 * constant over the lattice with one block).
 */
final class SigmaMarginalQuadrature {
    /** {@code mean[q]}, {@code variance[q]} in storage order 00, 01, 11. */
    record Moments(double[] mean, double[] variance) {
    }

    private SigmaMarginalQuadrature() {
    }

    static Moments moments(LatentModel model, double tauMax, int nTau, int nR, int nAngle) {
        EffectiveAction action = new EffectiveAction(model);
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        GaussIntegrator tau = factory.legendre(nTau, 0, tauMax);
        GaussIntegrator radius = factory.legendre(nR, 0, 1);
        double z = 0;
        double[] m1 = new double[3];
        double[] m2 = new double[3];
        double[] sigma = new double[3];
        double reference = Double.NaN;
        // first pass: the minimum of S_eff on the grid, to keep the exponentials in range
        double[][] grid = new double[nTau * nR * nAngle][];
        double[] s = new double[grid.length];
        double[] weight = new double[grid.length];
        int at = 0;
        for (int i = 0; i < nTau; i++) {
            double t = tau.getPoint(i);
            double u = -1 + t * t;
            for (int j = 0; j < nR; j++) {
                double r = radius.getPoint(j);
                for (int k = 0; k < nAngle; k++) {
                    double theta = 2 * Math.PI * k / nAngle;
                    double w0 = r * Math.cos(theta);
                    double w1 = r * Math.sin(theta);
                    sigma[0] = 0.5 * (u + w0);
                    sigma[1] = 0.5 * w1;
                    sigma[2] = 0.5 * (u - w0);
                    s[at] = action.prior(sigma) + 0.5 * model.homogeneousLogDet(sigma);
                    weight[at] = tau.getWeight(i) * 2 * t * radius.getWeight(j) * r * (2 * Math.PI / nAngle);
                    grid[at] = sigma.clone();
                    if (!(s[at] >= reference)) {
                        reference = s[at];
                    }
                    at++;
                }
            }
        }
        for (int g = 0; g < grid.length; g++) {
            double p = weight[g] * Math.exp(reference - s[g]);
            z += p;
            for (int q = 0; q < 3; q++) {
                m1[q] += p * grid[g][q];
                m2[q] += p * grid[g][q] * grid[g][q];
            }
        }
        double[] mean = new double[3];
        double[] var = new double[3];
        for (int q = 0; q < 3; q++) {
            mean[q] = m1[q] / z;
            var[q] = m2[q] / z - mean[q] * mean[q];
        }
        return new Moments(mean, var);
    }
}
