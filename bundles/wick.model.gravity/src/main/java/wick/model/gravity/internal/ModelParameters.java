package wick.model.gravity.internal;

import java.io.IOException;
import java.nio.file.Path;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;
import wick.model.gravity.SigmaFieldFile;
import wick.model.gravity.StressOption;

/**
 * The shared parameters of the Model 3 compute tasks: {@code lattice}, {@code spacing}, {@code m2},
 * {@code kappa2}, {@code block}, {@code stress}, {@code rank}, and σ given as homogeneous values or
 * {@code sigma:FILE} (a {@link SigmaFieldFile} or a run directory holding one).
 */
final class ModelParameters {
    /** The prefix of a σ given by file. */
    static final String FILE_PREFIX = "sigma:";

    private ModelParameters() {
    }

    /** The model from the parameters. */
    static LatentModel model(Parameters p) {
        Lattice lattice = Lattice.parse(p.string("lattice"), p.string("spacing"));
        return model(Blocks.parse(lattice, p.string("block")), p);
    }

    static LatentModel model(Blocks blocks, Parameters p) {
        LatentGravityTarget target = new LatentGravityTarget(blocks, p.real("m2"), p.real("kappa2"),
                StressOption.parse(p.string("stress")), Decoders.CG, p.has("rank") ? p.integer("rank") : 2);
        return target.model();
    }

    /**
     * σ from a parameter: {@code sigma:FILE} (tensor model; the file's lattice and blocks are used
     * and must match {@code lattice}/{@code spacing}/{@code block}), or homogeneous values: one number
     * s (σ = s δ; rank 0: σ = s) or P numbers comma-separated in storage order (00, 01, 11 for D = 2).
     *
     * @throws ParameterException naming {@code name}
     */
    static double[] sigma(LatentModel model, String name, String value) {
        int p = model.components();
        String v = value == null ? "" : value.trim();
        if (v.startsWith(FILE_PREFIX)) {
            if (model.rank() != 2) {
                throw new ParameterException(name, value, "homogeneous values for rank 0 (a sigma file holds sigma_mu_nu)");
            }
            LatentField f;
            try {
                f = SigmaFieldFile.read(Path.of(v.substring(FILE_PREFIX.length())));
            } catch (IOException | RuntimeException e) {
                throw new ParameterException(name, value, "sigma:FILE naming a readable sigma field file (" + e.getMessage() + ")");
            }
            Blocks fb = f.blocks();
            if (!fb.lattice().equals(model.lattice()) || !fb.toString().equals(model.blocks().toString())) {
                throw new ParameterException(name, value, "a sigma file on lattice " + model.lattice().extentsString() + " (spacing "
                        + model.lattice().spacingsString() + ") with blocks " + model.blocks() + "; the file has "
                        + fb.lattice().extentsString() + " (spacing " + fb.lattice().spacingsString() + ") with blocks " + fb);
            }
            return f.values().clone();
        }
        String[] parts = v.split(",");
        double[] block = new double[p];
        try {
            if (parts.length == 1) {
                block = GapEquation.direction(model, Double.parseDouble(parts[0].trim()));
            } else if (parts.length == p) {
                for (int q = 0; q < p; q++) {
                    block[q] = Double.parseDouble(parts[q].trim());
                }
            } else {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new ParameterException(name, value, "one number s (sigma = s delta), " + p + " numbers comma-separated ("
                    + components(model) + "), or sigma:FILE");
        }
        double[] sigma = new double[model.blocks().count() * p];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = block[i % p];
        }
        if (!model.inOmega(sigma, 0)) {
            throw new ParameterException(name, value, "a value in Omega (" + (model.rank() == 0 ? "m2 + 2 sigma > 0"
                    : "c = (1 + tr sigma) I - 2 sigma positive definite, 1 + tr sigma > 0") + ")");
        }
        return sigma;
    }

    private static String components(LatentModel model) {
        StringBuilder b = new StringBuilder();
        for (int q = 0; q < model.components(); q++) {
            b.append(q == 0 ? "" : ", ").append(model.componentName(q).isEmpty() ? "sigma" : model.componentName(q));
        }
        return b.toString();
    }

    /** Lattice means of σ per component, a new array. */
    static double[] latticeMean(LatentModel model, double[] sigma) {
        int p = model.components();
        double[] m = new double[p];
        int nb = model.blocks().count();
        for (int i = 0; i < sigma.length; i++) {
            m[i % p] += sigma[i] / nb;
        }
        return m;
    }

    /** σ as a field result of shape {@code [g_0, ..., g_{D−1}, P]}. */
    static wick.api.result.FieldResult field(LatentModel model, double[] sigma, String label) {
        int d = model.lattice().dimension();
        int[] shape = new int[d + 1];
        for (int mu = 0; mu < d; mu++) {
            shape[mu] = model.lattice().extent(mu) / model.blocks().extent(mu);
        }
        shape[d] = model.components();
        return new wick.api.result.FieldResult(shape, sigma, label);
    }

    /** Weighted least-squares line {@code y = a + b x}: slope, its error, and χ²/dof (NaN for 2 points). */
    record Line(double intercept, double slope, double slopeError, double chi2PerDof) {
    }

    /**
     * @param error standard errors of y (all > 0), or null for an unweighted fit whose slope error
     *              comes from the scatter of the residuals
     */
    static Line fit(double[] x, double[] y, double[] error) {
        int n = x.length;
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double w = error == null ? 1 : 1 / (error[i] * error[i]);
            sw += w;
            sx += w * x[i];
            sy += w * y[i];
            sxx += w * x[i] * x[i];
            sxy += w * x[i] * y[i];
        }
        double det = sw * sxx - sx * sx;
        double b = (sw * sxy - sx * sy) / det;
        double a = (sy - b * sx) / sw;
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - a - b * x[i];
            chi2 += error == null ? r * r : r * r / (error[i] * error[i]);
        }
        double dof = n - 2;
        double varB = sw / det;
        if (error == null) {
            varB *= dof > 0 ? chi2 / dof : Double.NaN;
        }
        return new Line(a, b, Math.sqrt(varB), dof > 0 ? chi2 / dof : Double.NaN);
    }
}
