package org.example.slice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.model.LocalActionTarget;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;

/** Parameters are checked with messages naming them; the move samples a one-site Gaussian exactly. */
class SliceSamplerTest {
    private static final double Z = 4;

    @Test
    void badParametersAreNamed() {
        SliceSampler s = new SliceSampler();
        LocalActionTarget gaussian = gaussian(1.0);
        ParameterException w = assertThrows(ParameterException.class, () -> s.bind(gaussian, Parameters.of(Map.of("width", 0.0))));
        assertEquals("width", w.parameter(), w.getMessage());
        ParameterException m = assertThrows(ParameterException.class, () -> s.bind(gaussian, Parameters.of(Map.of("maxSteps", 0))));
        assertEquals("maxSteps", m.parameter(), m.getMessage());
    }

    /**
     * One site with {@code S = x²/(2σ²)}: successive slice updates are independent enough that the
     * variance estimate {@code (1/N) Σ x²} has a known spread; with σ = 3 and w = 0.5 the stepping
     * out is what reaches the tails (m = 10 steps cover ±5 w only, far less than 3σ: still exact).
     */
    @Test
    void oneSiteGaussianVarianceIsExactForAnyWidth() {
        double sigma = 3;
        for (double width : new double[] {0.5, 1, 20}) {
            Move move = new SliceSampler().bind(gaussian(sigma), Parameters.of(Map.of("width", width)));
            RandomStream r = RandomStream.of(99);
            double[] x = new double[1];
            int n = 100_000;
            int bins = 100;
            double[] binMeans = new double[bins];
            for (int i = 0; i < 1000; i++) {
                move.sweep(x, r);
            }
            for (int i = 0; i < n; i++) {
                move.sweep(x, r);
                binMeans[i / (n / bins)] += x[0] * x[0] / (n / bins);
            }
            double mean = 0;
            for (double b : binMeans) {
                mean += b / bins;
            }
            double var = 0;
            for (double b : binMeans) {
                var += (b - mean) * (b - mean) / (bins - 1);
            }
            double error = Math.sqrt(var / bins);
            assertTrue(Math.abs(mean - sigma * sigma) < Z * error,
                    "width " + width + ": <x^2> = " + mean + " ± " + error + ", exact " + sigma * sigma);
        }
    }

    private static LocalActionTarget gaussian(double sigma) {
        return new LocalActionTarget() {
            @Override
            public double localActionChange(double[] field, int site, double newValue) {
                return (newValue * newValue - field[site] * field[site]) / (2 * sigma * sigma);
            }

            @Override
            public Lattice lattice() {
                return Lattice.of(1);
            }

            @Override
            public String describe() {
                return "one Gaussian site, sigma = " + sigma;
            }
        };
    }
}
