package wick.model.fock.internal;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;

/**
 * The parameters shared by the {@code fock.*} tasks ({@code sites}, {@code spacing}, {@code m2},
 * {@code lambda}, {@code truncation}, {@code basis}, {@code frequency}, {@code normalOrder},
 * {@code sector}) and their checks; every failure is a {@link ParameterException} naming the parameter.
 */
final class FockParameters {
    static final String SITES_HELP = "Number N of spatial sites on the periodic ring, 1..64";
    static final String SPACING_HELP = "Lattice spacing a > 0";
    static final String M2_HELP = "Bare mass squared m2 (> 0 in the mode basis; any sign with lambda > 0 in the site basis)";
    static final String LAMBDA_HELP = "Coupling lambda >= 0 of (lambda/4!) phi^4";
    static final String TRUNCATION_HELP = "nmax:K (n_k <= K per mode), particles:K (sum n_k <= K) or energy:E (sum n_k w_k <= E)";
    static final String BASIS_HELP = "modes: normal modes (momentum sectors); sites: per-site oscillators (all sectors, m2 < 0 allowed)";
    static final String FREQUENCY_HELP = "Site basis: oscillator frequency Omega > 0, or 0 for the Gaussian (Hartree) choice";
    static final String NORMAL_ORDER_HELP = "Mode basis: normal-order phi^4 w.r.t. the free vacuum (default: bare, as Model 2)";

    private FockParameters() {
    }

    static void checkSites(int sites) {
        if (sites < 1 || sites > 64) {
            throw new ParameterException("sites", String.valueOf(sites), "an integer 1..64");
        }
    }

    static void checkSpacing(double a) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new ParameterException("spacing", String.valueOf(a), "a number > 0");
        }
    }

    static void checkLambda(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new ParameterException("lambda", String.valueOf(lambda), "a number >= 0");
        }
    }

    /** The model named by {@code basis} with its parameters. */
    static FockModel model(Parameters p) {
        int sites = p.integer("sites");
        double spacing = p.real("spacing");
        double m2 = p.real("m2");
        double lambda = p.real("lambda");
        String basis = p.has("basis") ? p.string("basis") : "modes";
        switch (basis) {
            case "modes":
                return new ModeModel(new Modes(sites, spacing, m2), lambda, p.has("normalOrder") && p.bool("normalOrder"));
            case "sites":
                return new SiteModel(sites, spacing, m2, lambda, p.has("frequency") ? p.real("frequency") : 0);
            default:
                throw new ParameterException("basis", basis, "modes or sites");
        }
    }

    /** {@code sector}: an integer {@code 0..N−1}, or {@code all}. */
    static int sector(Parameters p, FockModel model) {
        if (!p.has("sector")) {
            return model.momentumLabels() ? 0 : FockBasis.ALL_SECTORS;
        }
        String s = p.string("sector").trim();
        if (s.equals("all")) {
            return FockBasis.ALL_SECTORS;
        }
        try {
            int j = Integer.parseInt(s);
            if (!model.momentumLabels()) {
                throw new ParameterException("sector", s, "'all' in the site basis (it has no momentum sectors)");
            }
            if (j < 0 || j >= model.sites()) {
                throw new ParameterException("sector", s, "a momentum index 0.." + (model.sites() - 1) + " or 'all'");
            }
            return j;
        } catch (NumberFormatException e) {
            throw new ParameterException("sector", s, "a momentum index 0.." + (model.sites() - 1) + " or 'all'");
        }
    }

    /** A positive integer parameter within {@code [min, max]}. */
    static int integer(Parameters p, String id, int min, int max) {
        int v = p.integer(id);
        if (v < min || v > max) {
            throw new ParameterException(id, String.valueOf(v), "an integer " + min + ".." + max);
        }
        return v;
    }

    /** A real parameter {@code > 0} (finite). */
    static double positive(Parameters p, String id) {
        double v = p.real(id);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new ParameterException(id, p.string(id), "a number > 0");
        }
        return v;
    }
}
