package wick.model.fock.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands products of linear combinations of ladder operators into {@link LadderWord}s, keeping the
 * operator order: {@code (Σ_a c_a O_a)(Σ_b c_b O_b)... = Σ_{a,b,...} c_a c_b ... O_a O_b ...}.
 */
final class Words {
    /** One term {@code (re + i im) · O} of a linear combination. */
    record Term(int mode, boolean creator, double re, double im) {
    }

    private Words() {
    }

    /** {@code coefficient · Π_f factors[f]}, expanded, in factor order. */
    static List<LadderWord> product(double coefficient, List<List<Term>> factors) {
        List<LadderWord> out = new ArrayList<>();
        int r = factors.size();
        int[] modes = new int[r];
        boolean[] creators = new boolean[r];
        expand(factors, 0, coefficient, 0, modes, creators, out);
        return out;
    }

    private static void expand(List<List<Term>> factors, int f, double re, double im, int[] modes, boolean[] creators,
            List<LadderWord> out) {
        if (f == factors.size()) {
            if (re != 0 || im != 0) {
                out.add(new LadderWord(modes.clone(), creators.clone(), re, im));
            }
            return;
        }
        for (Term t : factors.get(f)) {
            modes[f] = t.mode();
            creators[f] = t.creator();
            expand(factors, f + 1, re * t.re() - im * t.im(), re * t.im() + im * t.re(), modes, creators, out);
        }
    }

    /** {@code coefficient · A^power} for one linear combination {@code A}. */
    static List<LadderWord> power(double coefficient, List<Term> factor, int power) {
        List<List<Term>> fs = new ArrayList<>();
        for (int i = 0; i < power; i++) {
            fs.add(factor);
        }
        return product(coefficient, fs);
    }
}
