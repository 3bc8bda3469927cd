package wick.analysis.correlator.internal;

import java.util.Arrays;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.Pair;

import wick.api.progress.ProgressMonitor;
import wick.stats.Jackknife;

/**
 * A correlated fit of {@link CoshModel} to the correlator on {@code [τ_min, τ_max]} (PHYSICS 6).
 *
 * <p><b>χ².</b> {@code χ²(p) = rᵀ Cov⁺ r}, {@code r_τ = C(τ) − f(τ; p)}, with {@code Cov⁺} the
 * regularised inverse of the window's jackknife covariance ({@link CovarianceInverse}: optional
 * shrinkage, SVD cut). It is minimised by commons-math3's Levenberg–Marquardt on the whitened
 * residuals {@code W r} ({@code WᵀW = Cov⁺}), so the weight matrix is exactly Cov⁺.
 *
 * <p><b>Errors ("honest errors").</b> The fit is repeated on every jackknife replica C^(b) of the
 * correlator with the <em>same</em> covariance, starting from the central minimum; a parameter's
 * error is {@code √((B−1)/B Σ_b (p_b − p̄)²)} and the parameter covariance is the jackknife
 * covariance of the replica parameters. The same replicas give the errors of the fitted curve.
 *
 * <p><b>Goodness of fit.</b> {@code dof = k − P} (k kept covariance modes, P parameters);
 * {@code p = 1 − F_{χ²,dof}(χ²) = Q(dof/2, χ²/2)}, the regularised upper incomplete Γ function
 * (the complement of {@code ChiSquaredDistribution.cumulativeProbability}, evaluated directly so
 * small p-values keep their precision).
 *
 * <p>Immutable; {@link #fit} is thread-safe.
 */
final class CorrelatedFit {
    /** Largest number of model evaluations (and iterations) of one minimisation. */
    static final int MAX_EVALUATIONS = 1000;

    private final CoshModel model;
    private final int tauMin;
    private final int tauMax;
    private final CovarianceInverse inverse;

    /**
     * @param covariance the full N_t × N_t covariance of the mean correlator, not modified
     * @param cut        relative SVD cut
     * @param shrinkage  λ ∈ [0, 1]
     */
    CorrelatedFit(CoshModel model, int tauMin, int tauMax, double[][] covariance, double cut, double shrinkage) {
        this.model = model;
        this.tauMin = tauMin;
        this.tauMax = tauMax;
        int n = tauMax - tauMin + 1;
        double[][] window = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                window[i][j] = covariance[tauMin + i][tauMin + j];
            }
        }
        this.inverse = CovarianceInverse.of(window, cut, shrinkage);
    }

    /** The regularised inverse of the window covariance. */
    CovarianceInverse inverse() {
        return inverse;
    }

    /**
     * Fits the mean correlator, then every jackknife replica (polling cancellation between
     * replicas).
     *
     * @param data  the binned correlator
     * @param start natural start parameters (e.g. {@link CoshModel#start}), not modified
     * @return the fit; {@link FitResult#ok()} is false when a minimisation failed
     * @throws wick.api.progress.CancelledException when cancelled
     */
    FitResult fit(BinnedCorrelator data, double[] start, ProgressMonitor progress) {
        int p = model.parameterCount();
        int n = tauMax - tauMin + 1;
        if (inverse.kept() <= p - 1) {
            return FitResult.failed(tauMin, tauMax, model.names(), inverse.cut(), "the covariance keeps "
                    + inverse.kept() + " modes on [" + tauMin + ", " + tauMax + "], fewer than the " + p + " parameters");
        }
        double[] central;
        try {
            central = minimise(data.mean(), model.internal(start));
        } catch (RuntimeException e) {
            return FitResult.failed(tauMin, tauMax, model.names(), inverse.cut(), "no minimum: " + e.getMessage());
        }
        double[] values = model.natural(central);
        double chi2 = chi2(data.mean(), central);
        double[] curve = curve(values);
        int dof = inverse.kept() - p;
        double pValue = dof > 0 ? Gamma.regularizedGammaQ(0.5 * dof, 0.5 * chi2) : Double.NaN;

        double[][] replicas = data.replicas();
        int bins = replicas.length;
        double[][] parameterReplicas = new double[p][bins];
        double[][] curveReplicas = new double[n][bins];
        String problem = null;
        for (int b = 0; b < bins && problem == null; b++) {
            progress.checkCancelled();
            if ((b & 31) == 0) {
                progress.report((double) b / bins, "jackknife refits");
            }
            try {
                double[] pb = model.natural(minimise(replicas[b], central));
                for (int j = 0; j < p; j++) {
                    parameterReplicas[j][b] = pb[j];
                }
                for (int i = 0; i < n; i++) {
                    curveReplicas[i][b] = model.value(pb, tauMin + i);
                }
            } catch (RuntimeException e) {
                problem = "the refit of jackknife replica " + b + " failed: " + e.getMessage();
            }
        }
        double[] errors = new double[p];
        double[][] cov = new double[p][p];
        double[] curveErrors = new double[n];
        if (problem == null) {
            cov = Jackknife.covariance(parameterReplicas);
            for (int j = 0; j < p; j++) {
                errors[j] = Math.sqrt(cov[j][j]);
            }
            double[][] cc = Jackknife.covariance(curveReplicas);
            for (int i = 0; i < n; i++) {
                curveErrors[i] = Math.sqrt(cc[i][i]);
            }
        } else {
            Arrays.fill(errors, Double.NaN);
            Arrays.fill(curveErrors, Double.NaN);
            for (double[] row : cov) {
                Arrays.fill(row, Double.NaN);
            }
        }
        return new FitResult(tauMin, tauMax, model.names(), values, errors, cov, chi2, dof, pValue, inverse.cut(), curve,
                curveErrors, problem);
    }

    /** The model at τ = tauMin..tauMax for natural parameters. */
    private double[] curve(double[] natural) {
        double[] c = new double[tauMax - tauMin + 1];
        for (int i = 0; i < c.length; i++) {
            c[i] = model.value(natural, tauMin + i);
        }
        return c;
    }

    /** χ² of a correlator (length N_t) at internal parameters q. */
    double chi2(double[] c, double[] q) {
        int n = tauMax - tauMin + 1;
        double[] f = new double[n];
        model.evaluate(q, tauMin, f, new double[n][model.parameterCount()]);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = c[tauMin + i] - f[i];
        }
        return inverse.chi2(r);
    }

    /**
     * Minimises χ² for one correlator vector by Levenberg–Marquardt.
     *
     * @param c  the correlator (length N_t), not modified
     * @param q0 internal start parameters, not modified
     * @return the internal parameters at the minimum
     * @throws RuntimeException when the optimiser fails or ends at a non-finite point
     */
    double[] minimise(double[] c, double[] q0) {
        int n = tauMax - tauMin + 1;
        int p = model.parameterCount();
        int k = inverse.kept();
        double[] y = new double[n];
        System.arraycopy(c, tauMin, y, 0, n);
        double[] target = new double[k];
        inverse.whiten(y, target);
        double[][] w = inverse.whitening();
        MultivariateJacobianFunction f = point -> {
            double[] q = point.toArray();
            double[] values = new double[n];
            double[][] jacobian = new double[n][p];
            model.evaluate(q, tauMin, values, jacobian);
            double[] wf = new double[k];
            inverse.whiten(values, wf);
            double[][] wj = new double[k][p];
            for (int a = 0; a < k; a++) {
                double[] row = w[a];
                double[] out = wj[a];
                for (int i = 0; i < n; i++) {
                    double x = row[i];
                    double[] ji = jacobian[i];
                    for (int j = 0; j < p; j++) {
                        out[j] += x * ji[j];
                    }
                }
            }
            return new Pair<>(new ArrayRealVector(wf, false), new Array2DRowRealMatrix(wj, false));
        };
        LeastSquaresProblem problem = new LeastSquaresBuilder().start(q0).model(f).target(target)
                .maxEvaluations(MAX_EVALUATIONS).maxIterations(MAX_EVALUATIONS).lazyEvaluation(false).build();
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem);
        double[] q = optimum.getPoint().toArray();
        for (double x : q) {
            if (!Double.isFinite(x)) {
                throw new IllegalStateException("the minimiser ended at a non-finite point");
            }
        }
        return q;
    }
}
