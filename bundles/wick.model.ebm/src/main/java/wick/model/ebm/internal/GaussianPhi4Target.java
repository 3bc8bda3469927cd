package wick.model.ebm.internal;

import wick.api.lattice.Lattice;
import wick.api.model.ForceTarget;
import wick.api.model.GaussianConditionalTarget;
import wick.api.model.GaussianSymbolTarget;
import wick.api.model.HoppingTarget;
import wick.api.model.LocalPolynomialTarget;
import wick.model.ebm.Phi4Target;

/**
 * φ⁴ at λ = 0 without a source: the free field, with every capability of both — so the local, HMC
 * and cluster samplers bind to it, and so do the exact FFT sampler and the heat bath.
 */
final class GaussianPhi4Target implements LocalPolynomialTarget, ForceTarget, HoppingTarget, GaussianSymbolTarget,
        GaussianConditionalTarget {
    private final Phi4Target phi4;
    private final FreeFieldTarget free;

    GaussianPhi4Target(Lattice lattice, double m2) {
        this.phi4 = new Phi4Target(lattice, m2, 0, null);
        this.free = new FreeFieldTarget(lattice, m2);
    }

    @Override
    public Lattice lattice() {
        return phi4.lattice();
    }

    @Override
    public String describe() {
        return phi4.describe() + " (Gaussian)";
    }

    @Override
    public double action(double[] field) {
        return phi4.action(field);
    }

    @Override
    public double actionAndForce(double[] field, double[] force) {
        return phi4.actionAndForce(field, force);
    }

    @Override
    public double localActionChange(double[] field, int site, double newValue) {
        return phi4.localActionChange(field, site, newValue);
    }

    @Override
    public void localPolynomial(double[] field, int site, double[] coefficients) {
        phi4.localPolynomial(field, site, coefficients);
    }

    @Override
    public double hopping(int mu) {
        return phi4.hopping(mu);
    }

    @Override
    public boolean reflectionSymmetric() {
        return true;
    }

    @Override
    public double[] precisionSymbol() {
        return free.precisionSymbol();
    }

    @Override
    public double diagonalPrecision(int site) {
        return free.diagonalPrecision(site);
    }

    @Override
    public double conditionalMean(double[] field, int site) {
        return free.conditionalMean(field, site);
    }
}
