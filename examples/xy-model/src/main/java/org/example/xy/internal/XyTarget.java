package org.example.xy.internal;

import wick.api.lattice.Lattice;
import wick.api.model.ForceTarget;
import wick.api.model.LocalActionTarget;

/**
 * The XY (plane rotator) model on a periodic lattice, one angle {@code θ_n} per site (a field is a
 * {@code double[V]} of angles, any real values: only {@code θ mod 2π} matters):
 * <pre>
 *   S[θ] = −β Σ_n Σ_μ cos(θ_{n+μ̂} − θ_n),
 * </pre>
 * the sum over μ running over the directions of extent ≥ 2 (a direction of extent 1 has no link:
 * its "neighbour" is the site itself). On an extent-2 direction both links {@code n → n+μ̂} and
 * {@code n+μ̂ → n} are counted, as the neighbour tables give them.
 *
 * <p>Capabilities: {@link LocalActionTarget} (single-site Metropolis, slice sampling) and
 * {@link ForceTarget} (HMC), with the force {@code F_n = −∂S/∂θ_n = β Σ_μ [sin(θ_{n+μ̂} − θ_n) − sin(θ_n − θ_{n−μ̂})]}.
 */
final class XyTarget implements LocalActionTarget, ForceTarget {
    private final Lattice lattice;
    private final double beta;
    /** Neighbour tables of the directions with a link (extent ≥ 2). */
    private final int[][] up;
    private final int[][] down;

    /**
     * @param beta the coupling β (> 0; the caller validates it)
     */
    XyTarget(Lattice lattice, double beta) {
        this.lattice = lattice;
        this.beta = beta;
        int links = 0;
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            if (lattice.extent(mu) > 1) {
                links++;
            }
        }
        up = new int[links][];
        down = new int[links][];
        int k = 0;
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            if (lattice.extent(mu) > 1) {
                up[k] = lattice.up(mu);
                down[k] = lattice.down(mu);
                k++;
            }
        }
    }

    /** The coupling β. */
    double beta() {
        return beta;
    }

    /** Number of directions with links (extent ≥ 2): {@code Σ_n Σ_μ} has {@code V · links()} terms. */
    int links() {
        return up.length;
    }

    @Override
    public Lattice lattice() {
        return lattice;
    }

    @Override
    public String describe() {
        return "XY model, beta = " + beta + ", lattice " + lattice.extentsString();
    }

    /** {@code Σ_n Σ_μ cos(θ_{n+μ̂} − θ_n)} ({@code field} not modified). */
    double linkSum(double[] field) {
        double s = 0;
        for (int[] u : up) {
            for (int n = 0; n < field.length; n++) {
                s += Math.cos(field[u[n]] - field[n]);
            }
        }
        return s;
    }

    @Override
    public double action(double[] field) {
        return -beta * linkSum(field);
    }

    /**
     * {@code ΔS = −β Σ_μ [cos(θ_{n+μ̂} − x) + cos(x − θ_{n−μ̂}) − cos(θ_{n+μ̂} − θ_n) − cos(θ_n − θ_{n−μ̂})]}:
     * only the 2·links() links touching n change.
     */
    @Override
    public double localActionChange(double[] field, int site, double newValue) {
        double old = field[site];
        double d = 0;
        for (int k = 0; k < up.length; k++) {
            double a = field[up[k][site]];
            double b = field[down[k][site]];
            d += Math.cos(a - newValue) + Math.cos(newValue - b) - Math.cos(a - old) - Math.cos(old - b);
        }
        return -beta * d;
    }

    @Override
    public double actionAndForce(double[] field, double[] force) {
        if (force == field) {
            throw new IllegalArgumentException("force must not alias field");
        }
        java.util.Arrays.fill(force, 0.0);
        double s = 0;
        for (int[] u : up) {
            for (int n = 0; n < field.length; n++) {
                int m = u[n];
                double diff = field[m] - field[n];
                s += Math.cos(diff);
                double f = beta * Math.sin(diff);
                force[n] += f;
                force[m] -= f;
            }
        }
        return -beta * s;
    }
}
