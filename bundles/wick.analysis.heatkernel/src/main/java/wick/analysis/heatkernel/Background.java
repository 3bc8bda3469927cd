package wick.analysis.heatkernel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.model.gravity.Blocks;
import wick.model.gravity.LatentField;
import wick.model.gravity.SigmaFieldFile;

/**
 * A background σ for {@code K[σ]} (PHYSICS sections 4 and 5), parsed from the {@code background}
 * parameter. The metric is {@code g(n) = I + 2σ(n)} (exactly, per site). Forms:
 * <ul>
 * <li>{@code flat}: σ = 0;</li>
 * <li>{@code conformal:A,k_0,...,k_{D−1}} (modes joined by {@code +}): {@code g = e^{2ω} δ} with
 * {@code ω(n) = Σ_modes A Π_μ cos(2π k_μ n_μ / N_μ)}, i.e. {@code σ = s δ}, {@code 1 + 2s = e^{2ω}};
 * in D = 2 then {@code c = I} and {@code √g = 1 + tr σ = e^{2ω}} exactly;</li>
 * <li>{@code general:A_1,...,A_P,k_0,...,k_{D−1}} (modes joined by {@code +}): σ's components in
 * storage order ({@code 00, 01, ..., 11, ...}, P = D(D+1)/2) each {@code A_c Π_μ cos(2π k_μ n_μ/N_μ)};</li>
 * <li>{@code sigma:FILE}: a σ field file of a Model 3 run ({@link SigmaFieldFile}; a run directory works too).</li>
 * </ul>
 * Immutable (arrays returned are copies).
 */
public final class Background {
    /** Help text of the {@code background} parameter. */
    public static final String HELP = "flat; conformal:A,kt,kx for omega = A cos(2 pi kt t/Nt) cos(2 pi kx x/Nx) (one wave number per direction, "
            + "modes joined by +), g = exp(2 omega) delta; general:A00,A01,A11,kt,kx for sigma components A_c cos cos (modes joined by +); "
            + "sigma:FILE for a sigma field file of a Model 3 run (or its run directory)";
    private final String spec;
    private final Lattice lattice;
    private final LatentField sigma;
    private final double[] omega;

    private Background(String spec, Lattice lattice, LatentField sigma, double[] omega) {
        this.spec = spec;
        this.lattice = lattice;
        this.sigma = sigma;
        this.omega = omega;
    }

    /**
     * Parses a background on {@code lattice}.
     *
     * @throws ParameterException naming {@code background} for a malformed value, an unreadable file,
     *                            a file on another lattice, or a σ outside Ω / with {@code g} not positive definite
     */
    public static Background parse(String value, Lattice lattice) {
        String v = value.replace("\\,", ",").trim();
        int d = lattice.dimension();
        Background b;
        if (v.equals("flat")) {
            b = new Background(v, lattice, new LatentField(Blocks.sites(lattice)), new double[lattice.volume()]);
        } else if (v.startsWith("conformal:")) {
            double[] omega = modes(v, v.substring("conformal:".length()), 1, lattice)[0];
            LatentField sigma = new LatentField(Blocks.sites(lattice));
            for (int n = 0; n < omega.length; n++) {
                double s = 0.5 * Math.expm1(2 * omega[n]);
                for (int mu = 0; mu < d; mu++) {
                    sigma.set(n, mu, mu, s);
                }
            }
            b = new Background(v, lattice, sigma, omega);
        } else if (v.startsWith("general:")) {
            int p = LatentField.components(d);
            double[][] comps = modes(v, v.substring("general:".length()), p, lattice);
            LatentField sigma = new LatentField(Blocks.sites(lattice));
            double[] raw = sigma.values();
            for (int n = 0; n < lattice.volume(); n++) {
                for (int c = 0; c < p; c++) {
                    raw[n * p + c] = comps[c][n];
                }
            }
            b = new Background(v, lattice, sigma, null);
        } else if (v.startsWith("sigma:")) {
            String file = v.substring("sigma:".length()).trim();
            LatentField sigma;
            try {
                sigma = SigmaFieldFile.read(Path.of(file));
            } catch (IOException | RuntimeException e) {
                throw new ParameterException("background", value, "a readable sigma field file (" + e.getMessage() + ")");
            }
            if (!sigma.blocks().lattice().equals(lattice)) {
                throw new ParameterException("background", value, "a sigma field on the task's lattice " + lattice.extentsString()
                        + " with spacing " + lattice.spacingsString() + " (the file holds " + sigma.blocks().lattice().extentsString()
                        + " with spacing " + sigma.blocks().lattice().spacingsString() + ")");
            }
            b = new Background(v, lattice, sigma, null);
        } else {
            throw new ParameterException("background", value, "flat, conformal:A,k_0,...,k_{D-1}[+...], general:A_1..A_P,k_0..k_{D-1}[+...] or sigma:FILE");
        }
        int out = b.sigma.firstOutsideOmega();
        if (out >= 0) {
            throw new ParameterException("background", value, "a sigma inside Omega (c = (1 + tr sigma) I - 2 sigma positive definite and 1 + tr sigma > 0); block " + out + " is outside: use smaller amplitudes");
        }
        double[] sg = b.sqrtG();
        for (int n = 0; n < sg.length; n++) {
            if (!(sg[n] > 0)) {
                throw new ParameterException("background", value, "a metric g = I + 2 sigma positive definite at every site; site " + n + " has det g <= 0: use smaller amplitudes");
            }
        }
        return b;
    }

    private static double[][] modes(String value, String body, int amplitudes, Lattice lattice) {
        int d = lattice.dimension();
        int v = lattice.volume();
        double[][] out = new double[amplitudes][v];
        int[] x = new int[d];
        for (String mode : body.split("\\+")) {
            String[] parts = mode.trim().split(",");
            if (parts.length != amplitudes + d) {
                throw new ParameterException("background", value, String.format(Locale.ROOT,
                        "%d amplitude(s) and %d wave numbers (one per direction, time first) per mode, comma-separated; modes joined by +", amplitudes, d));
            }
            double[] a = new double[amplitudes];
            int[] k = new int[d];
            try {
                for (int c = 0; c < amplitudes; c++) {
                    a[c] = Double.parseDouble(parts[c].trim());
                    if (!Double.isFinite(a[c])) {
                        throw new NumberFormatException();
                    }
                }
                for (int mu = 0; mu < d; mu++) {
                    k[mu] = Integer.parseInt(parts[amplitudes + mu].trim());
                }
            } catch (NumberFormatException e) {
                throw new ParameterException("background", value, "finite amplitudes and integer wave numbers in each mode '" + mode + "'");
            }
            for (int n = 0; n < v; n++) {
                lattice.coordinates(n, x);
                double f = 1;
                for (int mu = 0; mu < d; mu++) {
                    f *= Math.cos(2 * Math.PI * k[mu] * x[mu] / lattice.extent(mu));
                }
                for (int c = 0; c < amplitudes; c++) {
                    out[c][n] += a[c] * f;
                }
            }
        }
        return out;
    }

    /** The parameter value this background came from. */
    public String spec() {
        return spec;
    }

    public Lattice lattice() {
        return lattice;
    }

    /** σ (a new copy). */
    public LatentField sigma() {
        LatentField copy = new LatentField(sigma.blocks());
        System.arraycopy(sigma.values(), 0, copy.values(), 0, sigma.values().length);
        return copy;
    }

    /** Whether the background is conformal with a known ω ({@code flat} or {@code conformal:}). */
    public boolean isConformal() {
        return omega != null;
    }

    /** ω per site (a copy), or {@code null} when the background is not given as conformal. */
    public double[] omega() {
        return omega == null ? null : omega.clone();
    }

    /** {@code g_{μν}(n) = δ_{μν} + 2σ_{μν}(n)}, row-major per site: {@code g[n·D² + μD + ν]}; a new array. */
    public double[] metric() {
        int d = lattice.dimension();
        int v = lattice.volume();
        double[] g = new double[v * d * d];
        for (int n = 0; n < v; n++) {
            int b = sigma.blocks().blockOf(n);
            for (int mu = 0; mu < d; mu++) {
                for (int nu = 0; nu < d; nu++) {
                    g[n * d * d + mu * d + nu] = (mu == nu ? 1 : 0) + 2 * sigma.get(b, mu, nu);
                }
            }
        }
        return g;
    }

    /** {@code √det g(n)} per site, a new array (NaN where {@code det g < 0}). */
    public double[] sqrtG() {
        int d = lattice.dimension();
        double[] g = metric();
        double[] out = new double[lattice.volume()];
        double[] m = new double[d * d];
        for (int n = 0; n < out.length; n++) {
            System.arraycopy(g, n * d * d, m, 0, d * d);
            out[n] = Math.sqrt(determinant(m, d));
        }
        return out;
    }

    /** The determinant of a small row-major matrix by Gaussian elimination with partial pivoting ({@code m} overwritten). */
    static double determinant(double[] m, int d) {
        double det = 1;
        for (int c = 0; c < d; c++) {
            int piv = c;
            for (int r = c + 1; r < d; r++) {
                if (Math.abs(m[r * d + c]) > Math.abs(m[piv * d + c])) {
                    piv = r;
                }
            }
            if (m[piv * d + c] == 0) {
                return 0;
            }
            if (piv != c) {
                for (int j = 0; j < d; j++) {
                    double t = m[c * d + j];
                    m[c * d + j] = m[piv * d + j];
                    m[piv * d + j] = t;
                }
                det = -det;
            }
            det *= m[c * d + c];
            for (int r = c + 1; r < d; r++) {
                double f = m[r * d + c] / m[c * d + c];
                for (int j = c; j < d; j++) {
                    m[r * d + j] -= f * m[c * d + j];
                }
            }
        }
        return det;
    }
}
