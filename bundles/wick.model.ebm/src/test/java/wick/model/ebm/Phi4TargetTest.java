package wick.model.ebm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.random.RandomStream;

class Phi4TargetTest {
    private static final double EXACT = 1e-12;
    private static final String[][] LATTICES = {{"7", "0.6"}, {"4x3", "0.8,1.3"}, {"2x3x1", "1,0.7,1.1"}, {"3x2x2x2", "0.9"}};

    private static double[] randomField(Lattice l, long seed) {
        RandomStream r = RandomStream.of(seed);
        double[] f = new double[l.volume()];
        for (int i = 0; i < f.length; i++) {
            f[i] = 1.5 * r.nextGaussian();
        }
        return f;
    }

    /** The action as PHYSICS 2.2 writes it, summed literally over sites and directions. */
    private static double literalAction(Lattice l, double m2, double lambda, double[] j, double[] f) {
        double s = 0;
        for (int n = 0; n < f.length; n++) {
            double kin = 0;
            for (int mu = 0; mu < l.dimension(); mu++) {
                double d = (f[l.up(mu)[n]] - f[n]) / l.spacing(mu);
                kin += d * d;
            }
            s += l.cellVolume() * (0.5 * kin + 0.5 * m2 * f[n] * f[n] + lambda / 24 * Math.pow(f[n], 4)) - j[n] * f[n];
        }
        return s;
    }

    @Test
    void actionIsTheSpecsAction() {
        for (String[] spec : LATTICES) {
            Lattice l = Lattice.parse(spec[0], spec[1]);
            double[] j = randomField(l, 9);
            Phi4Target t = new Phi4Target(l, -0.7, 2.4, j);
            double[] f = randomField(l, 1);
            double expected = literalAction(l, -0.7, 2.4, j, f);
            assertEquals(expected, t.action(f), EXACT * Math.abs(expected), spec[0]);
            double[] force = new double[l.volume()];
            assertEquals(expected, t.actionAndForce(f, force), EXACT * Math.abs(expected), spec[0]);
        }
    }

    @Test
    void forceIsMinusTheGradientByFiniteDifferences() {
        for (String[] spec : LATTICES) {
            Lattice l = Lattice.parse(spec[0], spec[1]);
            Phi4Target t = new Phi4Target(l, 0.4, 1.7, Phi4Target.uniformSource(l, 0.2));
            double[] f = randomField(l, 2);
            double[] force = new double[l.volume()];
            t.actionAndForce(f, force);
            double h = 1e-5;
            for (int n = 0; n < f.length; n++) {
                double x = f[n];
                f[n] = x + h;
                double sp = t.action(f);
                f[n] = x - h;
                double sm = t.action(f);
                f[n] = x;
                double fd = -(sp - sm) / (2 * h);
                // central difference error ~ h² S''' ; the scale of S''' here is O(λ x) = O(10)
                assertEquals(fd, force[n], 1e-6 * Math.max(1, Math.abs(fd)), spec[0] + " site " + n);
            }
        }
    }

    @Test
    void localChangeAndPolynomialMatchTheActionDifference() {
        for (String[] spec : LATTICES) {
            Lattice l = Lattice.parse(spec[0], spec[1]);
            Phi4Target t = new Phi4Target(l, -0.3, 0.9, randomField(l, 4));
            double[] f = randomField(l, 3);
            double[] c = new double[3];
            for (int n = 0; n < f.length; n++) {
                double x = 0.37 - n * 0.1;
                double old = f[n];
                double s0 = t.action(f);
                f[n] = x;
                double s1 = t.action(f);
                f[n] = old;
                double ds = t.localActionChange(f, n, x);
                assertEquals(s1 - s0, ds, 1e-10 * Math.max(1, Math.abs(s0)), spec[0] + " site " + n);
                t.localPolynomial(f, n, c);
                double poly = c[0] * (x - old) + c[1] * (x * x - old * old) + c[2] * (Math.pow(x, 4) - Math.pow(old, 4));
                assertEquals(ds, poly, 1e-10 * Math.max(1, Math.abs(ds)), spec[0] + " polynomial, site " + n);
            }
        }
    }

    @Test
    void hoppingForm() {
        Lattice l = Lattice.parse("4x1x2", "0.5,1,2");
        Phi4Target t = new Phi4Target(l, 1, 0, null);
        double v = l.cellVolume();
        assertEquals(v / 0.25, t.hopping(0), EXACT);
        assertEquals(0, t.hopping(1));
        assertEquals(v / 4, t.hopping(2), EXACT);
        assertTrue(t.reflectionSymmetric());
        assertFalse(new Phi4Target(l, 1, 0, Phi4Target.uniformSource(l, 0.1)).reflectionSymmetric());
    }

    @Test
    void unboundedActionsAreRefusedNamingTheParameter() {
        Lattice l = Lattice.of(4, 4);
        assertEquals("m2", assertThrows(ParameterException.class, () -> new Phi4Target(l, 0, 0, null)).parameter());
        assertEquals("m2", assertThrows(ParameterException.class, () -> new Phi4Target(l, -1, 0, null)).parameter());
        assertEquals("lambda", assertThrows(ParameterException.class, () -> new Phi4Target(l, 1, -0.1, null)).parameter());
        assertEquals("lambda", assertThrows(ParameterException.class, () -> new Phi4Target(l, 1, Double.NaN, null)).parameter());
        assertThrows(IllegalArgumentException.class, () -> new Phi4Target(l, 1, 1, new double[3]));
        double[] f = new double[16];
        assertThrows(IllegalArgumentException.class, () -> new Phi4Target(l, 1, 1, null).actionAndForce(f, f));
    }
}
