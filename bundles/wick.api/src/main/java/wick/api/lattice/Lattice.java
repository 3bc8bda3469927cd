package wick.api.lattice;

import java.util.Arrays;

import wick.api.param.ParameterException;

/**
 * An immutable periodic hypercubic lattice (a torus) of dimension {@code D = 1..4}
 * (PHYSICS section 0).
 *
 * <p>Direction 0 is Euclidean time ({@code N_t = N_0}, {@code a_t = a_0}); the others are space.
 * Site {@code n = (n_0, ..., n_{D-1})} has the flat index {@code i = Σ_μ n_μ stride_μ} with
 * {@code stride_{D-1} = 1} (row-major, last coordinate fastest). A field on the lattice is a
 * {@code double[volume()]} in that order.
 *
 * <p>The neighbour tables {@code up(μ)[i] = index(n + μ̂)} and {@code down(μ)[i] = index(n − μ̂)} are
 * computed once at construction; callers must not modify the returned arrays.
 */
public final class Lattice {
    /** Largest supported dimension. */
    public static final int MAX_DIMENSION = 4;

    private final int[] extents;
    private final double[] spacings;
    private final int[] strides;
    private final int volume;
    private final int[][] up;
    private final int[][] down;

    /**
     * @param extents  {@code N_μ ≥ 1}, time first; copied
     * @param spacings {@code a_μ > 0}, one per direction; copied
     * @throws ParameterException naming {@code lattice} or {@code spacing} when out of range
     */
    public Lattice(int[] extents, double[] spacings) {
        if (extents.length < 1 || extents.length > MAX_DIMENSION) {
            throw new ParameterException("lattice", Arrays.toString(extents),
                    "between 1 and " + MAX_DIMENSION + " extents joined by x (got " + extents.length + ")");
        }
        if (spacings.length != extents.length) {
            throw new ParameterException("spacing", Arrays.toString(spacings),
                    "one number, or " + extents.length + " comma-separated numbers (one per direction, time first)");
        }
        long v = 1;
        for (int e : extents) {
            if (e < 1) {
                throw new ParameterException("lattice", joinExtents(extents), "every extent an integer ≥ 1, e.g. 6x4 (time first)");
            }
            v *= e;
            if (v > Integer.MAX_VALUE / 2) {
                throw new ParameterException("lattice", joinExtents(extents), "a volume of at most " + (Integer.MAX_VALUE / 2) + " sites");
            }
        }
        for (double a : spacings) {
            if (!(a > 0) || Double.isInfinite(a)) {
                throw new ParameterException("spacing", String.valueOf(a), "finite numbers > 0");
            }
        }
        this.extents = extents.clone();
        this.spacings = spacings.clone();
        this.volume = (int) v;
        int d = extents.length;
        this.strides = new int[d];
        int s = 1;
        for (int mu = d - 1; mu >= 0; mu--) {
            strides[mu] = s;
            s *= extents[mu];
        }
        this.up = new int[d][volume];
        this.down = new int[d][volume];
        int[] coord = new int[d];
        for (int i = 0; i < volume; i++) {
            coordinates(i, coord);
            for (int mu = 0; mu < d; mu++) {
                int n = coord[mu];
                up[mu][i] = i + (((n + 1) % extents[mu]) - n) * strides[mu];
                down[mu][i] = i + (((n - 1 + extents[mu]) % extents[mu]) - n) * strides[mu];
            }
        }
    }

    /** A lattice with all spacings 1. */
    public static Lattice of(int... extents) {
        double[] a = new double[extents.length];
        Arrays.fill(a, 1.0);
        return new Lattice(extents, a);
    }

    /**
     * Parses the CLI forms: {@code lattice} as extents joined by {@code x}, time first ({@code "6x4"});
     * {@code spacing} as one number for all directions or one per direction, comma-separated, time first.
     *
     * @throws ParameterException naming the parameter and the allowed form
     */
    public static Lattice parse(String lattice, String spacing) {
        if (lattice == null || lattice.isBlank()) {
            throw new ParameterException("lattice", String.valueOf(lattice), "extents joined by x, time first, e.g. 6x4");
        }
        String[] parts = lattice.trim().split("x", -1);
        if (parts.length > MAX_DIMENSION) {
            throw new ParameterException("lattice", lattice,
                    "between 1 and " + MAX_DIMENSION + " extents joined by x (got " + parts.length + " dimensions)");
        }
        int[] n = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException("lattice", lattice, "integer extents ≥ 1 joined by x, time first, e.g. 6x4");
            }
            if (n[i] < 1) {
                throw new ParameterException("lattice", lattice, "every extent an integer ≥ 1, e.g. 6x4 (time first)");
            }
        }
        String sp = spacing == null || spacing.isBlank() ? "1" : spacing.trim();
        String[] sparts = sp.split(",", -1);
        if (sparts.length != 1 && sparts.length != n.length) {
            throw new ParameterException("spacing", sp,
                    "one number, or " + n.length + " comma-separated numbers (one per direction, time first)");
        }
        double[] a = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            String s = sparts[sparts.length == 1 ? 0 : i].trim();
            try {
                a[i] = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new ParameterException("spacing", sp, "numbers > 0, one or one per direction (comma-separated)");
            }
            if (!(a[i] > 0) || Double.isInfinite(a[i])) {
                throw new ParameterException("spacing", sp, "finite numbers > 0");
            }
        }
        return new Lattice(n, a);
    }

    /** Number of dimensions {@code D}. */
    public int dimension() {
        return extents.length;
    }

    /** Extent {@code N_μ}. */
    public int extent(int mu) {
        return extents[mu];
    }

    /** All extents, time first (a copy). */
    public int[] extents() {
        return extents.clone();
    }

    /** Spacing {@code a_μ}. */
    public double spacing(int mu) {
        return spacings[mu];
    }

    /** All spacings, time first (a copy). */
    public double[] spacings() {
        return spacings.clone();
    }

    /** Number of sites {@code V = Π N_μ}. */
    public int volume() {
        return volume;
    }

    /** Cell volume {@code v = Π a_μ}. */
    public double cellVolume() {
        double v = 1;
        for (double a : spacings) {
            v *= a;
        }
        return v;
    }

    /** Spatial cell volume {@code a_s^{D−1} = Π_{μ≥1} a_μ} (1 for D = 1). */
    public double spatialCellVolume() {
        double v = 1;
        for (int mu = 1; mu < spacings.length; mu++) {
            v *= spacings[mu];
        }
        return v;
    }

    /** Number of sites in one time slice, {@code N_s = V / N_t}. */
    public int spatialVolume() {
        return volume / extents[0];
    }

    /** Stride of direction μ in the flat index. */
    public int stride(int mu) {
        return strides[mu];
    }

    /** Flat index of the site with the given coordinates (each in {@code 0..N_μ−1}). */
    public int index(int... coordinates) {
        int i = 0;
        for (int mu = 0; mu < extents.length; mu++) {
            i += coordinates[mu] * strides[mu];
        }
        return i;
    }

    /** Writes the coordinates of site {@code i} into {@code out} (length D, modified). */
    public void coordinates(int i, int[] out) {
        for (int mu = 0; mu < extents.length; mu++) {
            out[mu] = (i / strides[mu]) % extents[mu];
        }
    }

    /** Neighbour table {@code n → n + μ̂} (shared; do not modify). */
    public int[] up(int mu) {
        return up[mu];
    }

    /** Neighbour table {@code n → n − μ̂} (shared; do not modify). */
    public int[] down(int mu) {
        return down[mu];
    }

    /** The CLI form of the extents, e.g. {@code "6x4"}. */
    public String extentsString() {
        return joinExtents(extents);
    }

    /** The CLI form of the spacings, e.g. {@code "0.5,1.0"}. */
    public String spacingsString() {
        StringBuilder b = new StringBuilder();
        for (int mu = 0; mu < spacings.length; mu++) {
            if (mu > 0) {
                b.append(',');
            }
            b.append(spacings[mu]);
        }
        return b.toString();
    }

    private static String joinExtents(int[] n) {
        StringBuilder b = new StringBuilder();
        for (int mu = 0; mu < n.length; mu++) {
            if (mu > 0) {
                b.append('x');
            }
            b.append(n[mu]);
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lattice l && Arrays.equals(extents, l.extents) && Arrays.equals(spacings, l.spacings);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(extents) + Arrays.hashCode(spacings);
    }

    @Override
    public String toString() {
        return "Lattice[" + extentsString() + ", a=" + spacingsString() + "]";
    }
}
