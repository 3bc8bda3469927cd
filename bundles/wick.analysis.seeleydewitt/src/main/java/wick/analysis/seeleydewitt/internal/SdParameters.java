package wick.analysis.seeleydewitt.internal;

import wick.analysis.heatkernel.Background;
import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.model.gravity.StressOption;

/** Parameters shared by the Seeley–DeWitt tasks. */
final class SdParameters {
    static final String LATTICE_HELP = "Extents joined by x, time first (32x32: N_t = N_x = 32); D = 2 (or 3 for conformal backgrounds)";
    static final String SPACING_HELP = "One number, or one per direction comma-separated (time first); each > 0";
    static final String STRESS_HELP = "Discretisation of K[sigma]: symmetric (corner average, default) or forward";

    private SdParameters() {
    }

    /** Everything the local and global tasks need. */
    record Setup(Background background, CovariantOperator operator, double[] s, double m2, LocalDiagonal.Method method) {
    }

    static Setup setup(Parameters p) {
        Lattice lattice = Lattice.parse(p.string("lattice"), p.string("spacing"));
        if (lattice.dimension() < 2 || lattice.dimension() > 3) {
            throw new ParameterException("lattice", p.string("lattice"), "a 2- or 3-dimensional lattice");
        }
        double m2 = p.real("m2");
        if (!(m2 >= 0) || Double.isInfinite(m2)) {
            throw new ParameterException("m2", p.string("m2"), "a finite number >= 0");
        }
        Background b = Background.parse(p.string("background"), lattice);
        Curvature.of(b);
        StressOption option;
        try {
            option = StressOption.parse(p.string("stress"));
        } catch (RuntimeException e) {
            throw new ParameterException("stress", p.string("stress"), "symmetric or forward");
        }
        double smin = p.real("smin");
        double smax = p.real("smax");
        double step = p.real("sstep");
        if (!(smin > 0) || Double.isInfinite(smin)) {
            throw new ParameterException("smin", p.string("smin"), "a finite number > 0");
        }
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new ParameterException("sstep", p.string("sstep"), "a finite number > 0");
        }
        if (!(smax >= smin + 2 * step) || Double.isInfinite(smax)) {
            throw new ParameterException("smax", p.string("smax"), "a finite number >= smin + 2 sstep = " + (smin + 2 * step) + " (the quadratic fit needs 3 points)");
        }
        LocalDiagonal.Method method = LocalDiagonal.Method.parse(p.string("method"));
        if (method == LocalDiagonal.Method.DENSE && lattice.volume() > wick.lattice.DenseOperators.MAX_VOLUME) {
            throw new ParameterException("method", p.string("method"), "dense only for V <= " + wick.lattice.DenseOperators.MAX_VOLUME + ": use lanczos");
        }
        return new Setup(b, new CovariantOperator(b, m2, option), LocalCoefficients.grid(smin, smax, step), m2, method);
    }

    /** Pearson correlation of two arrays (not modified). */
    static double correlation(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
