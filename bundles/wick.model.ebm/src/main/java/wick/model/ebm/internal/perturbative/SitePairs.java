package wick.model.ebm.internal.perturbative;

import java.util.ArrayList;
import java.util.List;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;

/**
 * The {@code pairs} parameter of {@code phi4.perturbative}: site pairs {@code a-b} (flat site indices,
 * row-major, time first) joined by commas, or empty for none. By translation invariance
 * {@code ⟨φ_a φ_b⟩} depends on the periodic displacement {@code a − b} only.
 */
final class SitePairs {
    static final String PARAMETER = "pairs";
    static final String HELP = "Site pairs a-b of flat site indices (row-major, time first) joined by commas, e.g. 0-0,0-5; empty for none";

    private SitePairs() {
    }

    /** Pairs as {@code {a, b}}; an empty list when {@code text} is blank or {@code none}. */
    static List<int[]> parse(String text, Lattice lattice) {
        List<int[]> pairs = new ArrayList<>();
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equals("none")) {
            return pairs;
        }
        String allowed = "pairs a-b of site indices between 0 and " + (lattice.volume() - 1) + " joined by commas, e.g. 0-0,0-5";
        for (String part : t.split(",", -1)) {
            String[] ab = part.trim().split("-", -1);
            if (ab.length != 2) {
                throw new ParameterException(PARAMETER, text, allowed);
            }
            int[] pair = new int[2];
            for (int i = 0; i < 2; i++) {
                try {
                    pair[i] = Integer.parseInt(ab[i].trim());
                } catch (NumberFormatException e) {
                    throw new ParameterException(PARAMETER, text, allowed);
                }
                if (pair[i] < 0 || pair[i] >= lattice.volume()) {
                    throw new ParameterException(PARAMETER, text, allowed);
                }
            }
            pairs.add(pair);
        }
        return pairs;
    }

    /** The flat index of the periodic displacement {@code a − b}. */
    static int displacement(Lattice lattice, int a, int b) {
        int d = lattice.dimension();
        int[] ca = new int[d];
        int[] cb = new int[d];
        lattice.coordinates(a, ca);
        lattice.coordinates(b, cb);
        for (int mu = 0; mu < d; mu++) {
            ca[mu] = Math.floorMod(ca[mu] - cb[mu], lattice.extent(mu));
        }
        return lattice.index(ca);
    }
}
