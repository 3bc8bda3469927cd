package wick.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import wick.model.fock.internal.FockKernels;

/**
 * Model 1 time evolution {@code e^{−iHt} h_0} (PHYSICS 3) by Wick's Krylov propagator, for the
 * side-by-side comparison with QuTiP's {@code sesolve} ({@code fock-qutip.sh}, {@code qutip_evolve.py}).
 * Builds {@code P H P} of the zero-momentum sector of the mode basis (N sites, a = 1, m² = 1, λ = 6,
 * energy truncation), writes it in CSR text form with the start state, evolves to time T (one warm-up,
 * then the best of {@code rounds} timed runs), and writes the final state.
 *
 * <p>Usage: {@code FockEvolveBench SITES TRUNCATION T TOLERANCE KRYLOV ROUNDS DIR}; prints one line
 * {@code dim=… nnz=… ms=… substeps=… energy0=… energyT=… norm=…}.
 */
public final class FockEvolveBench {
    private FockEvolveBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 7) {
            System.err.println("usage: FockEvolveBench SITES TRUNCATION T TOLERANCE KRYLOV ROUNDS DIR");
            System.exit(2);
        }
        int sites = Integer.parseInt(args[0]);
        String truncation = args[1];
        double t = Double.parseDouble(args[2]);
        double tol = Double.parseDouble(args[3]);
        int krylov = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        Path dir = Path.of(args[6]);
        FockKernels k = FockKernels.modeHamiltonian(sites, 1, 1, 6, truncation, 0);
        k.writeCsr(dir.resolve("csr.txt"));
        double[] start = k.startState(8);
        write(dir.resolve("psi0.txt"), start);
        double[] state = start.clone();
        long substeps = k.evolve(state, t, krylov, tol); // warm-up
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            state = start.clone();
            long t0 = System.nanoTime();
            substeps = k.evolve(state, t, krylov, tol);
            best = Math.min(best, System.nanoTime() - t0);
        }
        write(dir.resolve("psi_wick.txt"), state);
        int n = k.dimension();
        double norm = 0;
        for (double x : state) {
            norm += x * x;
        }
        System.out.printf(Locale.ROOT, "dim=%d nnz=%d ms=%.3f substeps=%d energy0=%.12f energyT=%.12f norm=%.15f%n", n, k.nonZeros(),
                best * 1e-6, substeps, k.energy(start), k.energy(state), Math.sqrt(norm));
    }

    /** One line per component: {@code re im}. */
    private static void write(Path file, double[] state) throws IOException {
        int n = state.length / 2;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < n; i++) {
                w.write(String.format(Locale.ROOT, "%.17g %.17g%n", state[i], state[n + i]));
            }
        }
    }
}
