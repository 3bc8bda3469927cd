package wick.sampler.local.internal;

import wick.api.lattice.Lattice;
import wick.api.model.LocalActionTarget;

/** Hides every capability of a target but the local action change (what Metropolis needs, less than overrelaxation). */
record LocalOnlyTarget(LocalActionTarget inner) implements LocalActionTarget {
    @Override
    public Lattice lattice() {
        return inner.lattice();
    }

    @Override
    public String describe() {
        return "local-action-only view of " + inner.describe();
    }

    @Override
    public double localActionChange(double[] field, int site, double newValue) {
        return inner.localActionChange(field, site, newValue);
    }
}
