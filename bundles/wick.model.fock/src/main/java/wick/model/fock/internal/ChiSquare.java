package wick.model.fock.internal;

import java.util.Arrays;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Pearson's χ² goodness-of-fit test of observed counts against probabilities:
 * {@code χ² = Σ (O_i − E_i)²/E_i}, {@code E_i = S p_i}. Bins with small expectation are pooled: the
 * bins are taken in increasing {@code E_i} and merged into one pool until the pool's expectation
 * reaches 5 (if it never does, the pool joins the next-smallest bin), so every bin in the sum has
 * {@code E ≥ 5}; degrees of freedom = bins − 1, p-value = {@code 1 − F_{χ²}(χ²)}.
 *
 * @param chi2    the statistic
 * @param dof     degrees of freedom
 * @param pValue  upper-tail probability
 */
record ChiSquare(double chi2, int dof, double pValue) {
    /** Smallest expected count of a bin. */
    static final double MIN_EXPECTED = 5;

    static ChiSquare test(long[] observed, double[] probabilities) {
        int k = observed.length;
        long total = 0;
        double ptotal = 0;
        for (int i = 0; i < k; i++) {
            total += observed[i];
            ptotal += probabilities[i];
        }
        Integer[] order = new Integer[k];
        double[] e = new double[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
            e[i] = total * probabilities[i] / ptotal;
        }
        Arrays.sort(order, (a, b) -> Double.compare(e[a], e[b]));
        double poolE = 0;
        long poolO = 0;
        int next = 0;
        while (next < k && poolE < MIN_EXPECTED) {
            poolE += e[order[next]];
            poolO += observed[order[next]];
            next++;
        }
        double chi2 = 0;
        int bins = 0;
        if (poolE > 0) {
            chi2 += (poolO - poolE) * (poolO - poolE) / poolE;
            bins++;
        } else if (poolO > 0) {
            return new ChiSquare(Double.POSITIVE_INFINITY, Math.max(1, k - 1), 0);
        }
        for (int j = next; j < k; j++) {
            int i = order[j];
            chi2 += (observed[i] - e[i]) * (observed[i] - e[i]) / e[i];
            bins++;
        }
        int dof = bins - 1;
        if (dof < 1) {
            return new ChiSquare(chi2, 0, 1);
        }
        double p = 1 - new ChiSquaredDistribution(null, dof).cumulativeProbability(chi2);
        return new ChiSquare(chi2, dof, p);
    }
}
