package wick.model.ebm.internal;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;

/** The lattice of a task from its {@code lattice} and {@code spacing} parameters (CLI forms, time first). */
final class LatticeParameters {
    private LatticeParameters() {
    }

    static Lattice lattice(Parameters p) {
        return Lattice.parse(p.string("lattice"), p.string("spacing"));
    }
}
