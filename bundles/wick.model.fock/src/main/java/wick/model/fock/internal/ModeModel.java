package wick.model.fock.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hamiltonian in the normal-mode basis (PHYSICS 3):
 * {@code H = Σ_k ω_k (a_k†a_k + ½) + H_I}, with
 * {@code H_I = (λ/(4! N a)) Σ_{k_i, s_i: Σ s_i k_i ≡ 0} Π_i (2ω_{k_i})^{−1/2} O_1 O_2 O_3 O_4},
 * {@code O_i = a_{k_i}} for {@code s_i = +1} and {@code a†_{k_i}} for {@code s_i = −1}, in the operator
 * order of the expansion of {@code a Σ_n (λ/4!) φ_n⁴} with
 * {@code φ_n = Σ_k (a_k e^{ikna} + a_k† e^{−ikna}) / sqrt(2 N a ω_k)}. With normal ordering w.r.t. the
 * free vacuum, {@code φ⁴ → φ⁴ − 6 G φ² + 3 G²}, {@code G = ⟨0|φ_n²|0⟩}.
 */
final class ModeModel implements FockModel {
    private final Modes modes;
    private final double lambda;
    private final boolean normalOrdered;

    ModeModel(Modes modes, double lambda, boolean normalOrdered) {
        FockParameters.checkLambda(lambda);
        this.modes = modes;
        this.lambda = lambda;
        this.normalOrdered = normalOrdered;
    }

    Modes modes() {
        return modes;
    }

    @Override
    public int sites() {
        return modes.sites();
    }

    @Override
    public double spacing() {
        return modes.spacing();
    }

    @Override
    public double[] weights() {
        return modes.omegas();
    }

    @Override
    public boolean momentumLabels() {
        return true;
    }

    @Override
    public String describe() {
        return "phi^4 Hamiltonian, mode basis, N = " + sites() + ", a = " + spacing() + ", m2 = " + modes.m2()
                + ", lambda = " + lambda + (normalOrdered ? ", normal-ordered" : "");
    }

    @Override
    public List<LadderWord> hamiltonianWords() {
        List<LadderWord> words = new ArrayList<>();
        if (lambda == 0) {
            return words;
        }
        int n = sites();
        double a = spacing();
        double[] f = new double[n];
        for (int k = 0; k < n; k++) {
            f[k] = 1 / Math.sqrt(2 * modes.omega(k));
        }
        double c4 = lambda / (24.0 * n * a);
        int[] k = new int[4];
        for (int signs = 0; signs < 16; signs++) {
            for (k[0] = 0; k[0] < n; k[0]++) {
                for (k[1] = 0; k[1] < n; k[1]++) {
                    for (k[2] = 0; k[2] < n; k[2]++) {
                        for (k[3] = 0; k[3] < n; k[3]++) {
                            int total = 0;
                            boolean[] creators = new boolean[4];
                            double c = c4;
                            for (int i = 0; i < 4; i++) {
                                creators[i] = (signs >> i & 1) == 1;
                                total += creators[i] ? -k[i] : k[i];
                                c *= f[k[i]];
                            }
                            if (Math.floorMod(total, n) == 0) {
                                words.add(LadderWord.of(c, k.clone(), creators));
                            }
                        }
                    }
                }
            }
        }
        if (normalOrdered) {
            // −6G · a(λ/4!) Σ_n φ_n² = −(λ G/4) Σ_{k1,k2,s: s1k1+s2k2≡0} O_1 O_2 / (2 sqrt(ω1 ω2))
            double g = modes.vacuumPhi2();
            double c2 = -lambda * g / 4.0;
            for (int signs = 0; signs < 4; signs++) {
                for (int k1 = 0; k1 < n; k1++) {
                    for (int k2 = 0; k2 < n; k2++) {
                        boolean cr1 = (signs & 1) == 1;
                        boolean cr2 = (signs & 2) == 2;
                        int total = (cr1 ? -k1 : k1) + (cr2 ? -k2 : k2);
                        if (Math.floorMod(total, n) == 0) {
                            words.add(LadderWord.of(c2 * f[k1] * f[k2], new int[] {k1, k2}, new boolean[] {cr1, cr2}));
                        }
                    }
                }
            }
        }
        return words;
    }

    @Override
    public OperatorBuilder.Diagonal diagonal(FockBasis basis) {
        double constant = modes.zeroPoint();
        if (normalOrdered && lambda != 0) {
            double g = modes.vacuumPhi2();
            constant += spacing() * lambda / 24.0 * sites() * 3 * g * g;
        }
        double c = constant;
        return s -> basis.freeEnergy(s) + c;
    }

    /** {@code φ_x = Σ_k (e^{ikx} a_k + e^{−ikx} a_k†)/sqrt(2Naω_k)} as one linear combination. */
    @Override
    public List<Words.Term> fieldTerms(int x) {
        int n = sites();
        List<Words.Term> t = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double amp = 1 / Math.sqrt(2 * n * spacing() * modes.omega(k));
            double phase = 2 * Math.PI * k * x / n;
            t.add(new Words.Term(k, false, amp * Math.cos(phase), amp * Math.sin(phase)));
            t.add(new Words.Term(k, true, amp * Math.cos(phase), -amp * Math.sin(phase)));
        }
        return t;
    }

    /** {@code φ̃_0 = (a_0 + a_0†)/sqrt(2 a ω_0)}. */
    @Override
    public List<LadderWord> zeroMomentumField() {
        double amp = 1 / Math.sqrt(2 * spacing() * modes.omega(0));
        return List.of(LadderWord.of(amp, new int[] {0}, new boolean[] {false}),
                LadderWord.of(amp, new int[] {0}, new boolean[] {true}));
    }

    /** {@code a_k} alone. */
    static List<LadderWord> annihilator(int k) {
        return List.of(LadderWord.of(1, new int[] {k}, new boolean[] {false}));
    }
}
