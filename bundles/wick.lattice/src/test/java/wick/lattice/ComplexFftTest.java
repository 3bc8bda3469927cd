package wick.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/** The Fourier convention of PHYSICS section 0, for D = 1..4 (including directions of extent 1). */
class ComplexFftTest {
    private static List<Lattice> lattices() {
        List<Lattice> ls = new ArrayList<>(List.of(Lattices.ALL));
        ls.add(Lattice.of(1));
        ls.add(Lattice.of(8));
        ls.add(Lattice.of(1, 4));
        ls.add(Lattice.of(8, 4));
        ls.add(Lattice.of(3, 1, 2));
        ls.add(Lattice.of(4, 4, 2));
        ls.add(Lattice.of(2, 1, 3, 2));
        ls.add(Lattice.of(3, 5, 2, 4));
        ls.add(Lattice.of(4, 2, 4, 2));
        return ls;
    }

    @Test
    void forwardMatchesNaiveDft() {
        RandomStream r = RandomStream.of(3);
        for (Lattice l : lattices()) {
            double[] a = noise(r, l);
            double[] expected = naiveDft(l, a);
            new ComplexFft(l).forward(a);
            DifferenceOperatorsTest.assertVectorEquals(expected, a, l + " forward");
        }
    }

    @Test
    void inverseUndoesForward() {
        RandomStream r = RandomStream.of(4);
        for (Lattice l : lattices()) {
            double[] a = noise(r, l);
            double[] original = a.clone();
            ComplexFft fft = new ComplexFft(l);
            fft.forward(a);
            fft.inverse(a);
            DifferenceOperatorsTest.assertVectorEquals(original, a, l + " inverse(forward)");
            fft.inverse(a);
            fft.forward(a);
            DifferenceOperatorsTest.assertVectorEquals(original, a, l + " forward(inverse)");
        }
    }

    @Test
    void inverseHasOneOverV() {
        Lattice l = Lattice.of(2, 3, 2, 2);
        double[] a = new double[2 * l.volume()];
        a[0] = 1; // φ̂_k = δ_{k,0} ⇒ φ_n = 1/V
        new ComplexFft(l).inverse(a);
        for (int n = 0; n < l.volume(); n++) {
            assertEquals(1.0 / l.volume(), a[2 * n], Tolerance.EXACT);
            assertEquals(0.0, a[2 * n + 1], Tolerance.EXACT);
        }
    }

    @Test
    void rejectsWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ComplexFft(Lattices.D2).forward(new double[12]));
        assertTrue(e.getMessage().contains("2V = 24"), e.getMessage());
    }

    static double[] noise(RandomStream r, Lattice l) {
        double[] a = new double[2 * l.volume()];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextGaussian();
        }
        return a;
    }

    /** φ̂_k = Σ_n e^{−i Σ_μ 2π j_μ n_μ / N_μ} φ_n, literally. */
    static double[] naiveDft(Lattice l, double[] a) {
        int v = l.volume();
        int d = l.dimension();
        int[] j = new int[d];
        int[] n = new int[d];
        double[] out = new double[2 * v];
        for (int k = 0; k < v; k++) {
            l.coordinates(k, j);
            double re = 0;
            double im = 0;
            for (int s = 0; s < v; s++) {
                l.coordinates(s, n);
                double phase = 0;
                for (int mu = 0; mu < d; mu++) {
                    phase -= 2 * Math.PI * ((long) j[mu] * n[mu] % l.extent(mu)) / l.extent(mu);
                }
                double c = Math.cos(phase);
                double sn = Math.sin(phase);
                re += c * a[2 * s] - sn * a[2 * s + 1];
                im += sn * a[2 * s] + c * a[2 * s + 1];
            }
            out[2 * k] = re;
            out[2 * k + 1] = im;
        }
        return out;
    }
}
