package wick.sampler.hmc.internal;

import java.util.function.ToDoubleFunction;

import wick.api.random.RandomStream;
import wick.api.sampler.Move;

/** Runs a move and records one number per sweep. */
final class Chains {
    private Chains() {
    }

    /** Thermalises ({@code endThermalization} and {@code resetStatistics} after), then records {@code n} values. */
    static double[] run(Move move, double[] field, RandomStream random, int thermalization, int n,
            ToDoubleFunction<double[]> observable) {
        for (int i = 0; i < thermalization; i++) {
            move.sweep(field, random);
        }
        move.endThermalization();
        move.resetStatistics();
        double[] series = new double[n];
        for (int i = 0; i < n; i++) {
            move.sweep(field, random);
            series[i] = observable.applyAsDouble(field);
        }
        return series;
    }

    static double magnetisation(double[] field) {
        double s = 0;
        for (double f : field) {
            s += f;
        }
        return s / field.length;
    }
}
