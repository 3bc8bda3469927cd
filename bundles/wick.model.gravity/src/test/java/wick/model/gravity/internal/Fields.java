package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;

/** Test fixtures: lattices and random σ, φ. */
final class Fields {
    static final Lattice D2 = new Lattice(new int[] {4, 3}, new double[] {0.7, 1.3});
    static final Lattice D3 = new Lattice(new int[] {3, 2, 4}, new double[] {0.9, 1.1, 0.6});

    private Fields() {
    }

    /** σ with every component uniform in [−amplitude, amplitude] (not necessarily in Ω). */
    static LatentField randomSigma(Blocks blocks, double amplitude, RandomStream r) {
        LatentField s = new LatentField(blocks);
        double[] x = s.values();
        for (int i = 0; i < x.length; i++) {
            x[i] = amplitude * (2 * r.nextDouble() - 1);
        }
        return s;
    }

    /** Random σ redrawn per block until in Ω. */
    static LatentField randomSigmaInOmega(Blocks blocks, double amplitude, RandomStream r) {
        LatentField s = new LatentField(blocks);
        int p = LatentField.components(s.dimension());
        for (int b = 0; b < blocks.count(); b++) {
            do {
                for (int q = 0; q < p; q++) {
                    s.values()[b * p + q] = amplitude * (2 * r.nextDouble() - 1);
                }
            } while (!s.inOmega(b));
        }
        return s;
    }

    static double[] randomField(int v, RandomStream r) {
        double[] phi = new double[v];
        for (int i = 0; i < v; i++) {
            phi[i] = r.nextGaussian();
        }
        return phi;
    }
}
