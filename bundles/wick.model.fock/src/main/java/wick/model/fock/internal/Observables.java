package wick.model.fock.internal;

import wick.api.param.ParameterException;
import wick.api.progress.ProgressMonitor;

/**
 * The measurable observables of {@code fock.measure}: {@code n} (mode or site {@code index}),
 * {@code N} (total), {@code P} (total momentum index, mode basis), {@code H0} (free Hamiltonian, mode
 * basis), {@code H} and {@code phi} ({@code φ_x} at site {@code index}).
 */
final class Observables {
    static final String HELP = "n (occupation of mode/site 'index'), N (total number), P (total momentum index, modes), H0 (free Hamiltonian, modes), H, phi (field at site 'index')";

    private Observables() {
    }

    static Measurable of(String name, int index, FockModel model, FockBasis basis, SparseMatrix h, ProgressMonitor progress) {
        int n = basis.dimension();
        double[] values = new double[n];
        switch (name) {
            case "n" -> {
                checkIndex(index, model);
                for (int s = 0; s < n; s++) {
                    values[s] = basis.occupation(s, index);
                }
                return new DiagonalMeasurable(values);
            }
            case "N" -> {
                for (int s = 0; s < n; s++) {
                    values[s] = basis.particles(s);
                }
                return new DiagonalMeasurable(values);
            }
            case "P" -> {
                requireModes(name, model);
                for (int s = 0; s < n; s++) {
                    values[s] = basis.momentum(s);
                }
                return new DiagonalMeasurable(values);
            }
            case "H0" -> {
                requireModes(name, model);
                double zp = ((ModeModel) model).modes().zeroPoint();
                for (int s = 0; s < n; s++) {
                    values[s] = basis.freeEnergy(s) + zp;
                }
                return new DiagonalMeasurable(values);
            }
            case "H" -> {
                return new EigenMeasurable(h);
            }
            case "phi" -> {
                checkIndex(index, model);
                return new EigenMeasurable(OperatorBuilder.hermitian(basis, model.field(index), null, progress));
            }
            default -> throw new ParameterException("observable", name, HELP);
        }
    }

    private static void checkIndex(int index, FockModel model) {
        if (index < 0 || index >= model.sites()) {
            throw new ParameterException("index", String.valueOf(index), "a mode/site index 0.." + (model.sites() - 1));
        }
    }

    private static void requireModes(String name, FockModel model) {
        if (!model.momentumLabels()) {
            throw new ParameterException("observable", name, "n, N, H or phi in the site basis (" + name + " needs basis=modes)");
        }
    }
}
