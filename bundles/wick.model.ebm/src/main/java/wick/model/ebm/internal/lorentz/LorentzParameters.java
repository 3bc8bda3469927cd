package wick.model.ebm.internal.lorentz;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.model.ebm.internal.LatticeParameters;

/**
 * Parameters of the Lorentzian tasks: the lattice ({@link LatticeParameters}) and the checks of
 * {@code m2}, {@code epsilon} and {@code steps}, each failing with a {@link ParameterException} that
 * names the parameter.
 */
final class LorentzParameters {
    /** Help text of the {@code lattice} attribute. */
    static final String LATTICE_HELP = LatticeParameters.LATTICE_HELP;
    /** Help text of the {@code spacing} attribute. */
    static final String SPACING_HELP = LatticeParameters.SPACING_HELP;
    /** Largest {@code steps · V}: the size of each eigenvalue-flow field (32 MiB of doubles). */
    static final long MAX_FLOW_VALUES = 1L << 22;

    private LorentzParameters() {
    }

    static Lattice lattice(Parameters p) {
        return LatticeParameters.lattice(p);
    }

    /** {@code m2}, any finite number (the Lorentzian symbol is defined for every m²). */
    static double finiteM2(Parameters p) {
        double m2 = p.real("m2");
        if (!Double.isFinite(m2)) {
            throw new ParameterException("m2", p.string("m2"), "a finite number");
        }
        return m2;
    }

    /** {@code m2 > 0}: the Wick path ends at {@code A(π/2) = K_E}, positive definite only for m² > 0. */
    static double positiveM2(Parameters p) {
        double m2 = p.real("m2");
        if (!(m2 > 0) || Double.isInfinite(m2)) {
            throw new ParameterException("m2", p.string("m2"),
                    "a finite m2 > 0 (the path ends at A(pi/2) = K_E, whose k = 0 mode has precision v*m2; it must be positive)");
        }
        return m2;
    }

    /** {@code epsilon > 0}, finite: the iε of the Feynman prescription. */
    static double epsilon(Parameters p) {
        double eps = p.real("epsilon");
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new ParameterException("epsilon", p.string("epsilon"), "a finite number > 0 (the i*epsilon of G_M = 1/(K_M + i*epsilon))");
        }
        return eps;
    }

    /** {@code steps ≥ 2} with {@code steps · V ≤ } {@link #MAX_FLOW_VALUES}. */
    static int steps(Parameters p, Lattice lattice) {
        int steps = p.integer("steps");
        if (steps < 2) {
            throw new ParameterException("steps", p.string("steps"), "an integer >= 2 (theta_j = (pi/2) j/(steps-1) includes both ends)");
        }
        if ((long) steps * lattice.volume() > MAX_FLOW_VALUES) {
            throw new ParameterException("steps", p.string("steps"), "steps * V <= " + MAX_FLOW_VALUES + " (the eigenvalue flow has steps * V entries; V = "
                    + lattice.volume() + " allows steps <= " + MAX_FLOW_VALUES / lattice.volume() + ")");
        }
        return steps;
    }
}
