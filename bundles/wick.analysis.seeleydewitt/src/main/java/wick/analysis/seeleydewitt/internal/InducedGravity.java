package wick.analysis.seeleydewitt.internal;

import java.util.ArrayList;
import java.util.List;

import wick.api.lattice.Lattice;
import wick.api.progress.ProgressMonitor;
import wick.model.gravity.SiteCoefficients;
import wick.model.gravity.StressOption;

/**
 * The induced Newton constant of PHYSICS 5 in D = 3: the coefficient of {@code ∫√g R} in
 * {@code ½ ln det K[σ]} for small conformal backgrounds {@code g = e^{2ω}δ}, {@code ω = A cos(2π j x/N_x)}
 * along the last direction x, as a function of m².
 *
 * <p><b>Order A².</b> {@code F_j(A) = ½ ln det K[σ_A]} exactly by {@link SlabLogDet}; its A² coefficient
 * {@code c_2(j)} by {@link SecondOrder} (±A, ±A/2, Richardson). At this order {@code F} is the one-loop
 * two-point function of ω: {@code c_2(j) = ¼ V Γ(k̂²_j)} for {@code 0 < j < N_x/2} ({@code ½ V Γ(0)} for j = 0).
 *
 * <p><b>Basis.</b> The effective action is a sum of local invariants (with m² > 0 the loop is short-ranged):
 * {@code ½ ln det K[σ] = Σ_n [λ̃ √g + B √g R + C √g R² + D √g |∇R|² + ...] + (ultralocal)}. At order A² for a
 * single-direction mode every invariant reduces to a monomial in {@code k̂²} ({@link LocalInvariants}):
 * the volume {@code Σ√g} and every ultralocal term (the Jacobian {@code Σ ln √g} between {@code K} and the
 * covariant {@code K̃}, the O(σ²) difference between {@code m²(1 + tr σ)} and {@code m²√g}) give {@code k̂⁰};
 * {@code Σ√g R = 2Σe^ω|∇ω|²} gives {@code k̂²}; {@code R²}, {@code R_{μν}R^{μν}} (equal here) give
 * {@code k̂⁴}, {@code |∇R|²} gives {@code k̂⁶}; {@code □R} is a total derivative and the Weyl tensor vanishes
 * in D = 3. Differences between the lattice {@code K[σ]} and {@code √g(−□_g + m²)} are O(ω²) ultralocal or
 * O(a²k²) and only move λ̃, C, D. So {@code c_2(j) = λ̃ S_0(j) + B S_2(j) + C S_4(j) [+ D S_6(j)]} is fitted
 * (unweighted, {@link LeastSquares}) over the modes, with 3 and 4 terms; λ̃ cannot separate the cosmological
 * term from the other ultralocal terms at this order, so it is reported as the ultralocal coefficient.
 * The derivative expansion converges for {@code k̂² < 4m²} (the two-particle threshold of Γ), which the task
 * enforces.
 *
 * <p><b>Result.</b> With {@code ½ ln det ⊃ −(1/16πG) ∫√g R} and {@code ∫ = v Σ}: {@code 1/(16πG) = −B/v}
 * (4-term fit), error {@code sqrt(σ_B² + (B_3 − B_4)²)} (fit error and basis truncation) plus the Richardson
 * errors of {@code c_2} propagated through the fit.
 *
 * <p><b>Continuum.</b> For {@code −□_g + m²} in D = 3, {@code ½ ln det = −½∫_ε^∞ (ds/s) Tr e^{−sK}} with
 * {@code Tr e^{−sK} ≃ (4πs)^{−3/2} e^{−sm²} ∫√g (1 + sR/6 + ...)} gives the R coefficient
 * {@code −(1/12)(4π)^{−3/2} ∫_ε^∞ ds s^{−3/2} e^{−sm²} = −(1/12)(4π)^{−3/2}(2/√ε − 2√π m + O(√ε))}, so
 * {@code 1/(16πG) = c_Λ/a − m/(48π) + O(m²a)}: the cutoff part is not universal (here the lattice fixes it),
 * the term linear in {@code m = √m²} is. The m² dependence is therefore fitted as
 * {@code g_0 + g_1 m + g_2 m² + g_3 m³} (lattice corrections are even in m from small s, and O(m³a²) from
 * lattice artefacts of the heat-kernel tail) and {@code g_1} is compared with {@code −1/(48π)}.
 */
final class InducedGravity {
    /** The continuum slope {@code d(1/16πG)/dm = −1/(48π)} (D = 3, one real scalar). */
    static final double CONTINUUM_SLOPE = -1 / (48 * Math.PI);

    private InducedGravity() {
    }

    /** The inputs; {@code m2} ascending and distinct, {@code modes} distinct in {@code [0, N_x/2]}. */
    record Settings(int[] extents, double[] spacings, double[] m2, double amplitude, int[] modes, StressOption option) {
        double cellVolume() {
            double v = 1;
            for (double a : spacings) {
                v *= a;
            }
            return v;
        }

        double volume() {
            double v = 1;
            for (int e : extents) {
                v *= e;
            }
            return v;
        }

        int lineLength() {
            return extents[extents.length - 1];
        }

        /** {@code k̂² = (2/a_x)² sin²(π j/N_x)} of mode j. */
        double kHat2(int j) {
            double a = spacings[spacings.length - 1];
            double s = 2 / a * Math.sin(Math.PI * j / lineLength());
            return s * s;
        }
    }

    /**
     * One m².
     *
     * @param m2             m²
     * @param c2             {@code c_2(j)} per mode
     * @param c2Error        their Richardson errors
     * @param three          the fit {@code λ̃ S_0 + B S_2 + C S_4}
     * @param four           the fit with {@code + D S_6}
     * @param inducedNewton  {@code 1/(16πG) = −B_4/v}
     * @param error          its error
     * @param truncation     {@code |B_3 − B_4|/v}
     */
    record PerMass(double m2, double[] c2, double[] c2Error, LeastSquares three, LeastSquares four, double inducedNewton,
            double error, double truncation) {
    }

    /**
     * The fit of {@code 1/(16πG)} against {@code m = √m²}: polynomial of degree {@code degree};
     * {@code slopeError = sqrt(σ² + truncation²) + propagated} point errors.
     */
    record MassFit(int degree, double intercept, double interceptError, double slope, double slopeError, double truncation) {
    }

    /** Everything: the invariants per mode ({@code [mode][k]}), the per-m² fits, the mass fit (or {@code null} for fewer than 3 m²). */
    record Outcome(double[][] invariants, double[][] invariantErrors, List<PerMass> masses, MassFit massFit) {
    }

    static Outcome compute(Settings s, ProgressMonitor progress) {
        int d = s.extents().length;
        int[] lineExtents = new int[d];
        java.util.Arrays.fill(lineExtents, 1);
        lineExtents[d - 1] = s.lineLength();
        Lattice line = new Lattice(lineExtents, s.spacings());
        double transverseSites = s.volume() / s.lineLength();
        TransverseModes transverse = new TransverseModes(java.util.Arrays.copyOf(s.extents(), d - 1),
                java.util.Arrays.copyOf(s.spacings(), d - 1));
        SlabLogDet slab = new SlabLogDet(transverse, line, s.option(), s.volume(), s.cellVolume());
        int modes = s.modes().length;
        double[][] inv = new double[modes][];
        double[][] invErr = new double[modes][];
        for (int i = 0; i < modes; i++) {
            double[][] o = LocalInvariants.of(line, s.modes()[i], s.amplitude(), transverseSites, progress);
            inv[i] = o[0];
            invErr[i] = o[1];
        }
        SiteCoefficients flat = coefficients(line, 0, 0);
        int steps = s.m2().length * (1 + 6 * modes);
        int[] done = {0};
        double[] reference = new double[slab.groups()];
        double[] work = new double[slab.groups()];
        double delta = 0.5 * slab.differenceRounding();
        List<PerMass> out = new ArrayList<>();
        for (double m2 : s.m2()) {
            slab.groupLogDets(flat, m2, reference, progress);
            tick(progress, done, steps, m2);
            double[] c2 = new double[modes];
            double[] c2Err = new double[modes];
            for (int i = 0; i < modes; i++) {
                int j = s.modes()[i];
                SecondOrder c = SecondOrder.of(a -> {
                    slab.groupLogDets(coefficients(line, j, a), m2, work, progress);
                    tick(progress, done, steps, m2);
                    return 0.5 * slab.difference(work, reference);
                }, 0, s.amplitude(), delta);
                c2[i] = c.value();
                c2Err[i] = c.error();
            }
            out.add(perMass(s, m2, inv, c2, c2Err));
        }
        MassFit fit = s.m2().length >= 3 ? massFit(out) : null;
        progress.report(1, "done");
        return new Outcome(inv, invErr, out, fit);
    }

    private static void tick(ProgressMonitor progress, int[] done, int steps, double m2) {
        done[0]++;
        progress.report((double) done[0] / steps, "ln det K[sigma], m2 = " + m2 + " (" + done[0] + " of " + steps + ")");
    }

    private static SiteCoefficients coefficients(Lattice line, int mode, double a) {
        return new SiteCoefficients(line, LocalInvariants.background(line, mode, a).sigma());
    }

    static PerMass perMass(Settings s, double m2, double[][] inv, double[] c2, double[] c2Err) {
        int modes = c2.length;
        double[][] x3 = new double[modes][3];
        double[][] x4 = new double[modes][4];
        for (int i = 0; i < modes; i++) {
            System.arraycopy(inv[i], 0, x3[i], 0, 3);
            System.arraycopy(inv[i], 0, x4[i], 0, 4);
        }
        LeastSquares three = LeastSquares.fit(x3, c2);
        LeastSquares four = LeastSquares.fit(x4, c2);
        double v = s.cellVolume();
        double truncation = Math.abs(three.c()[1] - four.c()[1]) / v;
        double error = Math.sqrt(Math.pow(four.error()[1] / v, 2) + truncation * truncation + Math.pow(four.propagated(1, c2Err) / v, 2));
        return new PerMass(m2, c2, c2Err, three, four, -four.c()[1] / v, error, truncation);
    }

    /** Degree {@code min(3, n − 2)} in m; the truncation from degree + 1 when that still leaves a residual degree of freedom. */
    static MassFit massFit(List<PerMass> masses) {
        int n = masses.size();
        double[] m = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = Math.sqrt(masses.get(i).m2());
            y[i] = masses.get(i).inducedNewton();
            e[i] = masses.get(i).error();
        }
        int degree = Math.min(3, n - 2);
        LeastSquares main = LeastSquares.fit(powers(m, degree), y);
        double truncation = 0;
        double interceptTruncation = 0;
        if (n >= degree + 3) {
            LeastSquares next = LeastSquares.fit(powers(m, degree + 1), y);
            truncation = Math.abs(next.c()[1] - main.c()[1]);
            interceptTruncation = Math.abs(next.c()[0] - main.c()[0]);
        }
        double slopeError = Math.sqrt(Math.pow(main.error()[1], 2) + truncation * truncation + Math.pow(main.propagated(1, e), 2));
        double interceptError = Math.sqrt(Math.pow(main.error()[0], 2) + interceptTruncation * interceptTruncation + Math.pow(main.propagated(0, e), 2));
        return new MassFit(degree, main.c()[0], interceptError, main.c()[1], slopeError, truncation);
    }

    private static double[][] powers(double[] x, int degree) {
        double[][] out = new double[x.length][degree + 1];
        for (int i = 0; i < x.length; i++) {
            double p = 1;
            for (int k = 0; k <= degree; k++) {
                out[i][k] = p;
                p *= x[i];
            }
        }
        return out;
    }
}
