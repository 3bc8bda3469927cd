package wick.model.gravity.internal;

import wick.model.gravity.Blocks;
import wick.model.gravity.KSigma;
import wick.model.gravity.LatentField;
import wick.model.gravity.StressOption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/** The Gibbs sampler of the joint p(φ, σ). */
class GibbsSamplerTest {
    private static double freePhi2(Lattice lattice, double m2) {
        KSigma k0 = new KSigma(lattice, m2, StressOption.SYMMETRIC, new LatentField(Blocks.sites(lattice)));
        DMatrixRMaj g = k0.dense();
        CommonOps_DDRM.invert(g);
        return CommonOps_DDRM.trace(g) / lattice.volume();
    }

    @Test
    void smallKappaGivesTheFreeField() {
        Lattice lattice = Lattice.of(4, 4);
        double m2 = 0.7;
        LatentGravityTarget target = new LatentGravityTarget(Blocks.parse(lattice, "2x2"), m2, 1e-4, StressOption.SYMMETRIC, "dense");
        Move move = new GibbsSampler().bind(target, Parameters.empty());
        RandomStream r = RandomStream.of(21);
        double[] phi = new double[lattice.volume()];
        int n = 20_000;
        double[] phi2 = new double[n];
        for (int k = 0; k < 10; k++) {
            move.sweep(phi, r);
        }
        for (int k = 0; k < n; k++) {
            move.sweep(phi, r);
            double s = 0;
            for (double f : phi) {
                s += f * f;
            }
            phi2[k] = s / phi.length;
            assertTrue(target.latest().sigma().inOmega());
        }
        GammaEstimate e = GammaMethod.analyse(phi2);
        assertEquals(freePhi2(lattice, m2), e.mean(), Tolerance.STANDARD_ERRORS * e.error());
        assertEquals(1.0, move.acceptance());
    }

    @Test
    void checkpointContinuesBitIdentically() {
        Lattice lattice = Lattice.of(4, 4);
        LatentGravityTarget target = new LatentGravityTarget(Blocks.parse(lattice, "2x2"), 1, 0.5, StressOption.SYMMETRIC, "cg");
        Move move = new GibbsSampler().bind(target, Parameters.empty());
        RandomStream r = RandomStream.of(22);
        double[] phi = new double[lattice.volume()];
        for (int k = 0; k < 5; k++) {
            move.sweep(phi, r);
        }
        double[] state = move.saveState();
        assertFalse(java.util.Arrays.equals(state, new double[state.length]), "sigma moved away from 0");
        double[] phiA = phi.clone();
        RandomStream a = RandomStream.of(23);
        for (int k = 0; k < 3; k++) {
            move.sweep(phiA, a);
        }
        // a fresh move on a fresh target, restored from the checkpoint, continues identically
        LatentGravityTarget target2 = new LatentGravityTarget(Blocks.parse(lattice, "2x2"), 1, 0.5, StressOption.SYMMETRIC, "cg");
        Move fresh = new GibbsSampler().bind(target2, Parameters.empty());
        fresh.restoreState(state);
        double[] phiB = phi.clone();
        RandomStream b = RandomStream.of(23);
        for (int k = 0; k < 3; k++) {
            fresh.sweep(phiB, b);
        }
        assertArrayEquals(phiA, phiB);
        assertArrayEquals(move.saveState(), fresh.saveState());
        assertArrayEquals(target.latest().sigma().values(), target2.latest().sigma().values());
    }

    @Test
    void bindsOnlyTheGravityTarget() {
        GibbsSampler gibbs = new GibbsSampler();
        Target other = new Target() {
            @Override
            public Lattice lattice() {
                return Lattice.of(2, 2);
            }

            @Override
            public String describe() {
                return "not gravity";
            }
        };
        assertFalse(gibbs.accepts(other));
        assertThrows(IllegalArgumentException.class, () -> gibbs.bind(other, Parameters.empty()));
        assertEquals("gibbs", gibbs.id());
    }
}
