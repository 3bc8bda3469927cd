package wick.analysis.correlator.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One correlated fit of the correlator on {@code [tauMin, tauMax]} (PHYSICS 6), immutable: the
 * natural parameters {@code (A, E[, A2, E2][, B])} in lattice units with their jackknife errors
 * and covariance, χ², the degrees of freedom (kept covariance modes minus parameters), the p-value
 * and the fitted curve over the window with its jackknife errors.
 *
 * <p>A fit that failed carries NaN numbers and a {@link #problem()}. Arrays are copied in and out.
 *
 * @param tauMin      first time of the window
 * @param tauMax      last time of the window
 * @param names       parameter names, e.g. {@code [A, E]}
 * @param values      the parameters from the fit to the mean correlator
 * @param errors      their jackknife errors (NaN if a replica fit failed)
 * @param covariance  their jackknife covariance
 * @param chi2        χ² = rᵀ Cov⁺ r at the fit
 * @param dof         degrees of freedom k − p (may be ≤ 0: then χ²/dof and p are NaN)
 * @param pValue      1 − F_{χ²,dof}(χ²)
 * @param modesCut    covariance modes dropped by the SVD cut (or points without variance)
 * @param curve       the fitted model at τ = tauMin..tauMax
 * @param curveErrors its jackknife errors
 * @param problem     why the fit failed, or {@code null}
 */
record FitResult(int tauMin, int tauMax, List<String> names, double[] values, double[] errors,
        double[][] covariance, double chi2, int dof, double pValue, int modesCut, double[] curve,
        double[] curveErrors, String problem) {

    FitResult {
        names = List.copyOf(names);
        values = values.clone();
        errors = errors.clone();
        covariance = copy(covariance);
        curve = curve.clone();
        curveErrors = curveErrors.clone();
    }

    /** A failed fit: every number NaN. */
    static FitResult failed(int tauMin, int tauMax, List<String> names, int modesCut, String problem) {
        int p = names.size();
        double[] nan = new double[p];
        Arrays.fill(nan, Double.NaN);
        double[][] cov = new double[p][p];
        for (double[] row : cov) {
            Arrays.fill(row, Double.NaN);
        }
        double[] curve = new double[tauMax - tauMin + 1];
        Arrays.fill(curve, Double.NaN);
        return new FitResult(tauMin, tauMax, names, nan, nan, cov, Double.NaN, 0, Double.NaN, modesCut, curve, curve,
                problem);
    }

    /** Whether the fit converged (on the mean and on every replica it was asked to refit). */
    boolean ok() {
        return problem == null;
    }

    /** χ²/dof, NaN when dof ≤ 0. */
    double chi2PerDof() {
        return dof > 0 ? chi2 / dof : Double.NaN;
    }

    /** The value of a named parameter. */
    double value(String name) {
        return values[index(name)];
    }

    /** The jackknife error of a named parameter. */
    double error(String name) {
        return errors[index(name)];
    }

    /** The ground-state energy Ê in lattice units. */
    double energy() {
        return values[1];
    }

    /** Its jackknife error. */
    double energyError() {
        return errors[1];
    }

    private int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter " + name + " in " + names);
        }
        return i;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] errors() {
        return errors.clone();
    }

    @Override
    public double[][] covariance() {
        return copy(covariance);
    }

    @Override
    public double[] curve() {
        return curve.clone();
    }

    @Override
    public double[] curveErrors() {
        return curveErrors.clone();
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FitResult f && tauMin == f.tauMin && tauMax == f.tauMax && names.equals(f.names)
                && Arrays.equals(values, f.values) && Arrays.equals(errors, f.errors)
                && Arrays.deepEquals(covariance, f.covariance) && Double.compare(chi2, f.chi2) == 0 && dof == f.dof
                && Double.compare(pValue, f.pValue) == 0 && modesCut == f.modesCut && Arrays.equals(curve, f.curve)
                && Arrays.equals(curveErrors, f.curveErrors) && Objects.equals(problem, f.problem);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * tauMin + tauMax) + Arrays.hashCode(values)) + Double.hashCode(chi2);
    }

    @Override
    public String toString() {
        return "FitResult[" + tauMin + ".." + tauMax + ", " + names + " = " + Arrays.toString(values) + " ± "
                + Arrays.toString(errors) + ", chi2 = " + chi2 + ", dof = " + dof + ", p = " + pValue
                + (problem == null ? "" : ", problem: " + problem) + "]";
    }
}
