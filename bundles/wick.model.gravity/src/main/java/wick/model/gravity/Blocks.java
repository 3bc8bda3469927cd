package wick.model.gravity;

import java.util.StringJoiner;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;

/**
 * The tiling of the lattice by blocks of shape {@code b_0 × ... × b_{D−1}} (PHYSICS section 4,
 * "Blocks"): each {@code b_μ} divides {@code N_μ}; a block holds {@code M = Π b_μ} sites and σ is
 * constant on it. Blocks are numbered row-major over the block grid {@code N_μ / b_μ} (last
 * direction fastest), like sites.
 */
public final class Blocks {
    private final Lattice lattice;
    private final int[] shape;
    private final int size;
    private final int count;
    private final int[] blockOfSite;

    /**
     * @param shape {@code b_μ}, one per direction; copied
     * @throws ParameterException naming {@code block} when the shape does not fit the lattice
     */
    public Blocks(Lattice lattice, int[] shape) {
        int d = lattice.dimension();
        if (shape.length != d) {
            throw new ParameterException("block", join(shape), d + " extents joined by x, one per lattice direction (time first)");
        }
        for (int mu = 0; mu < d; mu++) {
            if (shape[mu] < 1 || lattice.extent(mu) % shape[mu] != 0) {
                throw new ParameterException("block", join(shape), "each b_μ dividing N_μ: " + allowed(lattice));
            }
        }
        this.lattice = lattice;
        this.shape = shape.clone();
        int m = 1;
        int c = 1;
        int[] grid = new int[d];
        for (int mu = 0; mu < d; mu++) {
            m *= shape[mu];
            grid[mu] = lattice.extent(mu) / shape[mu];
            c *= grid[mu];
        }
        this.size = m;
        this.count = c;
        this.blockOfSite = new int[lattice.volume()];
        int[] coord = new int[d];
        for (int i = 0; i < blockOfSite.length; i++) {
            lattice.coordinates(i, coord);
            int b = 0;
            for (int mu = 0; mu < d; mu++) {
                b = b * grid[mu] + coord[mu] / shape[mu];
            }
            blockOfSite[i] = b;
        }
    }

    /**
     * Parses the CLI form {@code "2x2"} (extents joined by x, time first).
     *
     * @throws ParameterException naming {@code block} with the allowed divisors
     */
    public static Blocks parse(Lattice lattice, String value) {
        if (value == null || value.isBlank()) {
            throw new ParameterException("block", value, "extents joined by x, each b_μ dividing N_μ: " + allowed(lattice));
        }
        String[] parts = value.trim().split("x", -1);
        if (parts.length != lattice.dimension()) {
            throw new ParameterException("block", value, lattice.dimension() + " extents joined by x, each b_μ dividing N_μ: " + allowed(lattice));
        }
        int[] b = new int[parts.length];
        for (int mu = 0; mu < b.length; mu++) {
            try {
                b[mu] = Integer.parseInt(parts[mu].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException("block", value, "integers joined by x, each b_μ dividing N_μ: " + allowed(lattice));
            }
        }
        try {
            return new Blocks(lattice, b);
        } catch (ParameterException e) {
            throw new ParameterException("block", value, e.allowed());
        }
    }

    /** The single-site tiling (M = 1, the site-local model). */
    public static Blocks sites(Lattice lattice) {
        int[] ones = new int[lattice.dimension()];
        java.util.Arrays.fill(ones, 1);
        return new Blocks(lattice, ones);
    }

    private static String allowed(Lattice lattice) {
        StringJoiner all = new StringJoiner("; ");
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            int n = lattice.extent(mu);
            StringJoiner divisors = new StringJoiner(", ");
            for (int k = 1; k <= n; k++) {
                if (n % k == 0) {
                    divisors.add(Integer.toString(k));
                }
            }
            all.add("b_" + mu + " ∈ {" + divisors + "} (N_" + mu + " = " + n + ")");
        }
        return all.toString();
    }

    private static String join(int[] b) {
        StringJoiner j = new StringJoiner("x");
        for (int x : b) {
            j.add(Integer.toString(x));
        }
        return j.toString();
    }

    /** The lattice being tiled. */
    public Lattice lattice() {
        return lattice;
    }

    /** Block extent {@code b_μ}. */
    public int extent(int mu) {
        return shape[mu];
    }

    /** Sites per block, {@code M = Π b_μ}. */
    public int size() {
        return size;
    }

    /** Number of blocks, {@code V / M}. */
    public int count() {
        return count;
    }

    /** The block holding site {@code i}. */
    public int blockOf(int site) {
        return blockOfSite[site];
    }

    /** The CLI form, e.g. {@code "2x2"}. */
    @Override
    public String toString() {
        return join(shape);
    }
}
