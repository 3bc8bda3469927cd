package org.example.xy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/** The action, its local differences and its force agree with each other and with the symmetry. */
class XyTargetTest {

    private static double[] randomField(int v, long seed) {
        RandomStream r = RandomStream.of(seed);
        double[] f = new double[v];
        for (int i = 0; i < v; i++) {
            f[i] = 4 * Math.PI * (r.nextDouble() - 0.5);
        }
        return f;
    }

    /** ΔS from {@code localActionChange} equals S(after) − S(before), on extents 1, 2 and larger. */
    @Test
    void localActionChangeIsTheDifferenceOfActions() {
        for (Lattice lattice : new Lattice[] {Lattice.of(5, 2, 3), Lattice.of(4, 1, 3), Lattice.of(2), Lattice.of(7)}) {
            XyTarget t = new XyTarget(lattice, 1.3);
            double[] f = randomField(lattice.volume(), 11);
            RandomStream r = RandomStream.of(3);
            for (int site = 0; site < lattice.volume(); site++) {
                double x = 6 * (r.nextDouble() - 0.5);
                double before = t.action(f);
                double[] g = f.clone();
                g[site] = x;
                assertEquals(t.action(g) - before, t.localActionChange(f, site, x), Tolerance.ROUNDING * lattice.volume(),
                        lattice + " site " + site);
            }
        }
    }

    /** The force equals −∂S/∂θ_n by central differences, whose error is O(h²) ≈ 1e-10 here. */
    @Test
    void forceIsMinusTheGradient() {
        Lattice lattice = Lattice.of(3, 2, 4);
        XyTarget t = new XyTarget(lattice, 0.8);
        double[] f = randomField(lattice.volume(), 5);
        double[] force = new double[f.length];
        double s = t.actionAndForce(f, force);
        assertEquals(t.action(f), s, Tolerance.ROUNDING);
        double h = 1e-5;
        for (int n = 0; n < f.length; n++) {
            double[] p = f.clone();
            double[] m = f.clone();
            p[n] += h;
            m[n] -= h;
            double gradient = (t.action(p) - t.action(m)) / (2 * h);
            assertEquals(-gradient, force[n], 1e-8, "site " + n);
        }
        assertThrows(IllegalArgumentException.class, () -> t.actionAndForce(f, f));
    }

    /** S is invariant under a global rotation θ_n → θ_n + c and under θ_n → θ_n + 2π on one site. */
    @Test
    void actionHasTheO2Symmetry() {
        Lattice lattice = Lattice.of(4, 4);
        XyTarget t = new XyTarget(lattice, 1.1);
        double[] f = randomField(lattice.volume(), 9);
        double s = t.action(f);
        double[] g = f.clone();
        for (int i = 0; i < g.length; i++) {
            g[i] += 0.731;
        }
        assertEquals(s, t.action(g), Tolerance.ROUNDING * lattice.volume());
        assertEquals(0, t.localActionChange(f, 5, f[5] + 2 * Math.PI), Tolerance.ROUNDING);
    }

    /** The ordered state has S = −β V L exactly (L directions with links). */
    @Test
    void orderedStateHasTheMinimalAction() {
        Lattice lattice = Lattice.of(6, 1, 2);
        XyTarget t = new XyTarget(lattice, 0.5);
        assertEquals(2, t.links());
        assertEquals(-0.5 * lattice.volume() * 2, t.action(new double[lattice.volume()]), Tolerance.ROUNDING);
    }
}
