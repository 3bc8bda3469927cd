package org.example.slice.internal;

import wick.api.model.LocalActionTarget;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;

/**
 * One sweep of single-site slice sampling: the sites in index order, at each (Neal 2003, §4, the
 * stepping-out and shrinkage procedures, with ΔS(x) = S[φ with φ_n → x] − S[φ]):
 * <ol>
 * <li>the level: {@code E = −ln(1 − r) ~ Exp(1)}; the slice is {@code {x : ΔS(x) ≤ E}}, i.e.
 * {@code p(x) ≥ U p(x₀)} with {@code U = e^{−E}} uniform, and contains {@code x₀ = φ_n};</li>
 * <li>stepping out: {@code L = x₀ − w r}, {@code R = L + w}; {@code J = ⌊m r⌋} steps of w to the
 * left and {@code K = m − 1 − J} to the right at most, each while the end is in the slice;</li>
 * <li>shrinkage: {@code x = L + r (R − L)}; accepted when in the slice, else it replaces L (x < x₀)
 * or R, and again.</li>
 * </ol>
 * Neal shows this update leaves the conditional of site n invariant (detailed balance, the random
 * split of the m steps makes the interval's construction reversible), so the sweep leaves
 * {@code p ∝ e^{−S}} invariant. Every r is {@code random.nextDouble()}; the move keeps no state
 * between sweeps. Shrinkage halves the interval on average, so it ends; after {@link #MAX_SHRINK}
 * rejections (an interval narrower than {@code w·2⁻⁶⁰}, which only a ΔS that is not 0 at x₀ could
 * cause) the site keeps its value.
 */
final class SliceMove implements Move {
    static final int MAX_SHRINK = 200;
    private final LocalActionTarget target;
    private final double width;
    private final int maxSteps;

    SliceMove(LocalActionTarget target, double width, int maxSteps) {
        this.target = target;
        this.width = width;
        this.maxSteps = maxSteps;
    }

    @Override
    public void sweep(double[] field, RandomStream random) {
        for (int site = 0; site < field.length; site++) {
            field[site] = update(field, site, random);
        }
    }

    private double update(double[] field, int site, RandomStream random) {
        double x0 = field[site];
        double level = -Math.log1p(-random.nextDouble());
        double left = x0 - width * random.nextDouble();
        double right = left + width;
        int j = (int) (maxSteps * random.nextDouble());
        int k = maxSteps - 1 - j;
        while (j > 0 && target.localActionChange(field, site, left) <= level) {
            left -= width;
            j--;
        }
        while (k > 0 && target.localActionChange(field, site, right) <= level) {
            right += width;
            k--;
        }
        for (int i = 0; i < MAX_SHRINK; i++) {
            double x = left + random.nextDouble() * (right - left);
            if (target.localActionChange(field, site, x) <= level) {
                return x;
            }
            if (x < x0) {
                left = x;
            } else {
                right = x;
            }
        }
        return x0;
    }
}
