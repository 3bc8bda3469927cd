package wick.model.ebm.internal.lorentz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wick.model.ebm.internal.lorentz.Tasks.run;
import static wick.model.ebm.internal.lorentz.Tasks.series;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wick.api.result.Result;

/**
 * One site (V = 1, D = 1, ω̂ = 0): {@code A(θ) = v m² (sin θ + i cos θ)} and
 * {@code ln ∫ dx e^{−½ A x²}} from the task against a direct quadrature along the real axis.
 *
 * <p>Quadrature: the trapezoid rule with step h on [−L, L]. For an entire integrand its error is
 * (Poisson summation) {@code |∫ e^{−½Ax²} e^{2πi x/h} dx| = sqrt(2π/|A|) e^{−(2π/h)² Re(1/A)/2}}
 * with {@code Re(1/A) = sin θ/(v m²)}; at h = 0.01, θ ≥ 0.3 that is below e^{−10⁵}. The cut at
 * L = 40 leaves {@code e^{−½ v m² sin θ L²} < e^{−60}}.
 */
class OneSiteContourTest {
    private static final double H = 0.01;
    private static final double L = 40;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1;1.0", "1;0.5", "0.5;1.0", "1;3.0", "2;0.7"})
    void logIntegralMatchesTheQuadrature(String spacing, double m2) {
        int steps = 21;
        Map<String, Result> r = run(new WickRotationTask(), Tasks.parameters("lattice", "1", "spacing", spacing, "m2", m2, "steps", steps));
        double[] theta = series(r, "logGaussianIntegralReal").x();
        double[] re = series(r, "logGaussianIntegralReal").y();
        double[] im = series(r, "logGaussianIntegralImag").y();
        double v = Double.parseDouble(spacing);
        int checked = 0;
        for (int s = 0; s < theta.length; s++) {
            if (theta[s] < 0.3) {
                continue;
            }
            double ar = v * m2 * Math.sin(theta[s]);
            double ai = v * m2 * Math.cos(theta[s]);
            double sumRe = 0;
            double sumIm = 0;
            int n = (int) Math.round(L / H);
            for (int i = -n; i <= n; i++) {
                double x = i * H;
                double q = 0.5 * x * x;
                double m = Math.exp(-ar * q);
                sumRe += m * Math.cos(ai * q);
                sumIm -= m * Math.sin(ai * q);
            }
            sumRe *= H;
            sumIm *= H;
            double lnAbs = Math.log(Math.hypot(sumRe, sumIm));
            double arg = Math.atan2(sumIm, sumRe);
            assertEquals(lnAbs, re[s], Tolerance.QUADRATURE, "Re ln ∫ at θ = " + theta[s]);
            assertEquals(arg, im[s], Tolerance.QUADRATURE, "Im ln ∫ at θ = " + theta[s]);
            // the phase is −½ arg A = −(π/2 − θ)/2 ∈ (−π/4, 0]
            assertEquals(-0.5 * (0.5 * Math.PI - theta[s]), im[s], 1e-12, "phase at θ = " + theta[s]);
            checked++;
        }
        assertTrue(checked >= 15, "angles checked: " + checked);
        // θ = 0: K_M = −v m² < 0, so the phase is −π/4
        assertEquals(-Math.PI / 4, im[0], 1e-12, "phase at θ = 0");
    }
}
