package wick.model.fock.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import wick.api.progress.ProgressMonitor;

/**
 * The public entry point for tools that run outside OSGi on a flat class path (the benchmarks): one
 * truncated mode-basis Hamiltonian {@code P H P} of one momentum sector, its CSR form on disk, a
 * start state and the Krylov evolution. The package stays private to the bundle; nothing inside the
 * workbench uses this class.
 */
public final class FockKernels {
    private final FockBasis basis;
    private final SparseMatrix h;

    private FockKernels(FockBasis basis, SparseMatrix h) {
        this.basis = basis;
        this.h = h;
    }

    /**
     * Builds {@code P H P} in the mode basis.
     *
     * @param truncation {@code nmax:K}, {@code particles:K} or {@code energy:E}
     * @param sector     momentum index, or −1 for all sectors
     */
    public static FockKernels modeHamiltonian(int sites, double spacing, double m2, double lambda, String truncation, int sector) {
        ModeModel model = new ModeModel(new Modes(sites, spacing, m2), lambda, false);
        FockBasis b = model.basis(Truncation.parse(truncation), sector, ProgressMonitor.NONE);
        return new FockKernels(b, model.hamiltonian(b, ProgressMonitor.NONE));
    }

    public int dimension() {
        return basis.dimension();
    }

    public int nonZeros() {
        return h.nonZeros();
    }

    /**
     * Writes the matrix as text: a line {@code n nnz}, then {@code n+1} row pointers, then {@code nnz}
     * lines {@code column value} (17 significant digits), row by row.
     */
    public void writeCsr(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            int n = h.size();
            w.write(n + " " + h.nonZeros() + "\n");
            for (int i = 0; i <= n; i++) {
                w.write(h.rowStart()[i] + "\n");
            }
            for (int p = 0; p < h.nonZeros(); p++) {
                w.write(h.columns()[p] + " " + String.format(java.util.Locale.ROOT, "%.17g", h.real()[p]) + "\n");
            }
        }
    }

    /**
     * A normalised complex start state {@code [re | im]}: equal weight on the lowest-energy basis
     * states {@code 0..count−1} of the enumeration with phases {@code e^{i s}}.
     */
    public double[] startState(int count) {
        int n = basis.dimension();
        double[] s = new double[2 * n];
        int c = Math.min(count, n);
        for (int i = 0; i < c; i++) {
            s[i] = Math.cos(i) / Math.sqrt(c);
            s[n + i] = Math.sin(i) / Math.sqrt(c);
        }
        return s;
    }

    /**
     * {@code state ← e^{−iHt} state} by the Krylov propagator.
     *
     * @return the number of substeps
     */
    public long evolve(double[] state, double t, int krylov, double tolerance) {
        KrylovPropagator k = new KrylovPropagator(h, krylov, tolerance);
        k.advance(state, t);
        return k.substeps();
    }

    /** {@code ⟨state|H|state⟩}. */
    public double energy(double[] state) {
        return h.expectation(state, new double[state.length]);
    }
}
