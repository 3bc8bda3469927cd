package wick.model.fock.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;

/** Shared helpers of the tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Parameters parameters(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return Parameters.of(m);
    }

    static Truncation nmax(int k) {
        return new Truncation(Truncation.Kind.NMAX, k);
    }

    static Truncation energy(double e) {
        return new Truncation(Truncation.Kind.ENERGY, e);
    }

    static SparseMatrix hamiltonian(FockModel model, FockBasis basis) {
        return model.hamiltonian(basis, ProgressMonitor.NONE);
    }

    static FockBasis basis(FockModel model, Truncation t, int sector) {
        return model.basis(t, sector, ProgressMonitor.NONE);
    }

    /** A complex vector with a unit real component at {@code s}. */
    static double[] unit(int n, int s) {
        double[] v = new double[2 * n];
        v[s] = 1;
        return v;
    }
}
