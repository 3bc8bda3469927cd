package wick.analysis.heatkernel.internal;

import java.util.Arrays;

import wick.analysis.heatkernel.Background;
import wick.analysis.heatkernel.LatticeOperator;
import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.model.gravity.StressOption;

/** The operator of a heat-kernel task from {@code lattice}, {@code spacing}, {@code m2}, {@code background}, {@code stress}. */
final class OperatorParameters {
    static final String LATTICE_HELP = "Extents joined by x, time first (8x8: N_t = N_x = 8); 1 to 4 dimensions";
    static final String SPACING_HELP = "One number, or one per direction comma-separated (time first); each > 0";
    static final String STRESS_HELP = "Discretisation of K[sigma]: symmetric (corner average, default) or forward";
    /** Largest V for a dense eigen decomposition in a task. */
    static final int MAX_EIGEN_VOLUME = 2048;

    private OperatorParameters() {
    }

    static Lattice lattice(Parameters p) {
        return Lattice.parse(p.string("lattice"), p.string("spacing"));
    }

    static double m2(Parameters p, boolean positive) {
        double m2 = p.real("m2");
        if (!Double.isFinite(m2) || m2 < 0 || positive && m2 == 0) {
            throw new ParameterException("m2", p.string("m2"), positive ? "a finite number > 0 (K must be positive definite)" : "a finite number >= 0");
        }
        return m2;
    }

    /** K_E for {@code background = flat}, else K[σ] of the background. */
    static LatticeOperator operator(Parameters p, boolean positive) {
        Lattice lattice = lattice(p);
        double m2 = m2(p, positive);
        String bg = p.string("background");
        if (bg.trim().equals("flat")) {
            return LatticeOperator.flat(lattice, m2);
        }
        Background b = Background.parse(bg, lattice);
        StressOption option;
        try {
            option = StressOption.parse(p.string("stress"));
        } catch (RuntimeException e) {
            throw new ParameterException("stress", p.string("stress"), "symmetric or forward");
        }
        return LatticeOperator.sigma(lattice, m2, option, b.sigma());
    }

    /** A comma-separated list of proper times, each finite and > 0 (at least one), sorted ascending. */
    static double[] times(Parameters p, String id) {
        String raw = p.string(id).replace("\\,", ",");
        String[] parts = raw.split(",");
        double[] s = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                s[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException(id, raw, "comma-separated proper times, each a finite number > 0");
            }
            if (!(s[i] > 0) || Double.isInfinite(s[i])) {
                throw new ParameterException(id, raw, "comma-separated proper times, each a finite number > 0");
            }
        }
        Arrays.sort(s);
        return s;
    }

    static int atLeast(Parameters p, String id, int min) {
        int v = p.integer(id);
        if (v < min) {
            throw new ParameterException(id, p.string(id), "an integer >= " + min);
        }
        return v;
    }
}
