package wick.model.gravity.internal;

import java.util.ArrayList;
import java.util.List;

import wick.api.progress.ProgressMonitor;

/**
 * EM for the mode of {@code p(σ)} (PHYSICS section 4): E-step {@code ⟨t̄_B⟩_σ}, M-step
 * {@code σ_B ← κ² ⟨t̄_B⟩_σ} (the maximiser of {@code Q(σ'|σ) = E_{φ|σ} ln p(φ, σ')}, so S_eff never
 * increases while the iterates stay in Ω). Stops when {@code max |σ' − σ| ≤ tolerance}, after
 * {@code maxIterations}, or when an M-step leaves Ω (reported, not hidden). A fixed point satisfies
 * {@code σ = κ²⟨t̄⟩_σ}, i.e. {@code ∇S_eff = 0}.
 */
final class ExpectationMaximisation {
    private final LatentModel model;
    private final EStep eStep;
    private final EffectiveAction action;
    private final boolean computeAction;

    /**
     * @param computeAction whether to compute S_eff at every iterate (by Cholesky when the E-step
     *                      gives no log det)
     */
    ExpectationMaximisation(LatentModel model, EStep eStep, boolean computeAction) {
        this.model = model;
        this.eStep = eStep;
        this.action = new EffectiveAction(model);
        this.computeAction = computeAction;
    }

    /**
     * @param iterates  σ of each iteration (iterate 0 = start), the last one the result
     * @param seff      S_eff at each iterate (NaN where not computed or outside Ω)
     * @param residual  {@code max |σ − κ²⟨t̄⟩_σ|} at the last iterate in Ω (the size of the next step)
     * @param converged the residual reached the tolerance
     * @param inOmega   the last iterate lies in Ω
     */
    record Outcome(List<double[]> iterates, double[] seff, double residual, boolean converged, boolean inOmega) {
        double[] last() {
            return iterates.get(iterates.size() - 1);
        }
    }

    /**
     * @param start in Ω, not modified
     * @throws wick.api.progress.CancelledException when cancelled
     */
    Outcome run(double[] start, int maxIterations, double tolerance, ProgressMonitor progress) {
        if (model.firstOutsideOmega(start) >= 0) {
            throw new wick.api.param.ParameterException("start", "block " + model.firstOutsideOmega(start), "a starting sigma inside Omega");
        }
        List<double[]> iterates = new ArrayList<>();
        List<Double> seff = new ArrayList<>();
        double[] sigma = start.clone();
        iterates.add(sigma.clone());
        double kappa2 = model.kappa2();
        double residual = Double.NaN;
        boolean converged = false;
        boolean inOmega = true;
        for (int it = 0; ; it++) {
            progress.checkCancelled();
            EStep.Expectation e = eStep.at(sigma);
            seff.add(!computeAction ? Double.NaN
                    : Double.isNaN(e.logDet()) ? action.value(sigma) : action.value(sigma, e.logDet()));
            double[] next = new double[sigma.length];
            residual = 0;
            for (int i = 0; i < next.length; i++) {
                next[i] = kappa2 * e.blockMean()[i];
                residual = Math.max(residual, Math.abs(next[i] - sigma[i]));
            }
            progress.report(Math.min(1, (it + 1.0) / maxIterations), "iteration " + (it + 1) + ", step " + residual);
            if (residual <= tolerance) {
                converged = true;
                break;
            }
            if (it >= maxIterations) {
                break;
            }
            iterates.add(next.clone());
            if (model.firstOutsideOmega(next) >= 0) {
                inOmega = false;
                seff.add(Double.NaN);
                break;
            }
            sigma = next;
        }
        double[] s = new double[seff.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = seff.get(i);
        }
        return new Outcome(iterates, s, residual, converged, inOmega);
    }
}
