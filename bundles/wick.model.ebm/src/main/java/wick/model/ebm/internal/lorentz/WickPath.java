package wick.model.ebm.internal.lorentz;

import java.util.Arrays;
import java.util.Comparator;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.lattice.Symbols;

/**
 * The Wick rotation as a path of complex quadratic forms (PHYSICS 1): for {@code θ ∈ [0, π/2]} the
 * weight {@code e^{−½ φᵀ A(θ) φ}} with symbol
 * <pre>
 *   A_k(θ) = v [ −i e^{iθ} ω̂² + i e^{−iθ} (Σ_i k̂_i² + m²) ]
 *          = sin θ · (K_E)_k − i cos θ · (K_M)_k,
 * </pre>
 * {@code (K_E)_k = v(ω̂² + Σk̂_i² + m²)}, {@code (K_M)_k = v(ω̂² − Σk̂_i² − m²)}. The second form
 * (expand {@code ∓i e^{±iθ} = sin θ ∓ i cos θ}) is what is evaluated: {@code Re A_k = sin θ (K_E)_k ≥ 0}
 * and {@code Im A_k = −cos θ (K_M)_k}. Endpoints: {@code A(0) = −i K_M}, the weight {@code e^{+iS_M}}
 * with {@code S_M = ½ φᵀK_Mφ}; {@code A(π/2) = K_E}. The path is {@code a_t → e^{−iθ} a_t} applied
 * to the Lorentzian action ({@code v ω̂² ∝ 1/a_t}, {@code v(k̂² + m²) ∝ a_t}). For small θ,
 * {@code A = −i cos θ (K_M + i tan θ K_E)}: an iε prescription with the mode-dependent
 * {@code ε_k = tan θ (K_E)_k > 0}, the Feynman sign of {@link LorentzianPropagator}.
 *
 * <p>The grid is {@code θ_j = (π/2) j/(steps−1)}; {@code sin θ_j} and {@code cos θ_j} are both taken
 * as sines ({@code cos θ_j = sin((π/2)(steps−1−j)/(steps−1))}) so that both endpoints are exact:
 * {@code A(θ_0) = −i K_M} and {@code A(θ_{steps−1}) = K_E} with no rounding residue.
 *
 * <p>On-shell modes ({@code (K_M)_k = 0}, {@link OnShell}) have their {@code K_M} set to exactly 0:
 * along the path they are real, {@code A_k(θ) = sin θ (K_E)_k = 2 v ω̂² sin θ}, and vanish at θ = 0.
 * Requires {@code m² > 0} (the endpoint {@code K_E} must be positive). Immutable.
 */
final class WickPath {
    private final Lattice lattice;
    private final double[] ke;
    private final double[] km;
    private final boolean[] onShell;

    /** @throws ParameterException naming {@code m2} unless {@code 0 < m2 < ∞} */
    WickPath(Lattice lattice, double m2) {
        if (!(m2 > 0) || Double.isInfinite(m2)) {
            throw new ParameterException("m2", String.valueOf(m2), "a finite m2 > 0 (the path ends at A(pi/2) = K_E, which must be positive definite)");
        }
        this.lattice = lattice;
        this.ke = Symbols.euclidean(lattice, m2);
        double[] raw = Symbols.minkowski(lattice, m2);
        this.onShell = OnShell.modes(raw);
        this.km = OnShell.snapped(raw, onShell);
    }

    Lattice lattice() {
        return lattice;
    }

    /** Number of modes V. */
    int size() {
        return ke.length;
    }

    /** {@code θ_j = (π/2) j/(steps−1)}, {@code j = 0..steps−1}. */
    static double theta(int j, int steps) {
        return 0.5 * Math.PI * j / (steps - 1);
    }

    /** {@code sin θ_j}, exactly 0 at j = 0 and 1 at the last step. */
    static double sin(int j, int steps) {
        return Math.sin(theta(j, steps));
    }

    /** {@code cos θ_j = sin θ_{steps−1−j}}, exactly 1 at j = 0 and 0 at the last step. */
    static double cos(int j, int steps) {
        return Math.sin(theta(steps - 1 - j, steps));
    }

    /** The Euclidean symbol {@code (K_E)_k} (a copy). */
    double[] euclidean() {
        return ke.clone();
    }

    /** The Lorentzian symbol {@code (K_M)_k} with on-shell modes exactly 0 (a copy). */
    double[] lorentzian() {
        return km.clone();
    }

    /** Which modes are on shell (a copy). */
    boolean[] onShell() {
        return onShell.clone();
    }

    /**
     * Writes {@code A_k(θ) = sin θ (K_E)_k − i cos θ (K_M)_k} for every mode (field layout).
     *
     * @param re overwritten with the real parts (length V)
     * @param im overwritten with the imaginary parts (length V)
     */
    void symbol(double sinTheta, double cosTheta, double[] re, double[] im) {
        for (int k = 0; k < ke.length; k++) {
            re[k] = sinTheta * ke[k];
            im[k] = 0.0 - cosTheta * km[k]; // 0.0 − x: no −0.0 at the endpoints
        }
    }

    /**
     * The modes (flat momentum indices) sorted by {@code (K_E)_k} ascending, ties by index: a stable
     * column order for the eigenvalue flow, independent of θ.
     */
    int[] modesByEuclideanSymbol() {
        Integer[] order = new Integer[ke.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> ke[k]).thenComparingInt(k -> k));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
