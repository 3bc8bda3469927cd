package wick.analysis.critical.internal;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;

/**
 * The lattices of a line of constant physics (PHYSICS 7): for each spacing {@code a} a lattice of
 * {@code N = box/a} sites in every direction, spacing a, so that the physical extent {@code N a}
 * stays the box.
 *
 * @param spacings the spacings, as given
 * @param extents  {@code N} per spacing
 */
record Spacings(double[] spacings, int[] extents) {
    /** How far {@code box/a} may be from an integer. */
    static final double INTEGER_TOLERANCE = 1e-9;

    /**
     * Parses and checks the spacings against the box.
     *
     * @param minExtent the smallest N allowed
     * @throws ParameterException naming {@code spacings} when a value is not a positive number or
     *                            {@code box/a} is not an integer (within {@value #INTEGER_TOLERANCE}) ≥ minExtent,
     *                            or naming {@code box} when it is not > 0
     */
    static Spacings parse(String spacings, double box, int minExtent) {
        if (!(box > 0) || !Double.isFinite(box)) {
            throw new ParameterException("box", String.valueOf(box), "a number > 0 (the physical extent N·a)");
        }
        double[] a = ListParameters.positiveNumbers("spacings", spacings);
        int[] n = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            double ratio = box / a[i];
            long rounded = Math.round(ratio);
            if (Math.abs(ratio - rounded) > INTEGER_TOLERANCE || rounded < minExtent || rounded > 4096) {
                throw new ParameterException("spacings", spacings, "spacings a for which box/a is an integer N between "
                        + minExtent + " and 4096 (box = " + box + ", a = " + a[i] + " gives box/a = " + ratio + ")");
            }
            n[i] = (int) rounded;
        }
        return new Spacings(a, n);
    }

    /** Number of spacings. */
    int size() {
        return spacings.length;
    }

    double spacing(int i) {
        return spacings[i];
    }

    int extent(int i) {
        return extents[i];
    }

    /** The lattice {@code N^D} with spacing {@code a} of entry {@code i}. */
    Lattice lattice(int i, int dimension) {
        int[] ext = new int[dimension];
        double[] sp = new double[dimension];
        java.util.Arrays.fill(ext, extents[i]);
        java.util.Arrays.fill(sp, spacings[i]);
        return new Lattice(ext, sp);
    }
}
