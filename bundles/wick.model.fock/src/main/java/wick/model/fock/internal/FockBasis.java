package wick.model.fock.internal;

import java.util.Arrays;

import wick.api.param.ParameterException;
import wick.api.progress.ProgressMonitor;

/**
 * An occupation-number basis {@code |n_0, ..., n_{M−1}⟩} of {@code M} bosonic modes, cut by a
 * {@link Truncation} and, optionally, restricted to one total-momentum sector
 * {@code Σ j n_j ≡ P (mod M)} (PHYSICS 3). States are enumerated in lexicographic order and looked up
 * by an open-addressing hash table over the stored occupations, so {@link #indexOf(int[])} allocates
 * nothing.
 */
final class FockBasis {
    /** No momentum restriction. */
    static final int ALL_SECTORS = -1;
    /** The largest dimension enumerated (memory guard). */
    static final int MAX_DIMENSION = 3_000_000;

    private final int modes;
    private final int dimension;
    private final int[] occupations;
    private final double[] weights;
    private final int[] table;
    private final int mask;
    private final boolean momentumLabels;
    private final int sector;

    private FockBasis(int modes, int[] occupations, int dimension, double[] weights, boolean momentumLabels, int sector) {
        this.modes = modes;
        this.dimension = dimension;
        this.occupations = occupations;
        this.weights = weights.clone();
        this.momentumLabels = momentumLabels;
        this.sector = sector;
        int size = Integer.highestOneBit(Math.max(4, dimension * 2 + 1)) << 1;
        this.table = new int[size];
        this.mask = size - 1;
        Arrays.fill(table, -1);
        for (int s = 0; s < dimension; s++) {
            int h = hash(occupations, s * modes) & mask;
            while (table[h] >= 0) {
                h = (h + 1) & mask;
            }
            table[h] = s;
        }
    }

    /**
     * Enumerates the basis.
     *
     * @param weights        the free energy of one quantum of each mode ({@code ω_k}); used by the energy
     *                       truncation and for the per-mode limit
     * @param truncation     the truncation
     * @param momentumLabels whether mode {@code j} carries momentum {@code j} (mode basis) — required for sectors
     * @param sector         {@code P} in {@code 0..M−1}, or {@link #ALL_SECTORS}
     * @throws ParameterException when the dimension exceeds {@link #MAX_DIMENSION} or is zero
     */
    static FockBasis enumerate(double[] weights, Truncation truncation, boolean momentumLabels, int sector,
            ProgressMonitor progress) {
        int m = weights.length;
        if (sector != ALL_SECTORS && (!momentumLabels || sector < 0 || sector >= m)) {
            throw new ParameterException("sector", String.valueOf(sector), momentumLabels
                    ? "a momentum index 0.." + (m - 1) : "'all' (the site basis has no momentum sectors)");
        }
        int[] limit = new int[m];
        for (int k = 0; k < m; k++) {
            limit[k] = truncation.maxOccupation(weights[k]);
        }
        Enumerator e = new Enumerator(weights, limit, truncation, momentumLabels, sector, progress);
        e.run();
        if (e.count == 0) {
            throw new ParameterException("truncation", truncation.toString(),
                    "a cutoff that keeps at least one state in sector " + sector);
        }
        return new FockBasis(m, e.occ, e.count, weights, momentumLabels, sector);
    }

    /** Depth-first enumeration in lexicographic order with running particle number, energy and momentum. */
    private static final class Enumerator {
        final double[] w;
        final int[] limit;
        final Truncation t;
        final boolean labels;
        final int sector;
        final ProgressMonitor progress;
        final int m;
        final int[] current;
        int[] occ = new int[1024];
        int count;

        Enumerator(double[] w, int[] limit, Truncation t, boolean labels, int sector, ProgressMonitor progress) {
            this.w = w;
            this.limit = limit;
            this.t = t;
            this.labels = labels;
            this.sector = sector;
            this.progress = progress;
            this.m = w.length;
            this.current = new int[m];
        }

        void run() {
            visit(0, 0, 0.0, 0);
        }

        private void visit(int mode, int particles, double energy, int momentum) {
            if (mode == m) {
                if (sector != ALL_SECTORS && momentum != sector) {
                    return;
                }
                if (count == MAX_DIMENSION) {
                    throw new ParameterException("truncation", t.toString(),
                            "a cutoff giving at most " + MAX_DIMENSION + " basis states");
                }
                if ((count + 1) * m > occ.length) {
                    occ = Arrays.copyOf(occ, Math.max(occ.length * 2, (count + 1) * m));
                }
                System.arraycopy(current, 0, occ, count * m, m);
                count++;
                if ((count & 0xFFFF) == 0) {
                    progress.checkCancelled();
                }
                return;
            }
            for (int n = 0; n <= limit[mode]; n++) {
                int p = particles + n;
                double e = energy + n * w[mode];
                if (!t.admits(p, e)) {
                    break;
                }
                current[mode] = n;
                visit(mode + 1, p, e, labels ? (momentum + n * mode) % m : 0);
            }
            current[mode] = 0;
        }
    }

    private int hash(int[] occ, int offset) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < modes; i++) {
            h = (h ^ occ[offset + i]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        return (int) (h ^ (h >>> 32));
    }

    /** The index of the state with occupations {@code occ} (length {@link #modes()}), or −1 when outside the basis. */
    int indexOf(int[] occ) {
        int h = hash(occ, 0) & mask;
        while (true) {
            int s = table[h];
            if (s < 0) {
                return -1;
            }
            if (equalsState(s, occ)) {
                return s;
            }
            h = (h + 1) & mask;
        }
    }

    private boolean equalsState(int s, int[] occ) {
        int o = s * modes;
        for (int i = 0; i < modes; i++) {
            if (occupations[o + i] != occ[i]) {
                return false;
            }
        }
        return true;
    }

    int modes() {
        return modes;
    }

    int dimension() {
        return dimension;
    }

    /** The momentum sector, or {@link #ALL_SECTORS}. */
    int sector() {
        return sector;
    }

    /** Whether mode {@code j} carries momentum {@code j}. */
    boolean hasMomentum() {
        return momentumLabels;
    }

    /** {@code n_mode} of basis state {@code state}. */
    int occupation(int state, int mode) {
        return occupations[state * modes + mode];
    }

    /** Copies the occupations of {@code state} into {@code out} (length {@link #modes()}). */
    void occupations(int state, int[] out) {
        System.arraycopy(occupations, state * modes, out, 0, modes);
    }

    /** {@code Σ n_k}. */
    int particles(int state) {
        int s = 0;
        for (int i = 0; i < modes; i++) {
            s += occupations[state * modes + i];
        }
        return s;
    }

    /** {@code Σ n_k w_k}, the free energy above the zero point. */
    double freeEnergy(int state) {
        double e = 0;
        for (int i = 0; i < modes; i++) {
            e += occupations[state * modes + i] * weights[i];
        }
        return e;
    }

    /** {@code Σ j n_j mod M} (mode basis only). */
    int momentum(int state) {
        int p = 0;
        for (int i = 0; i < modes; i++) {
            p += i * occupations[state * modes + i];
        }
        return p % modes;
    }
}
