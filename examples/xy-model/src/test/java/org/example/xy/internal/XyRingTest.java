package org.example.xy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The transfer-matrix solution of the ring against independent exact computations. */
class XyRingTest {

    /** e^{−x} I_k(x) from the integral against the power series Σ_m (x/2)^{2m+k} / (m! (m+k)!). */
    @Test
    void besselAgreesWithItsSeries() {
        for (double x : new double[] {0.3, 1.0, 2.5, 7.0}) {
            for (int k = 0; k <= 8; k++) {
                double series = 0;
                double term = Math.pow(x / 2, k);
                for (int j = 1; j <= k; j++) {
                    term /= j;
                }
                for (int m = 0; m < 200; m++) {
                    series += term;
                    term *= (x / 2) * (x / 2) / ((m + 1.0) * (m + 1.0 + k));
                }
                double expected = Math.exp(-x) * series;
                // the trapezoid sum of terms of size ≤ 1 carries an absolute rounding error of about 1e-15
                assertEquals(expected, Bessel.scaledI(k, x), 1e-13 * expected + 1e-15, "k " + k + ", x " + x);
            }
        }
    }

    /**
     * On rings of 2 and 3 sites the mean link and ⟨|M|²⟩ equal the integrals over the torus done by
     * the periodic trapezoid rule (exponentially accurate for these smooth periodic integrands).
     */
    @Test
    void smallRingsAgreeWithDirectIntegration() {
        for (double beta : new double[] {0.4, 1.0, 2.2}) {
            for (int n = 2; n <= 3; n++) {
                double[] direct = direct(n, beta, 64);
                XyRing ring = new XyRing(n, beta);
                assertEquals(direct[0], ring.link(), 1e-12, "link, N " + n + ", beta " + beta);
                assertEquals(direct[1], ring.magnetisationSquared(), 1e-12, "|M|^2, N " + n + ", beta " + beta);
                assertEquals(1.0, ring.correlation(0), Tolerance.ROUNDING);
            }
        }
    }

    /** An infinite open chain has ⟨cos⟩ = I_1/I_0; a long ring approaches it. */
    @Test
    void longRingApproachesTheOpenChain() {
        double beta = 1.7;
        double open = Bessel.scaledI(1, beta) / Bessel.scaledI(0, beta);
        assertEquals(open, new XyRing(400, beta).link(), 1e-12);
    }

    /** {link, |M|²} on an N-site ring by the trapezoid rule with p points per angle. */
    private static double[] direct(int n, double beta, int p) {
        double h = 2 * Math.PI / p;
        double z = 0;
        double link = 0;
        double m2 = 0;
        int[] idx = new int[n];
        long total = (long) Math.pow(p, n);
        double[] theta = new double[n];
        for (long c = 0; c < total; c++) {
            long rest = c;
            for (int i = 0; i < n; i++) {
                idx[i] = (int) (rest % p);
                rest /= p;
                theta[i] = idx[i] * h;
            }
            double sum = 0;
            double cs = 0;
            double sn = 0;
            for (int i = 0; i < n; i++) {
                sum += Math.cos(theta[(i + 1) % n] - theta[i]);
                cs += Math.cos(theta[i]);
                sn += Math.sin(theta[i]);
            }
            double w = Math.exp(beta * (sum - n));
            z += w;
            link += w * sum / n;
            m2 += w * (cs * cs + sn * sn) / ((double) n * n);
        }
        return new double[] {link / z, m2 / z};
    }
}
