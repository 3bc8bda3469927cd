package wick.model.ebm.internal.perturbative;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import wick.api.lattice.Lattice;
import wick.lattice.ComplexFft;

/**
 * Evaluates the site sum of a two-point diagram on the lattice,
 * {@code T(x) = Σ_{c_1..c_k} Π_lines G(ends)} with {@code a} at site {@code x} and {@code b} at the
 * origin, for the translation-invariant propagator {@code G_{nm} = g[n − m]} (PHYSICS 0, 2.4).
 *
 * <p>Generic over tree-shaped graphs ({@link FeynmanGraph#isTree()}; all two-point graphs up to λ²):
 * rooted at {@code a}, each node {@code n} sends its parent the message
 * {@code M_n(y) = Σ_x g(y − x)^{m} f_n(x)}, a circular convolution with the pointwise power of
 * {@code g} ({@code m} = lines to the parent), where {@code f_n = G_{00}^{loops} Π_children M}
 * for a vertex and {@code f_b = δ_{x,0} Π_children M}; then {@code T = Π_{children of a} M}.
 * Each message costs one forward and one inverse FFT, so a diagram costs {@code O(k V log V)}
 * (instead of {@code O(V^{k+1})} for the plain site sums).
 *
 * <p>Not thread-safe (the FFT buffers).
 */
final class DiagramEvaluator {
    private final double[] g;
    private final int volume;
    private final ComplexFft fft;
    /** Fourier transforms of the pointwise powers {@code g^m}, interleaved complex. */
    private final Map<Integer, double[]> kernels = new HashMap<>();

    /**
     * @param lattice    the lattice
     * @param propagator {@code g[x] = G_{x,0}} in field layout (length V), symmetric {@code g[−x] = g[x]}; copied
     * @throws IllegalArgumentException when the length is not V
     */
    DiagramEvaluator(Lattice lattice, double[] propagator) {
        if (propagator.length != lattice.volume()) {
            throw new IllegalArgumentException("propagator on lattice " + lattice.extentsString() + " needs length V = " + lattice.volume()
                    + ", got " + propagator.length);
        }
        this.g = propagator.clone();
        this.volume = lattice.volume();
        this.fft = new ComplexFft(lattice);
    }

    /**
     * The site sum {@code T(x)} of {@code graph} with {@code a} at {@code x}, {@code b} at 0.
     *
     * @return a new array of length V in field layout; {@code T(0)} is the coincident-point value
     * @throws IllegalArgumentException when the graph is not a tree after merging multi-lines
     */
    double[] column(FeynmanGraph graph) {
        if (!graph.isTree()) {
            throw new IllegalArgumentException("diagram " + graph.lines() + " has a loop of distinct vertices: the convolution evaluator handles tree-shaped graphs only");
        }
        int nodes = graph.nodes();
        int[] order = graph.component(FeynmanGraph.A);
        int[] parent = new int[nodes];
        parent[FeynmanGraph.A] = -1;
        boolean[] placed = new boolean[nodes];
        placed[FeynmanGraph.A] = true;
        for (int n : order) {
            for (int j = 0; j < nodes; j++) {
                if (j != n && graph.multiplicity(n, j) > 0 && !placed[j]) {
                    parent[j] = n;
                    placed[j] = true;
                }
            }
        }
        double[][] product = new double[nodes][];
        for (int n = 0; n < nodes; n++) {
            product[n] = local(graph, n);
        }
        // leaves first: breadth-first order reversed
        for (int r = order.length - 1; r > 0; r--) {
            int n = order[r];
            double[] message = convolve(kernel(graph.multiplicity(n, parent[n])), product[n]);
            double[] p = product[parent[n]];
            for (int x = 0; x < volume; x++) {
                p[x] *= message[x];
            }
        }
        return product[FeynmanGraph.A];
    }

    /** The node's own factor: {@code δ_{x,0}} for b, {@code G_00^{loops}} otherwise. */
    private double[] local(FeynmanGraph graph, int n) {
        double[] f = new double[volume];
        if (n == FeynmanGraph.B) {
            f[0] = Math.pow(g[0], graph.loops(n));
        } else {
            Arrays.fill(f, Math.pow(g[0], graph.loops(n)));
        }
        return f;
    }

    private double[] kernel(int power) {
        return kernels.computeIfAbsent(power, m -> {
            double[] c = new double[2 * volume];
            for (int x = 0; x < volume; x++) {
                c[2 * x] = Math.pow(g[x], m);
            }
            fft.forward(c);
            return c;
        });
    }

    /** {@code (K * f)(y) = Σ_x K(y − x) f(x)} from {@code K̂}, by FFT; {@code f} not modified. */
    private double[] convolve(double[] kernelHat, double[] f) {
        double[] c = new double[2 * volume];
        for (int x = 0; x < volume; x++) {
            c[2 * x] = f[x];
        }
        fft.forward(c);
        for (int k = 0; k < volume; k++) {
            double re = c[2 * k];
            double im = c[2 * k + 1];
            double kr = kernelHat[2 * k];
            double ki = kernelHat[2 * k + 1];
            c[2 * k] = re * kr - im * ki;
            c[2 * k + 1] = re * ki + im * kr;
        }
        fft.inverse(c);
        double[] out = new double[volume];
        for (int x = 0; x < volume; x++) {
            out[x] = c[2 * x];
        }
        return out;
    }
}
