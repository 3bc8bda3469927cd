package wick.model.fock.internal;

/**
 * Complex vectors of length n stored as {@code double[2n]}, real parts first then imaginary parts.
 * Every method works in place or returns a number and allocates nothing.
 */
final class ComplexVectors {
    private ComplexVectors() {
    }

    /** {@code Re ⟨x|y⟩ = Σ x_r y_r + x_i y_i}. */
    static double dotRe(double[] x, double[] y, int n) {
        double s = 0;
        for (int i = 0; i < 2 * n; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** {@code Im ⟨x|y⟩ = Σ x_r y_i − x_i y_r}. */
    static double dotIm(double[] x, double[] y, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i] * y[n + i] - x[n + i] * y[i];
        }
        return s;
    }

    /** {@code ‖x‖}. */
    static double norm(double[] x, int n) {
        return Math.sqrt(dotRe(x, x, n));
    }

    /** {@code y −= c x} with complex {@code c = cr + i ci}. */
    static void subtractScaled(double[] y, double cr, double ci, double[] x, int n) {
        for (int i = 0; i < n; i++) {
            double xr = x[i];
            double xi = x[n + i];
            y[i] -= cr * xr - ci * xi;
            y[n + i] -= cr * xi + ci * xr;
        }
    }

    /** {@code x *= s} (real s). */
    static void scale(double[] x, double s, int n) {
        for (int i = 0; i < 2 * n; i++) {
            x[i] *= s;
        }
    }
}
