package wick.lattice;

import wick.api.lattice.Lattice;

/** Small test lattices with non-unit, anisotropic spacings, one per dimension D = 1..4. */
final class Lattices {
    static final Lattice D1 = new Lattice(new int[] {5}, new double[] {0.7});
    static final Lattice D2 = new Lattice(new int[] {4, 3}, new double[] {0.7, 1.3});
    static final Lattice D3 = new Lattice(new int[] {3, 2, 4}, new double[] {0.6, 1.1, 0.9});
    static final Lattice D4 = new Lattice(new int[] {2, 3, 2, 2}, new double[] {0.5, 1.2, 0.8, 1.5});
    static final Lattice[] ALL = {D1, D2, D3, D4};

    private Lattices() {
    }

    static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** Flat index of the site n − m (coordinates mod N_μ). */
    static int difference(Lattice l, int n, int m) {
        int[] cn = new int[l.dimension()];
        int[] cm = new int[l.dimension()];
        l.coordinates(n, cn);
        l.coordinates(m, cm);
        int[] d = new int[l.dimension()];
        for (int mu = 0; mu < d.length; mu++) {
            d[mu] = Math.floorMod(cn[mu] - cm[mu], l.extent(mu));
        }
        return l.index(d);
    }
}
