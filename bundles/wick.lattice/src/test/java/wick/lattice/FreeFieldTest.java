package wick.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;

/** Reference problems of PHYSICS section 2.1 (free field) against exact values. */
class FreeFieldTest {
    private static final double M2 = 0.5;

    /** Lattices for the correlator: D = 1, 2, 3; N_t even and odd; several a_t. */
    private static List<Lattice> correlatorLattices() {
        List<Lattice> ls = new ArrayList<>();
        for (double at : new double[] {0.25, 0.7, 1.0, 1.6}) {
            ls.add(new Lattice(new int[] {8}, new double[] {at}));
            ls.add(new Lattice(new int[] {9}, new double[] {at}));
            ls.add(new Lattice(new int[] {6, 4}, new double[] {at, 1.3}));
            ls.add(new Lattice(new int[] {7, 3}, new double[] {at, 0.8}));
            ls.add(new Lattice(new int[] {5, 3, 2}, new double[] {at, 0.9, 1.2}));
            ls.add(new Lattice(new int[] {10, 2, 3}, new double[] {at, 1.1, 0.6}));
        }
        return ls;
    }

    @Test
    void logPartitionFunctionMatchesCholesky() {
        List<Lattice> ls = new ArrayList<>(List.of(Lattices.ALL));
        ls.add(Lattice.of(4, 4));
        ls.add(new Lattice(new int[] {16, 12}, new double[] {0.3, 0.9}));
        for (Lattice l : ls) {
            FreeField f = new FreeField(l, M2);
            double fromCholesky = 0.5 * l.volume() * Math.log(2 * Math.PI) - 0.5 * f.logDetCholesky();
            double scale = 0.5 * l.volume() * Math.log(2 * Math.PI) + 0.5 * Math.abs(f.logDetCholesky());
            assertEquals(fromCholesky, f.logPartitionFunction(), Tolerance.EXACT * scale, l.toString());
        }
        // the talk's form on 4×4: 8 ln 2π − ½ Σ ln K
        FreeField talk = new FreeField(Lattice.of(4, 4), 1);
        double s = 0;
        for (double k : talk.symbol()) {
            s += Math.log(k);
        }
        assertEquals(8 * Math.log(2 * Math.PI) - 0.5 * s, talk.logPartitionFunction(), Tolerance.EXACT * 20);
    }

    @Test
    void nonPositiveMassIsAParameterError() {
        for (double m2 : new double[] {0, -1, Double.NaN}) {
            ParameterException e = assertThrows(ParameterException.class, () -> new FreeField(Lattices.D2, m2));
            assertEquals("m2", e.parameter());
            assertTrue(e.getMessage().contains("m2 > 0"), e.getMessage());
        }
        ParameterException e = assertThrows(ParameterException.class, () -> new FreeField(Lattices.D2, Double.POSITIVE_INFINITY));
        assertEquals("m2", e.parameter());
    }

    @Test
    void fftPropagatorIsColumnZeroOfTheDenseInverseAndTranslationInvariant() {
        List<Lattice> ls = new ArrayList<>(List.of(Lattices.ALL));
        ls.add(Lattice.of(1, 4));
        ls.add(new Lattice(new int[] {6, 5}, new double[] {0.4, 1.5}));
        for (Lattice l : ls) {
            FreeField f = new FreeField(l, M2);
            double[] g = f.propagatorFft();
            DMatrixRMaj dense = f.propagatorDense();
            double scale = g[0];
            for (int n = 0; n < l.volume(); n++) {
                for (int m = 0; m < l.volume(); m++) {
                    assertEquals(g[Lattices.difference(l, n, m)], dense.get(n, m), Tolerance.EXACT * scale, l + " G(" + n + "," + m + ")");
                }
            }
            assertEquals(g[0], f.phi2(), Tolerance.EXACT * scale, l + " <phi^2>");
        }
    }

    @Test
    void closedFormCorrelatorEqualsDirectSumOverThePropagator() {
        for (Lattice l : correlatorLattices()) {
            FreeField f = new FreeField(l, M2);
            double[] closed = f.correlator();
            double[] direct = FreeField.correlatorFromPropagator(l, f.propagatorFft());
            assertEquals(l.extent(0), closed.length);
            for (int tau = 0; tau < closed.length; tau++) {
                assertEquals(closed[tau], direct[tau], Tolerance.EXACT * closed[0], l + " C(" + tau + ")");
            }
        }
    }

    /** correlatorFromPropagator is the estimator's expectation, evaluated as the full double sum over G. */
    @Test
    void correlatorFromPropagatorIsTheExpectationOfTheEstimator() {
        for (Lattice l : new Lattice[] {Lattices.D2, Lattices.D3, Lattices.D4, new Lattice(new int[] {5, 3}, new double[] {0.6, 1.4})}) {
            FreeField f = new FreeField(l, M2);
            DMatrixRMaj g = f.propagatorDense();
            int nt = l.extent(0);
            int ns = l.spatialVolume();
            double[] expected = new double[nt];
            for (int tau = 0; tau < nt; tau++) {
                double s = 0;
                for (int t = 0; t < nt; t++) {
                    for (int x = 0; x < ns; x++) {
                        for (int y = 0; y < ns; y++) {
                            s += g.get(((t + tau) % nt) * ns + x, t * ns + y);
                        }
                    }
                }
                // a_s^{D−1} N_s (1/N_t) Σ_t (1/N_s²) Σ_{x,y} G
                expected[tau] = l.spatialCellVolume() * ns / nt * s / ((double) ns * ns);
            }
            double[] actual = FreeField.correlatorFromPropagator(l, f.propagatorFft());
            DifferenceOperatorsTest.assertVectorEquals(expected, actual, l.toString());
        }
    }

    @Test
    void effectiveMassIsExactlyTheEnergy() {
        for (Lattice l : correlatorLattices()) {
            FreeField f = new FreeField(l, M2);
            double e = f.energyLatticeUnits();
            double[] c = f.correlator();
            int nt = c.length;
            for (int tau = 1; tau < nt; tau++) {
                double ratio = (c[(tau + 1) % nt] + c[tau - 1]) / (2 * c[tau]);
                assertEquals(Math.cosh(e), ratio, Tolerance.EXACT * Math.cosh(e), l + " ratio at τ = " + tau);
                // arccosh amplifies rounding by 1/sinh Ê near Ê = 0
                assertEquals(e, acosh(ratio), Tolerance.EXACT * Math.cosh(e) / Math.sinh(e), l + " Ê_eff(" + tau + ")");
            }
        }
    }

    @Test
    void contactTermAtTauZero() {
        for (Lattice l : correlatorLattices()) {
            FreeField f = new FreeField(l, M2);
            double[] c = f.correlator();
            int nt = c.length;
            double at = l.spacing(0);
            double lhs = c[1 % nt] + c[nt - 1];
            assertEquals(2 * Math.cosh(f.energyLatticeUnits()) * c[0] - at, lhs, Tolerance.EXACT * c[0], l.toString());
        }
    }

    @Test
    void energyDefinitions() {
        for (double at : new double[] {1e-4, 0.1, 0.7, 2.5}) {
            FreeField f = new FreeField(new Lattice(new int[] {4}, new double[] {at}), 1.7);
            double e = f.energyLatticeUnits();
            assertEquals(1 + 1.7 * at * at / 2, Math.cosh(e), Tolerance.EXACT);
            assertEquals(2 / at * Math.log(Math.sqrt(1.7) * at / 2 + Math.sqrt(1 + 1.7 * at * at / 4)), f.energy(), Tolerance.EXACT * 10);
        }
    }

    /**
     * As a_t → 0 with N_t a_t → ∞: C(τ) → e^{−m τ a_t}/(2m). The relative error is O((m a_t)²) (energy
     * shift −m³a_t²/24 in the exponent, prefactor 1 + O(m²a_t²)); it must fall by ~4 when a_t halves.
     */
    @Test
    void continuumLimit() {
        double m = Math.sqrt(M2);
        double time = 3.0; // physical separation τ a_t
        double previous = Double.NaN;
        for (double at : new double[] {0.1, 0.05, 0.025}) {
            int nt = (int) Math.round(80 / (m * at)); // N_t a_t m = 80: wrap-around e^{−80} is negligible
            FreeField f = new FreeField(new Lattice(new int[] {nt}, new double[] {at}), M2);
            int tau = (int) Math.round(time / at);
            double continuum = Math.exp(-m * tau * at) / (2 * m);
            double error = Math.abs(f.correlator()[tau] / continuum - 1);
            assertTrue(error < (m * at) * (m * at) * (1 + m * time), "a_t = " + at + ": relative error " + error);
            if (!Double.isNaN(previous)) {
                assertEquals(4.0, previous / error, 0.1, "O(a_t²) convergence at a_t = " + at);
            }
            previous = error;
        }
    }

    @Test
    void correlatorFromPropagatorRejectsWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FreeField.correlatorFromPropagator(Lattices.D2, new double[5]));
        assertTrue(e.getMessage().contains("V = 12"), e.getMessage());
    }

    private static double acosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    }
}
