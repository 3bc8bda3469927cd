package wick.analysis.critical.internal;

/**
 * Single-histogram reweighting of the Binder cumulant in m² (Ferrenberg–Swendsen) from one chain at
 * {@code m²_0}. The action depends on m² through {@code ½ m² v Σ_n φ_n² = ½ m² (vV) φ²} with
 * {@code φ² = Σφ²/V} per configuration (PHYSICS 2.2), so a configuration sampled at m²_0 has weight
 * <pre>
 *   w_i(m²) = exp(−½ (m² − m²_0) vV φ²_i)
 * </pre>
 * at m², and {@code ⟨O⟩_{m²} = Σ O_i w_i / Σ w_i}; the cumulant is
 * {@code U(m²) = 1 − ⟨M⁴⟩_{m²}/(3⟨M²⟩²_{m²})}. The exponents are shifted by their maximum before
 * exponentiation. The estimate is trustworthy while the effective sample fraction
 * {@code (Σw)²/(N Σw²)} is not small. Samples in {@code [dropFrom, dropTo)} can be left out
 * (jackknife). Arrays are kept, not copied, and not modified.
 */
final class ReweightedBinder {
    private final double m2;
    private final double halfVolume;
    private final double[] m2Series;
    private final double[] m4Series;
    private final double[] phi2Series;

    /**
     * @param m2        the chain's m²_0
     * @param vV        {@code v V}, the cell volume times the number of sites
     * @param m2Series  {@code M²} per measurement
     * @param m4Series  {@code M⁴} per measurement
     * @param phi2Series {@code Σφ²/V} per measurement
     */
    ReweightedBinder(double m2, double vV, double[] m2Series, double[] m4Series, double[] phi2Series) {
        if (m2Series.length != m4Series.length || m2Series.length != phi2Series.length || m2Series.length < 2) {
            throw new IllegalArgumentException("reweighting needs M2, M4 and phi2 series of one length >= 2");
        }
        this.m2 = m2;
        this.halfVolume = 0.5 * vV;
        this.m2Series = m2Series;
        this.m4Series = m4Series;
        this.phi2Series = phi2Series;
    }

    /** The chain's m²_0. */
    double m2() {
        return m2;
    }

    /** Number of measurements. */
    int size() {
        return m2Series.length;
    }

    /** {@code U(target)} from all measurements. */
    double binder(double target) {
        return binder(target, 0, 0);
    }

    /** {@code U(target)} without the measurements {@code [dropFrom, dropTo)}. */
    double binder(double target, int dropFrom, int dropTo) {
        double c = -halfVolume * (target - m2);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < phi2Series.length; i++) {
            if (i < dropFrom || i >= dropTo) {
                max = Math.max(max, c * phi2Series[i]);
            }
        }
        double sw = 0;
        double s2 = 0;
        double s4 = 0;
        for (int i = 0; i < phi2Series.length; i++) {
            if (i >= dropFrom && i < dropTo) {
                continue;
            }
            double w = Math.exp(c * phi2Series[i] - max);
            sw += w;
            s2 += w * m2Series[i];
            s4 += w * m4Series[i];
        }
        double mean2 = s2 / sw;
        return 1 - (s4 / sw) / (3 * mean2 * mean2);
    }

    /** The effective sample fraction {@code (Σw)²/(N Σw²)} at {@code target}, in (0, 1]. */
    double effectiveFraction(double target) {
        double c = -halfVolume * (target - m2);
        double max = Double.NEGATIVE_INFINITY;
        for (double p : phi2Series) {
            max = Math.max(max, c * p);
        }
        double sw = 0;
        double sww = 0;
        for (double p : phi2Series) {
            double w = Math.exp(c * p - max);
            sw += w;
            sww += w * w;
        }
        return sw * sw / (phi2Series.length * sww);
    }
}
