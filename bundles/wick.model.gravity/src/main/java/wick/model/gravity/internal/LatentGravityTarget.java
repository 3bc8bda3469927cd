package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.StressOption;

import wick.api.lattice.Lattice;

/** The {@link GravityTarget} of task {@code gravity.sample}. */
final class LatentGravityTarget implements GravityTarget {
    private final Blocks blocks;
    private final double m2;
    private final double kappa2;
    private final StressOption stress;
    private final String solver;
    private final LatentState latest;

    /**
     * @throws wick.api.param.ParameterException naming {@code m2}, {@code kappa2} or {@code solver}
     */
    LatentGravityTarget(Blocks blocks, double m2, double kappa2, StressOption stress, String solver) {
        if (!(m2 > 0) || Double.isInfinite(m2)) {
            throw new wick.api.param.ParameterException("m2", String.valueOf(m2), "a finite number > 0 (K[sigma] needs m2 > 0)");
        }
        if (!(kappa2 > 0) || Double.isInfinite(kappa2)) {
            throw new wick.api.param.ParameterException("kappa2", String.valueOf(kappa2), "a finite number > 0");
        }
        String s = solver == null ? "" : solver.trim();
        if (!s.equals(Decoders.DENSE) && !s.equals(Decoders.SPARSE) && !s.equals(Decoders.CG)) {
            throw new wick.api.param.ParameterException("solver", solver, "dense, sparse or cg");
        }
        this.blocks = blocks;
        this.m2 = m2;
        this.kappa2 = kappa2;
        this.stress = stress;
        this.solver = s;
        this.latest = new LatentState(blocks);
    }

    @Override
    public Lattice lattice() {
        return blocks.lattice();
    }

    @Override
    public String describe() {
        return "latent gravity, m² = " + m2 + ", κ² = " + kappa2 + ", blocks " + blocks + ", " + stress.id() + " T, "
                + blocks.lattice().extentsString();
    }

    @Override
    public Blocks blocks() {
        return blocks;
    }

    @Override
    public double m2() {
        return m2;
    }

    @Override
    public double kappa2() {
        return kappa2;
    }

    @Override
    public StressOption stress() {
        return stress;
    }

    @Override
    public String solver() {
        return solver;
    }

    @Override
    public LatentState latest() {
        return latest;
    }
}
