package wick.sampler.gaussian.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.model.GaussianConditionalTarget;
import wick.api.model.GaussianSymbolTarget;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;

/** The single-site heat bath: the contract, plus its exact conditional update. */
class HeatBathSamplerTest extends GaussianSamplerContract {
    @Override
    Sampler sampler() {
        return new HeatBathSampler();
    }

    @Override
    long seed() {
        return 12;
    }

    @Test
    void idAndCapability() {
        assertEquals("heatbath", sampler().id());
        assertEquals(List.of(GaussianConditionalTarget.class), sampler().requires());
    }

    /** The reject path: a Gaussian target with a symbol but without conditionals is not accepted. */
    @Test
    void refusesATargetWithOnlyASymbol() {
        GaussianSymbolTarget symbolOnly = new GaussianSymbolTarget() {
            @Override
            public Lattice lattice() {
                return target.lattice();
            }

            @Override
            public String describe() {
                return "symbol only";
            }

            @Override
            public double[] precisionSymbol() {
                return target.precisionSymbol();
            }
        };
        assertRefused(sampler(), symbolOnly);
    }

    /** One sweep is φ_n ← μ_n + ξ_n/√K_nn in index order, with ξ_n the stream's Gaussians in order. */
    @Test
    void sweepDrawsEachSiteFromItsConditionalInIndexOrder() {
        Move move = sampler().bind(target, Parameters.empty());
        int v = LATTICE.volume();
        RandomStream random = RandomStream.of(8);
        RandomStream replay = RandomStream.fromState(random.state());
        double[] field = new double[v];
        for (int n = 0; n < v; n++) {
            field[n] = Math.sin(n + 1.0);
        }
        double[] expected = field.clone();
        for (int n = 0; n < v; n++) {
            expected[n] = target.conditionalMean(expected, n) + replay.nextGaussian() / Math.sqrt(target.diagonalPrecision(n));
        }
        move.sweep(field, random);
        for (int n = 0; n < v; n++) {
            assertEquals(expected[n], field[n], Tolerance.EXACT * Math.abs(expected[n]), "site " + n);
        }
        assertArrayEquals(replay.state(), random.state());
    }
}
