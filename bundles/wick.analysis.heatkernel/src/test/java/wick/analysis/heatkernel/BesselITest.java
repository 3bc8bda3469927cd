package wick.analysis.heatkernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Scaled Bessel functions against 40-digit references (mpmath {@code exp(-x) besseli(n, x)}, mp.dps = 40). */
class BesselITest {
    private static final double[][] I0 = {
            {0, 1.0}, {1e-8, 0.9999999900000000749999996}, {0.5, 0.6450352704491500681079966},
            {1, 0.4657596075936404365019015}, {2.5, 0.2700464416122027395600987}, {7.9, 0.1443698641410419248364116},
            {8, 0.1434317818568503107109074}, {15, 0.1038995314488227214309936}, {19.99, 0.08980306142890937230319523},
            {20, 0.08978031188482602159594465}, {30, 0.07314594648223729392892342}, {50, 0.05656162664745419252993919},
            {100, 0.03994437929909668264755871}, {700, 0.01508129565153135758698617}, {1e4, 0.003989472674604732106361082}};
    private static final double[][] IN = {
            {1, 1, 0.2079104153497084488693547}, {5, 3, 0.004540903138925820563795481},
            {32, 30, 8.084221187495498961464264e-9}, {10, 2.0, 4.083016611265546696814934e-8},
            {64, 60, 7.668534244484619920470544e-16}};

    @Test
    void scaledI0MatchesReferenceValues() {
        for (double[] r : I0) {
            Tolerance.assertRelative(r[1], BesselI.scaledI0(r[0]), Tolerance.BESSEL, "e^-x I0(" + r[0] + ")");
        }
    }

    @Test
    void scaledInMatchesReferenceValues() {
        for (double[] r : IN) {
            int n = (int) r[0];
            double[] out = new double[n + 1];
            BesselI.scaled(n, r[1], out);
            Tolerance.assertRelative(r[2], out[n], Tolerance.BESSEL, "e^-x I" + n + "(" + r[1] + ")");
            Tolerance.assertRelative(BesselI.scaledI0(r[1]), out[0], Tolerance.BESSEL, "I0 entry");
        }
    }

    @Test
    void generatingFunctionSumsToOne() {
        // Σ_{n∈Z} I_n(x) = e^x
        for (double x : new double[] {0.3, 4, 25, 90}) {
            double[] out = new double[400];
            BesselI.scaled(399, x, out);
            double s = out[0];
            for (int n = 1; n < 400; n++) {
                s += 2 * out[n];
            }
            assertEquals(1.0, s, 1e-14, "x = " + x);
        }
    }

    @Test
    void negativeArgumentIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> BesselI.scaledI0(-1));
    }
}
