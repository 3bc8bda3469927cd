package wick.model.ebm.internal.perturbative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.lattice.FreeField;

/** The perturbative coefficients against the free field, closed formulas and exact small systems (PHYSICS 2.1, 2.4). */
class Phi4PerturbationTest {
    /** The finer step in λ of the two-site finite differences (the coarser is 2H). */
    private static final double H = 0.003;

    private static void assertClose(double expected, double actual, double scale, String what) {
        assertTrue(Tolerance.close(expected, actual, scale), what + ": " + actual + " vs " + expected);
    }

    private static double max(double[] a) {
        double m = 0;
        for (double x : a) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    @Test
    void orderZeroIsTheFreeCorrelator() {
        for (Lattice l : new Lattice[] {Lattice.of(8, 8), Lattice.parse("6x4", "0.5,1.5"), Lattice.parse("4x3x2", "0.7,1,1.2")}) {
            double m2 = 0.8;
            FreeField free = new FreeField(l, m2);
            TwoPointSeries s = Phi4Perturbation.twoPoint(l, m2);
            double[] exact = free.correlator();
            double[] c0 = s.correlator(0);
            assertEquals(exact.length, c0.length);
            for (int t = 0; t < exact.length; t++) {
                assertClose(exact[t], c0[t], 0, "c0(" + t + ") on " + l);
            }
            assertClose(free.phi2(), s.phi2(0), 0, "<phi^2> at order 0 on " + l);
        }
    }

    /** {@code h_1(a) = −(v/2) Σ_c G_ac G_cc G_c0}, by a direct O(V²) loop over (a, c). */
    @Test
    void orderOneIsTheClosedTadpoleFormula() {
        Lattice l = Lattice.parse("6x5", "0.8,1.1");
        double m2 = 0.6;
        double[][] g = BruteForce.propagator(l, m2);
        double v = l.cellVolume();
        int vol = l.volume();
        double[] direct = new double[vol];
        for (int a = 0; a < vol; a++) {
            double s = 0;
            for (int c = 0; c < vol; c++) {
                s += g[a][c] * g[c][c] * g[c][0];
            }
            direct[a] = -0.5 * v * s;
        }
        TwoPointSeries series = Phi4Perturbation.twoPoint(l, m2);
        double[] h1 = series.column(1);
        for (int a = 0; a < vol; a++) {
            assertClose(direct[a], h1[a], max(direct), "h1(" + a + ")");
        }
        double[] c1 = series.correlator(1);
        double[] expected = FreeField.correlatorFromPropagator(l, direct);
        for (int t = 0; t < c1.length; t++) {
            assertClose(expected[t], c1[t], max(expected), "c1(" + t + ")");
        }
    }

    /**
     * The whole expansion against brute force Isserlis with every pairing (vacuum pieces included)
     * divided by the brute-force Z: checks the linked-cluster step, the grouping and the factors.
     */
    @Test
    void agreesWithTheBruteForceWickExpansionDividedByZ() {
        for (Lattice l : new Lattice[] {Lattice.parse("3x2", "0.7,1.3"), Lattice.parse("4", "0.9"), Lattice.parse("2x2x2", "1")}) {
            double m2 = 0.5;
            double[][] h = BruteForce.wickSeries(l, m2, 2);
            TwoPointSeries s = Phi4Perturbation.twoPoint(l, m2);
            for (int k = 0; k <= 2; k++) {
                double[] hk = s.column(k);
                for (int x = 0; x < l.volume(); x++) {
                    assertClose(h[k][x], hk[x], max(h[k]), "h" + k + "(" + x + ") on " + l);
                }
            }
        }
    }

    /**
     * One site: {@code ⟨x²⟩} for the weight {@code e^{−(v m²/2) x² − (vλ/24) x⁴}}, σ² = 1/(v m²), is
     * {@code σ² Σ_k r_k (vλσ⁴/24)^k} exactly ({@link ZeroDimensional}); e.g. {@code h_1 = −(v/2) σ⁶},
     * {@code h_2 = (2/3) v² σ^{10}}.
     */
    @Test
    void oneSiteEqualsTheExactExpansionOfTheIntegral() {
        double[] r = ZeroDimensional.phi2Coefficients(2);
        for (Lattice l : new Lattice[] {Lattice.of(1), Lattice.parse("1", "0.5"), Lattice.parse("1x1", "0.5,3")}) {
            double m2 = 1.3;
            double v = l.cellVolume();
            double sigma2 = 1 / (v * m2);
            TwoPointSeries s = Phi4Perturbation.twoPoint(l, m2);
            for (int k = 0; k <= 2; k++) {
                double expected = sigma2 * r[k] * Math.pow(v * sigma2 * sigma2 / 24, k);
                assertClose(expected, s.phi2(k), 0, "phi2 order " + k + " on " + l);
            }
            assertClose(-0.5 * v * Math.pow(sigma2, 3), s.phi2(1), 0, "h1 on one site");
            assertClose(2.0 / 3 * v * v * Math.pow(sigma2, 5), s.phi2(2), 0, "h2 on one site");
        }
    }

    /**
     * Two sites (D = 1, N_t = 2): the λ² coefficients of {@code ⟨φ_0²⟩} and {@code ⟨φ_1 φ_0⟩} against
     * a numerical second derivative in λ of the exact 2-D integral ({@link TwoSiteIntegral}). The
     * finite-difference estimate of the λ^k coefficient has error O(h^{7−k}); the tolerance is twice the change between steps h
     * and h/2 plus the round-off bound, and must itself be small.
     */
    @Test
    void twoSitesSecondOrderAgreesWithTheQuadrature() {
        Lattice l = Lattice.parse("2", "0.8");
        double m2 = 1.0;
        TwoSiteIntegral exact = new TwoSiteIntegral(l, m2);
        TwoPointSeries s = Phi4Perturbation.twoPoint(l, m2);
        double[] c2 = s.correlator(2);
        double[] c1 = s.correlator(1);
        for (int tau = 0; tau < 2; tau++) {
            int t = tau;
            double[] coarse = exact.taylor(x -> exact.correlator(x)[t], 2 * H);
            double[] fine = exact.taylor(x -> exact.correlator(x)[t], H);
            assertClose(s.correlator(0)[tau], fine[0], 0, "quadrature at λ = 0 is the free value, C(" + tau + ")");
            for (int k = 1; k <= 2; k++) {
                double estimate = fine[k];
                double tolerance = 2 * Math.abs(coarse[k] - fine[k]) + TwoSiteIntegral.ROUNDOFF / Math.pow(H, k);
                double engine = k == 1 ? c1[tau] : c2[tau];
                assertTrue(tolerance < 1e-5 * Math.abs(engine), "finite-difference tolerance " + tolerance + " too loose for c" + k);
                assertEquals(estimate, engine, tolerance, "c" + k + "(" + tau + ") vs d^k/dλ^k / k! of the exact integral");
            }
        }
        assertEquals(s.phi2(2), s.correlator(2)[0], 0.0, "on D = 1 C(0) = <phi_0^2>");
    }

    @Test
    void termsAddUpToTheCoefficients() {
        Lattice l = Lattice.of(6, 6);
        TwoPointSeries s = Phi4Perturbation.twoPoint(l, 0.5);
        for (int k = 0; k <= 2; k++) {
            double sum = 0;
            for (DiagramTerm t : s.terms()) {
                if (t.diagram().order() == k) {
                    sum += t.phi2();
                }
            }
            assertClose(s.phi2(k), sum, 0, "order " + k);
        }
        assertEquals(5, s.terms().size(), "propagator, tadpole, three at λ²");
        double lambda = 0.3;
        double[] c = s.correlator(lambda, 2);
        for (int t = 0; t < c.length; t++) {
            double expected = s.correlator(0)[t] + lambda * s.correlator(1)[t] + lambda * lambda * s.correlator(2)[t];
            assertClose(expected, c[t], 0, "C(" + t + ") through λ²");
        }
        assertClose(s.phi2(0) + lambda * s.phi2(1), s.phi2(lambda, 1), 0, "<phi^2> through λ");
    }

    /** The signs: the tadpole lowers ⟨φ²⟩ (positive λ), the λ² term raises it, as on one site. */
    @Test
    void signsOfTheCoefficients() {
        TwoPointSeries s = Phi4Perturbation.twoPoint(Lattice.of(8, 8), 1.0);
        assertTrue(s.phi2(1) < 0, "phi2 order 1 < 0");
        assertTrue(s.phi2(2) > 0, "phi2 order 2 > 0");
    }

    @Test
    void refusesANonPositiveMass() {
        for (double m2 : new double[] {0, -1, Double.NaN}) {
            ParameterException e = assertThrows(ParameterException.class, () -> Phi4Perturbation.twoPoint(Lattice.of(4, 4), m2));
            assertEquals("m2", e.parameter());
        }
        assertThrows(IllegalArgumentException.class, () -> Phi4Perturbation.twoPoint(Lattice.of(4, 4), 1, 3));
    }

    /** 32×32 through λ² well under a second (a few FFTs per diagram, O(V log V)). */
    @Test
    void secondOrderOn32x32IsFast() {
        Phi4Perturbation.twoPoint(Lattice.of(16, 16), 1.0);
        for (int n : new int[] {16, 32}) {
            long start = System.nanoTime();
            TwoPointSeries s = Phi4Perturbation.twoPoint(Lattice.of(n, n), 1.0);
            double ms = (System.nanoTime() - start) / 1e6;
            assertTrue(ms < 1000, n + "x" + n + " took " + ms + " ms");
            assertTrue(Double.isFinite(s.phi2(2)));
        }
    }
}
