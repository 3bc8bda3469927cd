package wick.model.gravity.internal;

import wick.model.gravity.Blocks;

/**
 * Per configuration, the block–block products of σ along the axes of the block grid (PHYSICS 4,
 * observables): {@code C_q(r) = (1/(n_B D)) Σ_μ Σ_B σ_{B,q} σ_{B + r μ̂, q}}, r = 0..R with
 * {@code R = min_μ ⌊g_μ/2⌋}, {@code g_μ = N_μ/b_μ} (periodic). The connected correlator is
 * {@code ⟨C_q(r)⟩ − ⟨σ̄_q⟩²}. Allocation-free after construction.
 */
final class BlockCorrelator {
    private final int count;
    private final int d;
    private final int maxDistance;
    /** shift[μ][r][B] = the block r steps from B along μ. */
    private final int[][][] shift;

    BlockCorrelator(Blocks blocks) {
        this.d = blocks.lattice().dimension();
        this.count = blocks.count();
        int[] grid = new int[d];
        int r = Integer.MAX_VALUE;
        for (int mu = 0; mu < d; mu++) {
            grid[mu] = blocks.lattice().extent(mu) / blocks.extent(mu);
            r = Math.min(r, grid[mu] / 2);
        }
        this.maxDistance = r;
        this.shift = new int[d][r + 1][count];
        int[] c = new int[d];
        for (int b = 0; b < count; b++) {
            int x = b;
            for (int mu = d - 1; mu >= 0; mu--) {
                c[mu] = x % grid[mu];
                x /= grid[mu];
            }
            for (int mu = 0; mu < d; mu++) {
                for (int dist = 0; dist <= r; dist++) {
                    int target = 0;
                    for (int nu = 0; nu < d; nu++) {
                        int cn = nu == mu ? (c[nu] + dist) % grid[nu] : c[nu];
                        target = target * grid[nu] + cn;
                    }
                    shift[mu][dist][b] = target;
                }
            }
        }
    }

    /** R, the largest distance. */
    int maxDistance() {
        return maxDistance;
    }

    /**
     * @param sigma {@code values[b·P + q]}, not modified
     * @param out   receives {@code C_q(r)} at {@code offset + r}, r = 0..R
     */
    void products(double[] sigma, int p, int q, double[] out, int offset) {
        for (int dist = 0; dist <= maxDistance; dist++) {
            double s = 0;
            for (int mu = 0; mu < d; mu++) {
                int[] to = shift[mu][dist];
                for (int b = 0; b < count; b++) {
                    s += sigma[b * p + q] * sigma[to[b] * p + q];
                }
            }
            out[offset + dist] = s / (count * d);
        }
    }
}
