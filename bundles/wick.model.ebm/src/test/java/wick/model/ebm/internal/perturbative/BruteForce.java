package wick.model.ebm.internal.perturbative;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import wick.api.lattice.Lattice;
import wick.lattice.FreeField;

/**
 * Reference evaluations by plain loops over sites, for small lattices: independent of the FFT
 * convolutions and (for {@link #wickSeries}) of the grouping into connected diagrams.
 */
final class BruteForce {
    private BruteForce() {
    }

    /** The dense propagator {@code G = K_E⁻¹} as an array. */
    static double[][] propagator(Lattice lattice, double m2) {
        DMatrixRMaj g = new FreeField(lattice, m2).propagatorDense();
        int v = lattice.volume();
        double[][] out = new double[v][v];
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < v; j++) {
                out[i][j] = g.get(i, j);
            }
        }
        return out;
    }

    /** {@code Σ_{c_1..c_k} Π_lines G} with {@code a} at site {@code a}, {@code b} at site {@code b}: {@code O(V^k)} terms. */
    static double siteSum(FeynmanGraph graph, double[][] g, int a, int b) {
        int k = graph.vertices();
        int v = g.length;
        int[] site = new int[graph.nodes()];
        site[FeynmanGraph.A] = a;
        site[FeynmanGraph.B] = b;
        double total = 0;
        long assignments = (long) Math.pow(v, k);
        for (long c = 0; c < assignments; c++) {
            long r = c;
            for (int i = 0; i < k; i++) {
                site[FeynmanGraph.EXTERNAL + i] = (int) (r % v);
                r /= v;
            }
            double p = 1;
            for (int i = 0; i < graph.nodes(); i++) {
                for (int j = i; j < graph.nodes(); j++) {
                    for (int m = 0; m < graph.multiplicity(i, j); m++) {
                        p *= g[site[i]][site[j]];
                    }
                }
            }
            total += p;
        }
        return total;
    }

    /**
     * The coefficients {@code h_k(x)} of {@code ⟨φ_x φ_0⟩} by brute force: the numerator
     * {@code N_k(x) = (1/k!)(−v/4!)^k Σ_{sites} Σ_{all pairings of φ_x φ_0 Π φ_c⁴} Π G} and the
     * denominator {@code Z_k} (all pairings of the vertex legs alone), divided as power series — no
     * graph, no connectedness, no symmetry factor.
     *
     * @return {@code h[k][x]}, {@code k = 0..maxOrder}
     */
    static double[][] wickSeries(Lattice lattice, double m2, int maxOrder) {
        double[][] g = propagator(lattice, m2);
        int v = lattice.volume();
        double cell = lattice.cellVolume();
        double[][] numerator = new double[maxOrder + 1][v];
        double[] z = new double[maxOrder + 1];
        double factor = 1;
        for (int k = 0; k <= maxOrder; k++) {
            if (k > 0) {
                factor *= -cell / 24 / k;
            }
            List<int[]> withExternals = pairings(2 + 4 * k);
            List<int[]> vacuum = pairings(4 * k);
            int[] site = new int[2 + 4 * k];
            long assignments = (long) Math.pow(v, k);
            for (long c = 0; c < assignments; c++) {
                long r = c;
                for (int i = 0; i < k; i++) {
                    int s = (int) (r % v);
                    r /= v;
                    for (int leg = 0; leg < 4; leg++) {
                        site[2 + 4 * i + leg] = s;
                    }
                }
                z[k] += factor * sum(vacuum, site, 2, g);
                site[1] = 0;
                for (int x = 0; x < v; x++) {
                    site[0] = x;
                    numerator[k][x] += factor * sum(withExternals, site, 0, g);
                }
            }
        }
        double[][] h = new double[maxOrder + 1][v];
        for (int k = 0; k <= maxOrder; k++) {
            for (int x = 0; x < v; x++) {
                double s = numerator[k][x];
                for (int j = 0; j < k; j++) {
                    s -= h[j][x] * z[k - j];
                }
                h[k][x] = s / z[0];
            }
        }
        return h;
    }

    /** {@code Σ_pairings Π G(site[offset + i], site[offset + partner[i]])}. */
    private static double sum(List<int[]> pairings, int[] site, int offset, double[][] g) {
        double s = 0;
        for (int[] partner : pairings) {
            double p = 1;
            for (int i = 0; i < partner.length; i++) {
                if (i < partner[i]) {
                    p *= g[site[offset + i]][site[offset + partner[i]]];
                }
            }
            s += p;
        }
        return s;
    }

    private static List<int[]> pairings(int points) {
        List<int[]> out = new ArrayList<>();
        Pairings.forEach(points, p -> out.add(p.clone()));
        return out;
    }
}
