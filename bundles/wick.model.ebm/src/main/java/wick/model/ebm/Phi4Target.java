package wick.model.ebm;

import wick.api.lattice.Lattice;
import wick.api.model.ForceTarget;
import wick.api.model.HoppingTarget;
import wick.api.model.LocalPolynomialTarget;
import wick.api.param.ParameterException;

/**
 * The lattice φ⁴ target (PHYSICS 2.2, 2.3): {@code p(φ) ∝ e^{−S[φ] + Jᵀφ}} with
 * {@code S = v Σ_n [½ Σ_μ ((φ_{n+μ̂} − φ_n)/a_μ)² + ½ m² φ_n² + (λ/4!) φ_n⁴]}, λ ≥ 0, m² any sign
 * ({@code m² ≤ 0} needs {@code λ > 0}), and a source {@code J} (zero, uniform, or on one site).
 *
 * <p>Written as {@code S − Jᵀφ = Σ_n [A φ_n² + B φ_n⁴ − J_n φ_n] − Σ_n Σ_μ β_μ φ_n φ_{n+μ̂}} with
 * {@code β_μ = v/a_μ²}, {@code A = v(Σ_μ 1/a_μ² + m²/2)}, {@code B = vλ/24} (directions with
 * {@code N_μ = 1} contribute nothing). {@link #action(double[])} includes the source term
 * {@code −Jᵀφ}: it is the energy of the distribution sampled.
 */
public final class Phi4Target implements LocalPolynomialTarget, ForceTarget, HoppingTarget {
    private final Lattice lattice;
    private final double m2;
    private final double lambda;
    private final double[] source;
    private final boolean hasSource;
    private final double v;
    private final double quadratic;
    private final double quartic;
    private final int[][] up;
    private final int[][] down;
    private final double[] beta;
    private final double[] betaByDirection;

    /**
     * @param source the source {@code J_n} per site (copied), or {@code null} for none
     * @throws ParameterException naming {@code lambda} or {@code m2} when the action is unbounded below
     */
    public Phi4Target(Lattice lattice, double m2, double lambda, double[] source) {
        if (!Double.isFinite(lambda) || lambda < 0) {
            throw new ParameterException("lambda", String.valueOf(lambda), "lambda ≥ 0");
        }
        if (!Double.isFinite(m2)) {
            throw new ParameterException("m2", String.valueOf(m2), "a finite number");
        }
        if (lambda == 0 && m2 <= 0) {
            throw new ParameterException("m2", String.valueOf(m2),
                    "m2 > 0 when lambda = 0 (with m2 <= 0 and no quartic term the action is unbounded below)");
        }
        if (source != null && source.length != lattice.volume()) {
            throw new IllegalArgumentException("source has " + source.length + " values for " + lattice.volume() + " sites");
        }
        this.lattice = lattice;
        this.m2 = m2;
        this.lambda = lambda;
        this.source = source == null ? new double[lattice.volume()] : source.clone();
        boolean any = false;
        for (double j : this.source) {
            if (!Double.isFinite(j)) {
                throw new ParameterException("J", String.valueOf(j), "a finite number");
            }
            any |= j != 0;
        }
        this.hasSource = any;
        this.v = lattice.cellVolume();
        int active = 0;
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            if (lattice.extent(mu) >= 2) {
                active++;
            }
        }
        up = new int[active][];
        down = new int[active][];
        beta = new double[active];
        betaByDirection = new double[lattice.dimension()];
        double sumInvA2 = 0;
        int k = 0;
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            if (lattice.extent(mu) >= 2) {
                double b = v / (lattice.spacing(mu) * lattice.spacing(mu));
                up[k] = lattice.up(mu);
                down[k] = lattice.down(mu);
                beta[k] = b;
                betaByDirection[mu] = b;
                sumInvA2 += 1 / (lattice.spacing(mu) * lattice.spacing(mu));
                k++;
            }
        }
        this.quadratic = v * (sumInvA2 + 0.5 * m2);
        this.quartic = v * lambda / 24;
    }

    /** A uniform source {@code J_n = j} on every site. */
    public static double[] uniformSource(Lattice lattice, double j) {
        double[] s = new double[lattice.volume()];
        java.util.Arrays.fill(s, j);
        return s;
    }

    public double m2() {
        return m2;
    }

    public double lambda() {
        return lambda;
    }

    /** The source per site (a copy). */
    public double[] source() {
        return source.clone();
    }

    @Override
    public Lattice lattice() {
        return lattice;
    }

    @Override
    public String describe() {
        return "phi^4, m2 = " + m2 + ", lambda = " + lambda + (hasSource ? ", with source" : "") + ", lattice "
                + lattice.extentsString() + ", spacing " + lattice.spacingsString();
    }

    /** {@code S[φ] − Jᵀφ}. */
    @Override
    public double action(double[] field) {
        double s = 0;
        for (int n = 0; n < field.length; n++) {
            double f = field[n];
            double f2 = f * f;
            double hop = 0;
            for (int k = 0; k < up.length; k++) {
                hop += beta[k] * field[up[k][n]];
            }
            s += quadratic * f2 + quartic * f2 * f2 - source[n] * f - f * hop;
        }
        return s;
    }

    /** {@code F_n = −∂(S − Jᵀφ)/∂φ_n = Σ_μ β_μ (φ_{n+μ̂} + φ_{n−μ̂}) − 2Aφ_n − 4Bφ_n³ + J_n}. */
    @Override
    public double actionAndForce(double[] field, double[] force) {
        if (force == field) {
            throw new IllegalArgumentException("force must not alias field");
        }
        return up.length == 2 ? actionAndForce2(field, force) : actionAndForceAny(field, force);
    }

    /** Two active directions (the main case): neighbour tables and couplings in locals, the direction loop unrolled. */
    private double actionAndForce2(double[] field, double[] force) {
        final int[] u0 = up[0];
        final int[] d0 = down[0];
        final int[] u1 = up[1];
        final int[] d1 = down[1];
        final double b0 = beta[0];
        final double b1 = beta[1];
        final double a2 = 2 * quadratic;
        final double b4 = 4 * quartic;
        final double[] j = source;
        double s = 0;
        for (int n = 0; n < field.length; n++) {
            double f = field[n];
            double f2 = f * f;
            double x0 = field[u0[n]];
            double x1 = field[u1[n]];
            s += (quadratic + quartic * f2) * f2 - (j[n] + b0 * x0 + b1 * x1) * f;
            force[n] = b0 * (x0 + field[d0[n]]) + b1 * (x1 + field[d1[n]]) - (a2 + b4 * f2) * f + j[n];
        }
        return s;
    }

    private double actionAndForceAny(double[] field, double[] force) {
        double s = 0;
        for (int n = 0; n < field.length; n++) {
            double f = field[n];
            double f2 = f * f;
            double hopUp = 0;
            double hopBoth = 0;
            for (int k = 0; k < up.length; k++) {
                double u = field[up[k][n]];
                hopUp += beta[k] * u;
                hopBoth += beta[k] * (u + field[down[k][n]]);
            }
            s += quadratic * f2 + quartic * f2 * f2 - source[n] * f - f * hopUp;
            force[n] = hopBoth - 2 * quadratic * f - 4 * quartic * f2 * f + source[n];
        }
        return s;
    }

    @Override
    public double localActionChange(double[] field, int site, double newValue) {
        double old = field[site];
        double nb = 0;
        for (int k = 0; k < up.length; k++) {
            nb += beta[k] * (field[up[k][site]] + field[down[k][site]]);
        }
        double o2 = old * old;
        double x2 = newValue * newValue;
        return quadratic * (x2 - o2) + quartic * (x2 * x2 - o2 * o2) - (nb + source[site]) * (newValue - old);
    }

    @Override
    public void localPolynomial(double[] field, int site, double[] coefficients) {
        double nb = 0;
        for (int k = 0; k < up.length; k++) {
            nb += beta[k] * (field[up[k][site]] + field[down[k][site]]);
        }
        coefficients[0] = -(nb + source[site]);
        coefficients[1] = quadratic;
        coefficients[2] = quartic;
    }

    @Override
    public double hopping(int mu) {
        return betaByDirection[mu];
    }

    @Override
    public boolean reflectionSymmetric() {
        return !hasSource;
    }
}
