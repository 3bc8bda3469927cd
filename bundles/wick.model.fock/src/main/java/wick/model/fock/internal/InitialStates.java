package wick.model.fock.internal;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;

/**
 * Initial states of {@code fock.evolve} and {@code fock.measure}, as complex vectors on a basis
 * (projected on the truncation and renormalised): {@code vacuum} {@code |0…0⟩}; {@code ground} the
 * lowest eigenvector of {@code P H P}; {@code occupation} {@code |n_0, …, n_{N−1}⟩} (an n-particle
 * momentum state in the mode basis); {@code coherent}
 * {@code e^{−|α|²/2} Σ_n α^n/√n! |n⟩} in mode (or site) {@code mode}; {@code packet} the one-particle
 * wave packet {@code Σ_k e^{−(k−k0)²σ²/2 − ik x0} a_k†|0⟩} (mode basis), {@code k = 2πj/(Na)} with
 * {@code j} taken in {@code (−N/2, N/2]}.
 */
final class InitialStates {
    static final String HELP = "vacuum, ground, occupation (see occupations), coherent (see mode, alpha) or packet (see x0, k0, width; mode basis)";

    private InitialStates() {
    }

    static double[] create(Parameters p, FockModel model, FockBasis basis, SparseMatrix h) {
        String kind = p.has("initial") ? p.string("initial") : "vacuum";
        int n = basis.dimension();
        int modes = basis.modes();
        double[] state = new double[2 * n];
        switch (kind) {
            case "vacuum" -> put(state, basis, new int[modes], 1, 0, "initial");
            case "ground" -> {
                double[] g = EigenSolver.lowest(h, 1, "auto", wick.api.random.RandomStream.of(1),
                        wick.api.progress.ProgressMonitor.NONE).vectors()[0];
                System.arraycopy(g, 0, state, 0, n);
            }
            case "occupation" -> put(state, basis, occupations(p.has("occupations") ? p.string("occupations") : "", modes), 1, 0,
                    "occupations");
            case "coherent" -> {
                int mode = p.integer("mode");
                if (mode < 0 || mode >= modes) {
                    throw new ParameterException("mode", String.valueOf(mode), "a mode index 0.." + (modes - 1));
                }
                double alpha = p.real("alpha");
                int[] occ = new int[modes];
                double amp = Math.exp(-alpha * alpha / 2);
                for (int k = 0; k <= 10000; k++) {
                    occ[mode] = k;
                    int s = basis.indexOf(occ);
                    if (s >= 0) {
                        state[s] += amp;
                    } else if (k > alpha * alpha + 10 * Math.abs(alpha) + 10) {
                        break;
                    }
                    amp *= alpha / Math.sqrt(k + 1);
                }
            }
            case "packet" -> {
                if (!model.momentumLabels()) {
                    throw new ParameterException("initial", kind, "vacuum, ground, occupation or coherent in the site basis");
                }
                double x0 = p.real("x0");
                double k0 = p.real("k0");
                double sigma = p.real("width");
                double a = model.spacing();
                int[] occ = new int[modes];
                for (int j = 0; j < modes; j++) {
                    int signed = j > modes / 2 ? j - modes : j;
                    double k = 2 * Math.PI * signed / (modes * a);
                    double env = Math.exp(-(k - k0) * (k - k0) * sigma * sigma / 2);
                    occ[j] = 1;
                    int s = basis.indexOf(occ);
                    occ[j] = 0;
                    if (s >= 0) {
                        state[s] += env * Math.cos(k * x0);
                        state[n + s] -= env * Math.sin(k * x0);
                    }
                }
            }
            default -> throw new ParameterException("initial", kind, HELP);
        }
        double norm = ComplexVectors.norm(state, n);
        if (norm == 0) {
            throw new ParameterException("initial", kind, "a state with a component inside the truncation and sector");
        }
        ComplexVectors.scale(state, 1 / norm, n);
        return state;
    }

    private static void put(double[] state, FockBasis basis, int[] occ, double re, double im, String parameter) {
        int s = basis.indexOf(occ);
        if (s < 0) {
            throw new ParameterException(parameter, java.util.Arrays.toString(occ), "a basis state inside the truncation and sector");
        }
        state[s] = re;
        state[basis.dimension() + s] = im;
    }

    /** Parses {@code "n0,n1,..."} with exactly {@code modes} entries ≥ 0 (empty: the vacuum). */
    static int[] occupations(String text, int modes) {
        int[] occ = new int[modes];
        if (text.isBlank()) {
            return occ;
        }
        String[] parts = text.split(",");
        if (parts.length != modes) {
            throw new ParameterException("occupations", text, modes + " comma-separated integers >= 0");
        }
        for (int i = 0; i < modes; i++) {
            try {
                occ[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException("occupations", text, modes + " comma-separated integers >= 0");
            }
            if (occ[i] < 0) {
                throw new ParameterException("occupations", text, modes + " comma-separated integers >= 0");
            }
        }
        return occ;
    }
}
