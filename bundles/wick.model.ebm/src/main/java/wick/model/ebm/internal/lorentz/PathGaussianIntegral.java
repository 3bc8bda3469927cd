package wick.model.ebm.internal.lorentz;

import wick.api.progress.ProgressMonitor;

/**
 * The Gaussian integral along the Wick path (PHYSICS 1, 2.1):
 * <pre>
 *   ln Z(θ) = ln ∫ d^Vφ e^{−½ φᵀA(θ)φ} = (V/2) ln 2π − ½ Σ_k ln A_k(θ),
 *   ln A_k(θ) = ln |A_k(θ)| + i α_k(θ).
 * </pre>
 * A(θ) is complex symmetric and diagonal in a real orthogonal (cos/sin) Fourier basis, so the
 * integral factorises into one-dimensional integrals {@code ∫ dy e^{−½ A_k y²} = sqrt(2π/A_k)},
 * convergent for {@code Re A_k > 0}, i.e. every θ > 0.
 *
 * <p>Branch: {@code α_k} is the phase of {@code A_k} made continuous along θ, anchored at
 * {@code α_k(π/2) = 0} where {@code A = K_E > 0} and {@code ln Z(π/2) = ln Z_E} is the real
 * Gaussian result; {@code ln Z(θ)} is then the analytic continuation of {@code ln Z_E} along the
 * path. It is computed by walking the grid from π/2 down to 0 and unwrapping each mode to the branch
 * nearest its previous value: {@code α_k(θ_j) = α_k(θ_{j+1}) + rem(Arg A_k(θ_j) − α_k(θ_{j+1}), 2π)},
 * {@code rem} into {@code [−π, π]}. Because {@code Re A_k(θ) = sin θ (K_E)_k ≥ 0}, each {@code A_k}
 * stays in the closed right half-plane, {@code Arg A_k ∈ [−π/2, π/2]} never reaches the cut, and the
 * unwrapped phase equals the principal {@code Arg} exactly; the unwrap is the general rule, which
 * would stay right for a path that leaves the half-plane, and it makes the convention explicit.
 *
 * <p>At θ = 0, {@code A_k = −i (K_M)_k}: {@code α_k(0) = −(π/2) sgn (K_M)_k}, so
 * {@code Im ln Z(0) = (π/4) Σ_k sgn (K_M)_k = (π/4)(n₊ − n₋)} (the 1-D rule
 * {@code ∫ e^{i a x²/2} dx = sqrt(2π/|a|) e^{iπ sgn(a)/4}}, i.e. {@code −½ ln(−ia) = −½ ln|a| + i(π/4) sgn a}).
 * An on-shell mode ({@code (K_M)_k = 0}) has {@code A_k(θ) = 2vω̂² sin θ > 0}: its phase is 0 for
 * every θ > 0 (so the θ → 0⁺ limit of the imaginary part is still {@code (π/4)(n₊ − n₋)}), but
 * {@code ln|A_k| → −∞}: the θ = 0 integral diverges, and {@link #firstFinite} skips θ = 0.
 */
final class PathGaussianIntegral {
    private final double[] real;
    private final double[] imag;
    private final int onShell;

    private PathGaussianIntegral(double[] real, double[] imag, int onShell) {
        this.real = real;
        this.imag = imag;
        this.onShell = onShell;
    }

    /**
     * Evaluates {@code ln Z(θ_j)} on the grid {@code θ_j = (π/2) j/(steps−1)}, {@code j = 0..steps−1}.
     * With on-shell modes, {@code real[0] = +∞} and {@code imag[0]} is the θ → 0⁺ limit.
     *
     * @throws wick.api.progress.CancelledException when the monitor is cancelled
     */
    static PathGaussianIntegral compute(WickPath path, int steps, ProgressMonitor progress) {
        int v = path.size();
        double[] re = new double[v];
        double[] im = new double[v];
        double[] alpha = new double[v];
        double[] real = new double[steps];
        double[] imag = new double[steps];
        double constant = 0.5 * v * Math.log(2 * Math.PI);
        for (int j = steps - 1; j >= 0; j--) {
            progress.checkCancelled();
            path.symbol(WickPath.sin(j, steps), WickPath.cos(j, steps), re, im);
            double logAbs = 0;
            double phase = 0;
            for (int k = 0; k < v; k++) {
                double arg = Math.atan2(im[k], re[k]);
                // the anchor α_k(π/2) = 0: at the last step the previous value is the anchor itself
                double previous = j == steps - 1 ? 0.0 : alpha[k];
                alpha[k] = previous + Math.IEEEremainder(arg - previous, 2 * Math.PI);
                logAbs += Math.log(Math.hypot(re[k], im[k]));
                phase += alpha[k];
            }
            real[j] = constant - 0.5 * logAbs;
            imag[j] = -0.5 * phase;
            progress.report((steps - j) / (double) steps, "ln Z(theta)");
        }
        return new PathGaussianIntegral(real, imag, OnShell.count(path.onShell()));
    }

    /** {@code Re ln Z(θ_j)}, all steps (a copy; {@code +∞} at j = 0 when a mode is on shell). */
    double[] real() {
        return real.clone();
    }

    /** {@code Im ln Z(θ_j)}, all steps (a copy). */
    double[] imag() {
        return imag.clone();
    }

    /** The first step where the integral is finite: 1 when a mode is on shell at θ = 0, else 0. */
    int firstFinite() {
        return onShell > 0 ? 1 : 0;
    }

    /** {@code ln Z(π/2) = ln Z_E}, real. */
    double euclidean() {
        return real[real.length - 1];
    }

    /** {@code Im ln Z} at θ = 0 (the θ → 0⁺ limit): {@code (π/4)(n₊ − n₋)} of {@code K_M}. */
    double phaseAtZero() {
        return imag[0];
    }
}
