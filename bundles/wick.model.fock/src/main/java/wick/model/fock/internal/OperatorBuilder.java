package wick.model.fock.internal;

import java.util.Arrays;
import java.util.List;

import wick.api.progress.ProgressMonitor;

/**
 * Builds the truncated matrix {@code P O P} of an operator given as a sum of {@link LadderWord}s plus
 * a diagonal, exactly: each word is applied to each basis state in the untruncated Fock space and the
 * result is kept when it lies in the basis (PHYSICS 3: not a product of truncated ladder matrices).
 * Hermitian operators are built row by row ({@code ⟨i|O|j⟩ = conj ⟨j|O|i⟩}); general ones through
 * their columns and a transpose.
 */
final class OperatorBuilder {
    /** Entries with modulus below this times the largest coefficient are exact cancellations and are dropped. */
    private static final double CANCELLATION = 1e-14;

    /** A diagonal term {@code d(state)}. */
    interface Diagonal {
        double value(int state);
    }

    private OperatorBuilder() {
    }

    /**
     * {@code P O P} for a Hermitian {@code O = Σ words + diag}.
     *
     * @param diagonal may be {@code null}
     */
    static SparseMatrix hermitian(FockBasis basis, List<LadderWord> words, Diagonal diagonal, ProgressMonitor progress) {
        return build(basis, words, diagonal, true, progress);
    }

    /** {@code P O P} for any {@code O = Σ words} (e.g. an annihilator). */
    static SparseMatrix general(FockBasis basis, List<LadderWord> words, ProgressMonitor progress) {
        SparseMatrix columns = build(basis, words, null, false, progress);
        return transpose(columns);
    }

    private static SparseMatrix build(FockBasis basis, List<LadderWord> words, Diagonal diagonal, boolean hermitian,
            ProgressMonitor progress) {
        int n = basis.dimension();
        int m = basis.modes();
        LadderWord[] w = words.toArray(new LadderWord[0]);
        boolean complex = false;
        double scale = 0;
        for (LadderWord x : w) {
            complex |= x.im() != 0;
            scale = Math.max(scale, Math.hypot(x.re(), x.im()));
        }
        double drop = CANCELLATION * scale;
        double[] accRe = new double[n];
        double[] accIm = new double[n];
        boolean[] mark = new boolean[n];
        int[] touched = new int[16];
        int[] occ = new int[m];
        int[] start = new int[m];
        int[] rowStart = new int[n + 1];
        int[] cols = new int[Math.max(16, n * 4)];
        double[] re = new double[cols.length];
        double[] im = complex ? new double[cols.length] : null;
        int nnz = 0;
        long last = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if ((i & 255) == 0 && System.nanoTime() - last > 100_000_000L) {
                progress.checkCancelled();
                progress.report((double) i / n, "building the truncated operator, row " + i + " of " + n);
                last = System.nanoTime();
            }
            int count = 0;
            basis.occupations(i, start);
            if (diagonal != null) {
                double d = diagonal.value(i);
                if (d != 0) {
                    mark[i] = true;
                    touched[count++] = i;
                    accRe[i] = d;
                }
            }
            for (LadderWord x : w) {
                System.arraycopy(start, 0, occ, 0, m);
                double amp = x.apply(occ);
                if (amp == 0) {
                    continue;
                }
                int j = basis.indexOf(occ);
                if (j < 0) {
                    continue;
                }
                if (!mark[j]) {
                    mark[j] = true;
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = j;
                }
                accRe[j] += amp * x.re();
                accIm[j] += amp * x.im();
            }
            Arrays.sort(touched, 0, count);
            if (nnz + count > cols.length) {
                int cap = Math.max(cols.length * 2, nnz + count);
                cols = Arrays.copyOf(cols, cap);
                re = Arrays.copyOf(re, cap);
                if (im != null) {
                    im = Arrays.copyOf(im, cap);
                }
            }
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                double vr = accRe[j];
                double vi = accIm[j];
                accRe[j] = 0;
                accIm[j] = 0;
                mark[j] = false;
                if (Math.hypot(vr, vi) <= drop && j != i) {
                    continue;
                }
                cols[nnz] = j;
                re[nnz] = vr;
                if (im != null) {
                    // row i of a Hermitian O is the conjugate of column i; for the general build this is column storage
                    im[nnz] = hermitian ? -vi : vi;
                }
                nnz++;
            }
            rowStart[i + 1] = nnz;
        }
        return new SparseMatrix(n, rowStart, Arrays.copyOf(cols, nnz), Arrays.copyOf(re, nnz),
                im == null ? null : Arrays.copyOf(im, nnz));
    }

    /** Transposes a matrix stored by columns into rows (no conjugation). */
    private static SparseMatrix transpose(SparseMatrix c) {
        int n = c.size();
        int[] cs = c.rowStart();
        int[] ci = c.columns();
        double[] cr = c.real();
        int nnz = c.nonZeros();
        int[] rowStart = new int[n + 1];
        for (int p = 0; p < nnz; p++) {
            rowStart[ci[p] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] fill = Arrays.copyOf(rowStart, n);
        int[] cols = new int[nnz];
        double[] re = new double[nnz];
        if (!c.isReal()) {
            throw new IllegalArgumentException("general complex operators are not needed here");
        }
        for (int col = 0; col < n; col++) {
            for (int p = cs[col]; p < cs[col + 1]; p++) {
                int q = fill[ci[p]]++;
                cols[q] = col;
                re[q] = cr[p];
            }
        }
        return new SparseMatrix(n, rowStart, cols, re, null);
    }
}
