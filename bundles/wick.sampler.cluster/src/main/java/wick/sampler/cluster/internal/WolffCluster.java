package wick.sampler.cluster.internal;

import wick.api.lattice.Lattice;
import wick.api.model.HoppingTarget;
import wick.api.random.RandomStream;

/**
 * One Wolff single-cluster flip of the Ising signs embedded in a real field (Brower–Tamayo;
 * PHYSICS 2.2).
 *
 * <p><b>The embedded Ising model.</b> For a target {@code S = Σ_n U(φ_n) − Σ_n Σ_μ β_μ φ_n φ_{n+μ̂}}
 * with even {@code U} and {@code β_μ ≥ 0}, write {@code φ_n = s_n |φ_n|}. At fixed {@code |φ|} the
 * weight {@code e^{−S}} depends on the signs only through the hopping term:
 * {@code p(s | |φ|) ∝ exp(Σ_⟨nm⟩ J_nm s_n s_m)}, {@code J_nm = β_nm |φ_n||φ_m| ≥ 0}, a ferromagnetic
 * Ising model with bond-dependent couplings. The sum runs over distinct neighbour pairs; the pair
 * coupling {@code β_nm} is {@code β_μ} for {@code N_μ ≥ 3}, {@code 2β_μ} for {@code N_μ = 2} (there
 * {@code n+μ̂ = n−μ̂}, so the pair occurs twice in the sum over n and μ), and a direction with
 * {@code N_μ = 1} has no pairs ({@code φ_n φ_{n+μ̂} = φ_n²} does not depend on the sign).
 *
 * <p><b>The move.</b> Pick a seed site uniformly; grow a cluster by activating each bond from a
 * cluster site {@code n} to a neighbour {@code m} outside it with probability
 * {@code p_nm = 1 − exp(−2 J_nm)} when {@code s_n = s_m} (never otherwise); flip every sign in the
 * cluster. This is Wolff's single-cluster version of the Swendsen–Wang (Fortuin–Kasteleyn)
 * algorithm and satisfies detailed balance for {@code p(s | |φ|)}: for a cluster C and the reverse
 * move the interior bond factors are identical, and the boundary bonds that were not activated
 * contribute {@code Π (1 − p) = exp(−2 Σ_{∂C, equal sign} J)} forward and
 * {@code exp(−2 Σ_{∂C, opposite sign} J)} backward, whose ratio is exactly the Boltzmann ratio
 * {@code exp(ΔΣ J s s)} of the two sign configurations. Since {@code |φ|} is unchanged, the move
 * leaves {@code p(φ) = p(|φ|) p(s | |φ|) ∝ e^{−S}} invariant. It does not change {@code |φ|}, so it
 * is combined with local updates for ergodicity.
 *
 * <p><b>Implementation.</b> A site is flipped as soon as it joins the cluster, so "not in the
 * cluster and of the seed's sign" is the test {@code s_seed · φ_m > 0} on the current field: no
 * membership array is needed. Growth uses a preallocated int stack (no recursion, no allocation per
 * call). Random numbers: one {@code nextInt(V)} for the seed, then one {@code nextDouble()} per
 * candidate bond, in the order of the stack and of the neighbour table.
 */
final class WolffCluster {
    private final int volume;
    private final int slots;
    private final int[] neighbours;
    private final double[] twiceCoupling;
    private final int[] stack;
    private long clusters;
    private long sites;

    /** Builds the neighbour table of distinct pairs and their couplings {@code β_nm} from the target. */
    WolffCluster(HoppingTarget target) {
        Lattice lattice = target.lattice();
        volume = lattice.volume();
        int d = lattice.dimension();
        int count = 0;
        for (int mu = 0; mu < d; mu++) {
            if (lattice.extent(mu) >= 2 && target.hopping(mu) > 0) {
                count += lattice.extent(mu) == 2 ? 1 : 2;
            }
        }
        slots = count;
        neighbours = new int[volume * slots];
        twiceCoupling = new double[slots];
        int k = 0;
        for (int mu = 0; mu < d; mu++) {
            int n = lattice.extent(mu);
            double beta = target.hopping(mu);
            if (n < 2 || !(beta > 0)) {
                continue;
            }
            if (n == 2) {
                fill(k++, lattice.up(mu), 2 * (2 * beta));
            } else {
                fill(k++, lattice.up(mu), 2 * beta);
                fill(k++, lattice.down(mu), 2 * beta);
            }
        }
        stack = new int[volume];
    }

    private void fill(int slot, int[] table, double twiceBeta) {
        twiceCoupling[slot] = twiceBeta;
        for (int n = 0; n < volume; n++) {
            neighbours[n * slots + slot] = table[n];
        }
    }

    /**
     * Grows one cluster from a uniformly random seed and flips its signs.
     *
     * @param field the configuration, modified in place (signs only; {@code |φ_n|} unchanged)
     * @return the number of sites flipped (1 when the seed is an exact zero, which is left as is)
     */
    int flip(double[] field, RandomStream random) {
        int seed = random.nextInt(volume);
        double sign = Math.signum(field[seed]);
        clusters++;
        if (sign == 0) {
            sites++;
            return 1;
        }
        field[seed] = -field[seed];
        int top = 0;
        stack[top++] = seed;
        int size = 1;
        while (top > 0) {
            int n = stack[--top];
            double a = Math.abs(field[n]);
            int base = n * slots;
            for (int k = 0; k < slots; k++) {
                int m = neighbours[base + k];
                double phi = field[m];
                if (sign * phi > 0 && random.nextDouble() < -Math.expm1(-twiceCoupling[k] * a * Math.abs(phi))) {
                    field[m] = -phi;
                    stack[top++] = m;
                    size++;
                }
            }
        }
        sites += size;
        return size;
    }

    /** Clusters grown since the last reset. */
    long clusters() {
        return clusters;
    }

    /** Sites flipped since the last reset (the sum of the cluster sizes). */
    long sites() {
        return sites;
    }

    /** Mean cluster size divided by V since the last reset (NaN before the first cluster). */
    double meanFraction() {
        return clusters == 0 ? Double.NaN : (double) sites / ((double) clusters * volume);
    }

    void resetStatistics() {
        clusters = 0;
        sites = 0;
    }

    /** Restores the statistics saved by {@link #clusters()} and {@link #sites()}. */
    void restoreStatistics(long clusters, long sites) {
        this.clusters = clusters;
        this.sites = sites;
    }
}
