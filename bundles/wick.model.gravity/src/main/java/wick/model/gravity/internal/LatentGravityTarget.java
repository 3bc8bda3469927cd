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
    private final LatentModel model;

    /**
     * @throws wick.api.param.ParameterException naming {@code m2}, {@code kappa2} or {@code solver}
     */
    LatentGravityTarget(Blocks blocks, double m2, double kappa2, StressOption stress, String solver) {
        this(blocks, m2, kappa2, stress, solver, 2);
    }

    /**
     * @param rank 2 for σ_{μν} (the model), 0 for the scalar variant
     * @throws wick.api.param.ParameterException naming {@code m2}, {@code kappa2}, {@code solver} or {@code rank}
     */
    LatentGravityTarget(Blocks blocks, double m2, double kappa2, StressOption stress, String solver, int rank) {
        if (!(m2 > 0) || Double.isInfinite(m2)) {
            throw new wick.api.param.ParameterException("m2", String.valueOf(m2), "a finite number > 0 (K[sigma] needs m2 > 0)");
        }
        if (!(kappa2 > 0) || Double.isInfinite(kappa2)) {
            throw new wick.api.param.ParameterException("kappa2", String.valueOf(kappa2), "a finite number > 0");
        }
        if (!Decoders.isName(solver)) {
            throw new wick.api.param.ParameterException("solver", solver, Decoders.NAMES);
        }
        this.blocks = blocks;
        this.m2 = m2;
        this.kappa2 = kappa2;
        this.stress = stress;
        this.solver = solver.trim();
        if (rank != 0 && rank != 2) {
            throw new wick.api.param.ParameterException("rank", String.valueOf(rank), "2 (sigma_mu_nu coupled to T) or 0 (scalar sigma coupled to phi^2)");
        }
        this.model = rank == 2 ? new TensorModel(blocks, m2, kappa2, stress) : new ScalarModel(blocks, m2, kappa2);
        this.latest = new LatentState(blocks, model.components());
    }

    @Override
    public Lattice lattice() {
        return blocks.lattice();
    }

    @Override
    public String describe() {
        return (model.rank() == 0 ? "latent gravity (rank 0)" : "latent gravity") + ", m² = " + m2 + ", κ² = " + kappa2 + ", blocks " + blocks + ", " + stress.id() + " T, "
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
    public LatentModel model() {
        return model;
    }

    @Override
    public LatentState latest() {
        return latest;
    }
}
