package wick.model.ebm.internal;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;

/** (Shared by the tasks of this bundle's internal packages.) The lattice of a task from its {@code lattice} and {@code spacing} parameters (CLI forms, time first). */
public final class LatticeParameters {
    /** Help text of the {@code lattice} attribute, shared by the tasks' OCDs. */
    public static final String LATTICE_HELP = "Extents joined by x, time first (6x4: N_t = 6, N_x = 4); 1 to 4 dimensions";
    /** Help text of the {@code spacing} attribute. */
    public static final String SPACING_HELP = "One number, or one per direction comma-separated (time first); each > 0";
    /** Help text of the {@code m2} attribute of the free field. */
    public static final String FREE_M2_HELP = "Mass squared; the free field needs m2 > 0";

    private LatticeParameters() {
    }

    public static Lattice lattice(Parameters p) {
        return Lattice.parse(p.string("lattice"), p.string("spacing"));
    }
}
