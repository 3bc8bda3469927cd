package wick.lattice;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/** The estimator of PHYSICS section 2.1 against its definition, as a naive double loop. */
class ZeroMomentumCorrelatorTest {
    @Test
    void equalsNaiveDoubleLoop() {
        RandomStream r = RandomStream.of(5);
        for (Lattice l : new Lattice[] {Lattices.D1, Lattices.D2, Lattices.D3, Lattices.D4,
                new Lattice(new int[] {7, 3}, new double[] {0.3, 2.0})}) {
            double[] phi = new double[l.volume()];
            for (int i = 0; i < phi.length; i++) {
                phi[i] = r.nextGaussian() + 0.3;
            }
            int nt = l.extent(0);
            int ns = l.spatialVolume();
            int[] c = new int[l.dimension()];
            double[] bar = new double[nt];
            for (int i = 0; i < phi.length; i++) {
                l.coordinates(i, c);
                bar[c[0]] += phi[i] / ns;
            }
            double[] expected = new double[nt];
            for (int tau = 0; tau < nt; tau++) {
                for (int t = 0; t < nt; t++) {
                    expected[tau] += l.spatialCellVolume() * ns / nt * bar[(t + tau) % nt] * bar[t];
                }
            }
            double[] out = new double[nt];
            ZeroMomentumCorrelator z = new ZeroMomentumCorrelator(l);
            z.measure(phi, out);
            DifferenceOperatorsTest.assertVectorEquals(expected, out, l.toString());
            double[] copy = phi.clone();
            z.measure(phi, out); // reusable, input not modified
            DifferenceOperatorsTest.assertVectorEquals(expected, out, l + " again");
            DifferenceOperatorsTest.assertVectorEquals(copy, phi, l + " input");
        }
    }

    @Test
    void rejectsWrongLengths() {
        ZeroMomentumCorrelator z = new ZeroMomentumCorrelator(Lattices.D2);
        assertThrows(IllegalArgumentException.class, () -> z.measure(new double[12], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> z.measure(new double[11], new double[4]));
    }
}
