package wick.model.fock.internal;

import java.util.ArrayList;
import java.util.List;

import wick.api.param.ParameterException;

/**
 * The Hamiltonian in a per-site oscillator basis (PHYSICS 3, item 6 of issue 7): at each site
 * {@code φ_n = (b_n + b_n†)/sqrt(2aΩ)}, {@code π_n = −i sqrt(Ω/(2a)) (b_n − b_n†)}, so that
 * {@code [φ_n, π_n] = i/a}, and
 * {@code H = Σ_n [ (a/2) π_n² + (a/2) w² φ_n² − (1/a) φ_n φ_{n+1} + (aλ/4!) φ_n⁴ ]},
 * {@code w² = m² + 2/a²} (N ≥ 2; {@code w² = m²} for one site, where the gradient term vanishes).
 * The local cutoff is {@code n_x ≤ nmax}; the frequency {@code Ω} is free (the truncated spectrum
 * converges to the same limit for any Ω), which is what makes {@code m² < 0} with {@code λ > 0}
 * possible. The automatic choice is the Gaussian (Hartree) frequency, the root of
 * {@code Ω² = w² + (λ/2)⟨φ²⟩_Ω}, {@code ⟨φ²⟩_Ω = 1/(2aΩ)}.
 */
final class SiteModel implements FockModel {
    private final int sites;
    private final double spacing;
    private final double m2;
    private final double lambda;
    private final double frequency;

    /**
     * @param frequency Ω > 0, or 0 for the automatic (Hartree) choice
     * @throws ParameterException when the Hamiltonian is unbounded below (m² ≤ 0 with λ = 0 at a zero mode)
     */
    SiteModel(int sites, double spacing, double m2, double lambda, double frequency) {
        FockParameters.checkSites(sites);
        FockParameters.checkSpacing(spacing);
        FockParameters.checkLambda(lambda);
        if (lambda == 0 && !(m2 > 0)) {
            throw new ParameterException("m2", String.valueOf(m2), "m2 > 0 when lambda = 0 (the free field needs m > 0)");
        }
        if (!(frequency >= 0) || Double.isInfinite(frequency)) {
            throw new ParameterException("frequency", String.valueOf(frequency), "a number > 0, or 0 for the automatic choice");
        }
        this.sites = sites;
        this.spacing = spacing;
        this.m2 = m2;
        this.lambda = lambda;
        this.frequency = frequency > 0 ? frequency : hartree(localW2(), lambda, spacing);
    }

    private double localW2() {
        return sites == 1 ? m2 : m2 + 2 / (spacing * spacing);
    }

    /** The root of {@code g(Ω) = Ω² − w² − λ/(4aΩ)}, increasing in Ω > 0, by bisection. */
    static double hartree(double w2, double lambda, double a) {
        if (lambda == 0) {
            return Math.sqrt(w2);
        }
        double lo = 1e-12;
        double hi = Math.max(1, Math.sqrt(Math.abs(w2))) + Math.cbrt(lambda / (4 * a)) + 1;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double g = mid * mid - w2 - lambda / (4 * a * mid);
            if (g > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The oscillator frequency Ω in use. */
    double frequency() {
        return frequency;
    }

    @Override
    public int sites() {
        return sites;
    }

    @Override
    public double spacing() {
        return spacing;
    }

    @Override
    public double[] weights() {
        double[] w = new double[sites];
        java.util.Arrays.fill(w, frequency);
        return w;
    }

    @Override
    public boolean momentumLabels() {
        return false;
    }

    @Override
    public String describe() {
        return "phi^4 Hamiltonian, site basis (Omega = " + frequency + "), N = " + sites + ", a = " + spacing + ", m2 = " + m2
                + ", lambda = " + lambda;
    }

    @Override
    public List<Words.Term> fieldTerms(int x) {
        double c = 1 / Math.sqrt(2 * spacing * frequency);
        return List.of(new Words.Term(x, false, c, 0), new Words.Term(x, true, c, 0));
    }

    private List<Words.Term> momentumTerms(int x) {
        double d = Math.sqrt(frequency / (2 * spacing));
        return List.of(new Words.Term(x, false, 0, -d), new Words.Term(x, true, 0, d));
    }

    @Override
    public List<LadderWord> hamiltonianWords() {
        List<LadderWord> words = new ArrayList<>();
        double w2 = localW2();
        for (int x = 0; x < sites; x++) {
            words.addAll(Words.power(spacing / 2, momentumTerms(x), 2));
            words.addAll(Words.power(spacing / 2 * w2, fieldTerms(x), 2));
            if (sites > 1) {
                words.addAll(Words.product(-1 / spacing, List.of(fieldTerms(x), fieldTerms((x + 1) % sites))));
            }
            if (lambda != 0) {
                words.addAll(Words.power(spacing * lambda / 24, fieldTerms(x), 4));
            }
        }
        return words;
    }

    @Override
    public OperatorBuilder.Diagonal diagonal(FockBasis basis) {
        return null;
    }

    @Override
    public List<LadderWord> zeroMomentumField() {
        List<LadderWord> w = new ArrayList<>();
        for (int x = 0; x < sites; x++) {
            w.addAll(Words.power(1 / Math.sqrt(sites), fieldTerms(x), 1));
        }
        return w;
    }
}
