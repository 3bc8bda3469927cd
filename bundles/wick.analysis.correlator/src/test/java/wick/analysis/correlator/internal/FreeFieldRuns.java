package wick.analysis.correlator.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.lattice.FftGaussianSampler;
import wick.lattice.Symbols;
import wick.lattice.ZeroMomentumCorrelator;

/**
 * Free-field test data without OSGi: independent exact configurations from
 * {@link FftGaussianSampler} with the symbol {@link Symbols#euclidean}, measured with
 * {@link ZeroMomentumCorrelator}, and written as a run directory in the engine's format
 * ({@code run.json}, {@code measurements.csv} with {@code sweep,sampler,acceptance,phi2,C0..}).
 */
final class FreeFieldRuns {
    private FreeFieldRuns() {
    }

    /** {@code columns[τ][i]}: C(τ) of independent configuration i. */
    static double[][] measure(Lattice lattice, double m2, int samples, long seed) {
        FftGaussianSampler sampler = new FftGaussianSampler(lattice, Symbols.euclidean(lattice, m2));
        ZeroMomentumCorrelator correlator = new ZeroMomentumCorrelator(lattice);
        RandomStream random = RandomStream.of(seed);
        int nt = lattice.extent(0);
        double[][] columns = new double[nt][samples];
        double[] a = new double[lattice.volume()];
        double[] b = new double[lattice.volume()];
        double[] c = new double[nt];
        for (int i = 0; i < samples; i += 2) {
            sampler.sample(random, a, b);
            correlator.measure(a, c);
            for (int t = 0; t < nt; t++) {
                columns[t][i] = c[t];
            }
            if (i + 1 < samples) {
                correlator.measure(b, c);
                for (int t = 0; t < nt; t++) {
                    columns[t][i + 1] = c[t];
                }
            }
        }
        return columns;
    }

    /** Writes a {@code free.sample} run directory with these measurements into {@code dir}. */
    static Path write(Path dir, Lattice lattice, double m2, double[][] columns, long seed) throws IOException {
        Files.createDirectories(dir);
        String runJson = "{\n  \"task\": \"free.sample\",\n  \"kind\": \"chain\",\n  \"parameters\": {\n"
                + "    \"lattice\": \"" + lattice.extentsString() + "\",\n    \"spacing\": \"" + lattice.spacingsString()
                + "\",\n    \"m2\": \"" + m2 + "\",\n    \"samples\": \"" + columns[0].length
                + "\",\n    \"thermalization\": \"0\",\n    \"interval\": \"1\"\n  },\n  \"seed\": " + seed
                + ",\n  \"status\": \"completed\"\n}\n";
        Files.writeString(dir.resolve("run.json"), runJson, StandardCharsets.UTF_8);
        int nt = columns.length;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("measurements.csv"), StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder("sweep,sampler,acceptance,phi2");
            for (int t = 0; t < nt; t++) {
                h.append(",C").append(t);
            }
            w.write(h.append('\n').toString());
            for (int i = 0; i < columns[0].length; i++) {
                StringBuilder b = new StringBuilder();
                // the phi2 column is a stand-in (C(0)); the analysis reads only C0..
                b.append(i + 1).append(",exact-fft,1.0,").append(columns[0][i]);
                for (int t = 0; t < nt; t++) {
                    b.append(',').append(columns[t][i]);
                }
                w.write(b.append('\n').toString());
            }
        }
        return dir;
    }

    /** Measures and writes in one go. */
    static Path run(Path dir, Lattice lattice, double m2, int samples, long seed) throws IOException {
        return write(dir, lattice, m2, measure(lattice, m2, samples, seed), seed);
    }
}
