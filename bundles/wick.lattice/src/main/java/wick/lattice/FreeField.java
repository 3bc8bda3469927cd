package wick.lattice;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;

/**
 * The Euclidean free field {@code p(φ) = N(0, K_E⁻¹)}, {@code K_E = v (Σ_μ Δ_μᵀΔ_μ + m² I)}, and its
 * exact results (PHYSICS sections 1 and 2.1): partition function, propagator, energy and
 * zero-momentum correlator. Immutable; arrays returned are new unless stated otherwise.
 */
public final class FreeField {
    private final Lattice lattice;
    private final double m2;
    private final double[] symbol;

    /**
     * @param lattice the lattice
     * @param m2      the squared mass {@code m² > 0}, finite
     * @throws ParameterException naming {@code m2} when {@code m2 ≤ 0} (not normalisable) or not finite
     */
    public FreeField(Lattice lattice, double m2) {
        if (!(m2 > 0)) {
            throw new ParameterException("m2", String.valueOf(m2),
                    "m2 > 0 for the free field (with m2 <= 0 the k = 0 mode has precision v·m2 <= 0 and the Gaussian is not normalisable)");
        }
        Symbols.checkFinite(m2);
        this.lattice = lattice;
        this.m2 = m2;
        this.symbol = Symbols.euclidean(lattice, m2);
    }

    /** The lattice. */
    public Lattice lattice() {
        return lattice;
    }

    /** The squared mass {@code m²}. */
    public double m2() {
        return m2;
    }

    /** The symbol {@code (K_E)_k} ({@link Symbols#euclidean}); cached and shared: do not modify. */
    public double[] symbol() {
        return symbol;
    }

    /** {@code ln Z_E = (V/2) ln 2π − ½ Σ_k ln (K_E)_k} (PHYSICS section 2.1), from the symbol; any V. */
    public double logPartitionFunction() {
        double s = 0;
        for (double k : symbol) {
            s += Math.log(k);
        }
        return 0.5 * symbol.length * Math.log(2 * Math.PI) - 0.5 * s;
    }

    /**
     * {@code ln det K_E = 2 Σ_n ln L_nn} from the dense Cholesky factor {@code K_E = L Lᵀ} (EJML), an
     * independent check of the symbol. Small lattices only ({@code V ≤ } {@link DenseOperators#MAX_VOLUME}).
     *
     * @throws IllegalArgumentException when V is too large
     */
    public double logDetCholesky() {
        DMatrixRMaj k = DenseOperators.euclidean(lattice, m2);
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(k.numRows, true);
        if (!chol.decompose(k)) {
            throw new IllegalStateException("Cholesky decomposition of K_E failed (K_E should be positive definite for m2 > 0)");
        }
        DMatrixRMaj l = chol.getT(null);
        double s = 0;
        for (int n = 0; n < l.numRows; n++) {
            s += Math.log(l.unsafe_get(n, n));
        }
        return 2 * s;
    }

    /**
     * The dense propagator {@code G_E = K_E⁻¹} (PHYSICS section 2.1: {@code Cov(φ_n, φ_m) = (K_E⁻¹)_{nm}}),
     * by Cholesky. Small lattices only ({@code V ≤ } {@link DenseOperators#MAX_VOLUME}).
     *
     * @throws IllegalArgumentException when V is too large
     */
    public DMatrixRMaj propagatorDense() {
        DMatrixRMaj k = DenseOperators.euclidean(lattice, m2);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(k.numRows);
        if (!solver.setA(k)) {
            throw new IllegalStateException("Cholesky decomposition of K_E failed (K_E should be positive definite for m2 > 0)");
        }
        DMatrixRMaj g = new DMatrixRMaj(k.numRows, k.numCols);
        solver.invert(g);
        return g;
    }

    /**
     * The propagator column {@code g[x] = (K_E⁻¹)_{x,0} = (1/V) Σ_k e^{ik·x}/(K_E)_k} by one inverse
     * FFT (PHYSICS sections 0 and 2.1); any V. By translation invariance
     * {@code (K_E⁻¹)_{n,m} = g[n − m]} (coordinate differences mod {@code N_μ}).
     *
     * @return a new array of length V in field layout
     */
    public double[] propagatorFft() {
        int v = symbol.length;
        double[] c = new double[2 * v];
        for (int k = 0; k < v; k++) {
            c[2 * k] = 1.0 / symbol[k];
        }
        new ComplexFft(lattice).inverse(c);
        double[] g = new double[v];
        for (int n = 0; n < v; n++) {
            g[n] = c[2 * n];
        }
        return g;
    }

    /**
     * The energy in lattice units {@code Ê}, {@code cosh Ê = 1 + m² a_t²/2} (PHYSICS section 2.1),
     * evaluated as {@code Ê = 2 asinh(m a_t/2)} (the same number, without cancellation for small
     * {@code m a_t}).
     */
    public double energyLatticeUnits() {
        return 2 * asinh(0.5 * Math.sqrt(m2) * lattice.spacing(0));
    }

    /** The energy {@code E = Ê/a_t = (2/a_t) asinh(m a_t/2) = m + O(a_t²)} (PHYSICS section 2.1). */
    public double energy() {
        return energyLatticeUnits() / lattice.spacing(0);
    }

    /**
     * The exact free zero-momentum correlator (PHYSICS section 2.1)
     * {@code C(τ) = a_t cosh(Ê(N_t/2 − τ)) / (2 sinh Ê sinh(Ê N_t/2))}, {@code τ = 0..N_t−1}: the
     * expectation of {@link ZeroMomentumCorrelator}'s estimator. Evaluated in the overflow-free form
     * {@code a_t (e^{−Êτ} + e^{−Ê(N_t−τ)}) / (2 sinh Ê (1 − e^{−Ê N_t}))}.
     *
     * @return a new array of length {@code N_t}
     */
    public double[] correlator() {
        int nt = lattice.extent(0);
        double at = lattice.spacing(0);
        double e = energyLatticeUnits();
        double denominator = 2 * Math.sinh(e) * -Math.expm1(-e * nt);
        double[] c = new double[nt];
        for (int tau = 0; tau < nt; tau++) {
            c[tau] = at * (Math.exp(-e * tau) + Math.exp(-e * (nt - tau))) / denominator;
        }
        return c;
    }

    /**
     * {@code ⟨φ²⟩ = (K_E⁻¹)_{00} = g[0] = (1/V) Σ_k 1/(K_E)_k} (PHYSICS section 2.1), summed over the
     * symbol directly.
     */
    public double phi2() {
        double s = 0;
        for (double k : symbol) {
            s += 1.0 / k;
        }
        return s / symbol.length;
    }

    /**
     * The expectation of the zero-momentum estimator (PHYSICS section 2.1) evaluated from a
     * translation-invariant propagator column {@code g[x] = G_{x,0}}:
     * {@code C(τ) = a_s^{D−1} N_s (1/N_t) Σ_t ⟨φ̄(t+τ)φ̄(t)⟩} with
     * {@code ⟨φ̄(t+τ)φ̄(t)⟩ = (1/N_s²) Σ_{x,y} g[(τ, x−y)] = (1/N_s) Σ_z g[(τ, z)]}, hence
     * {@code C(τ) = a_s^{D−1} Σ_z g[(τ, z)]}: a direct sum over the time slice τ of {@code g}.
     *
     * @param g propagator column in field layout (length V), not modified
     * @return a new array of length {@code N_t}
     * @throws IllegalArgumentException when {@code g.length != V}
     */
    public static double[] correlatorFromPropagator(Lattice l, double[] g) {
        if (g.length != l.volume()) {
            throw new IllegalArgumentException("propagator column on lattice " + l.extentsString() + " needs length V = " + l.volume()
                    + ", got " + g.length);
        }
        int nt = l.extent(0);
        int ns = l.spatialVolume();
        double as = l.spatialCellVolume();
        double[] c = new double[nt];
        for (int tau = 0, i = 0; tau < nt; tau++) {
            double s = 0;
            for (int z = 0; z < ns; z++, i++) {
                s += g[i];
            }
            c[tau] = as * s;
        }
        return c;
    }

    private static double asinh(double x) {
        // x ≥ 0 here; log1p form is accurate for small x
        return Math.log1p(x + x * x / (1 + Math.sqrt(1 + x * x)));
    }

    @Override
    public String toString() {
        return "FreeField[" + lattice + ", m2=" + m2 + "]";
    }
}
