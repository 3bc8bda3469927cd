package wick.api.model;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Capability: as a function of one site's value {@code x = φ_n} (the others fixed), the action is a
 * polynomial {@code S_n(x) = c_1 x + c_2 x² + c_4 x⁴ + const} (φ⁴-type targets). Enables
 * overrelaxation and heat-bath-with-accept updates, and cheap Metropolis.
 */
@ConsumerType
public interface LocalPolynomialTarget extends LocalActionTarget {
    /**
     * Fills {@code coefficients[0] = c_1}, {@code [1] = c_2} (any sign), {@code [2] = c_4} (≥ 0) for site n;
     * when {@code c_4 = 0}, {@code c_2 > 0}.
     *
     * @param field        the configuration (not modified; {@code field[site]} is not used)
     * @param coefficients receives the three coefficients (modified)
     */
    void localPolynomial(double[] field, int site, double[] coefficients);
}
