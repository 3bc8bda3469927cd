package wick.lattice;

import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.DoubleFFT_2D;
import org.jtransforms.fft.DoubleFFT_3D;

import wick.api.lattice.Lattice;

/**
 * In-place complex FFT of a field on a {@code D}-dimensional lattice, {@code D = 1..4}, with the
 * convention of PHYSICS section 0: forward {@code φ̂_k = Σ_n e^{−ik·x_n} φ_n} (unnormalised),
 * inverse {@code φ_n = (1/V) Σ_k e^{ik·x_n} φ̂_k}. Since {@code k_μ x_μ = 2π j_μ n_μ / N_μ}, the
 * transform does not depend on the spacings.
 *
 * <p>Arrays are interleaved complex, length {@code 2V}: site (or momentum) {@code i} in field layout
 * has its real part at {@code 2i} and its imaginary part at {@code 2i+1}.
 *
 * <p>Directions with {@code N_μ = 1} are dropped (the transform along them is the identity). The
 * remaining {@code r} directions use JTransforms' {@code DoubleFFT_1D/2D/3D}; for {@code r = 4} a 3-D
 * transform of each time slice is followed by 1-D transforms along direction 0, through buffers
 * allocated once here. After construction, transforms allocate nothing in this class.
 *
 * <p>Not thread-safe (the buffers): use one instance per thread.
 */
public final class ComplexFft {
    static {
        Fft.useSingleThread();
    }

    private final Lattice lattice;
    private final int volume;
    private final DoubleFFT_1D fft1;
    private final DoubleFFT_2D fft2;
    private final DoubleFFT_3D fft3;
    /** r = 4 only: the 1-D transform along direction 0 and its gather buffer, and a slice buffer. */
    private final DoubleFFT_1D fftTime;
    private final double[] column;
    private final double[] slice;

    /** Plans the transforms for {@code lattice} (the JTransforms set-up is the costly part). */
    public ComplexFft(Lattice lattice) {
        this.lattice = lattice;
        this.volume = lattice.volume();
        int[] e = new int[lattice.dimension()];
        int r = 0;
        for (int mu = 0; mu < lattice.dimension(); mu++) {
            if (lattice.extent(mu) > 1) {
                e[r++] = lattice.extent(mu);
            }
        }
        DoubleFFT_1D f1 = null;
        DoubleFFT_2D f2 = null;
        DoubleFFT_3D f3 = null;
        DoubleFFT_1D ft = null;
        double[] col = null;
        double[] sl = null;
        switch (r) {
            case 0 -> { }
            case 1 -> f1 = new DoubleFFT_1D(e[0]);
            case 2 -> f2 = new DoubleFFT_2D(e[0], e[1]);
            case 3 -> f3 = new DoubleFFT_3D(e[0], e[1], e[2]);
            case 4 -> {
                f3 = new DoubleFFT_3D(e[1], e[2], e[3]);
                ft = new DoubleFFT_1D(e[0]);
                col = new double[2 * e[0]];
                sl = new double[2 * e[1] * e[2] * e[3]];
            }
            default -> throw new IllegalArgumentException("ComplexFft supports D = 1..4, got D = " + lattice.dimension());
        }
        this.fft1 = f1;
        this.fft2 = f2;
        this.fft3 = f3;
        this.fftTime = ft;
        this.column = col;
        this.slice = sl;
    }

    /** The lattice this transform was planned for. */
    public Lattice lattice() {
        return lattice;
    }

    /**
     * Forward transform in place: {@code a ← φ̂}, {@code φ̂_k = Σ_n e^{−ik·x_n} φ_n} (PHYSICS section 0).
     *
     * @param a interleaved complex field of length {@code 2V}; modified (overwritten by its transform)
     * @throws IllegalArgumentException when {@code a.length != 2V}
     */
    public void forward(double[] a) {
        check(a);
        if (fft1 != null) {
            fft1.complexForward(a);
        } else if (fft2 != null) {
            fft2.complexForward(a);
        } else if (fftTime != null) {
            transform4(a, true, false);
        } else if (fft3 != null) {
            fft3.complexForward(a);
        }
    }

    /**
     * Inverse transform in place, normalised: {@code a ← φ}, {@code φ_n = (1/V) Σ_k e^{ik·x_n} φ̂_k}
     * (PHYSICS section 0), so {@code inverse(forward(a)) = a}.
     *
     * @param a interleaved complex array of length {@code 2V}; modified (overwritten by its transform)
     * @throws IllegalArgumentException when {@code a.length != 2V}
     */
    public void inverse(double[] a) {
        inverse(a, true);
    }

    /** The inverse transform without the {@code 1/V} (callers fold it into their own scaling). */
    void inverseUnscaled(double[] a) {
        inverse(a, false);
    }

    private void inverse(double[] a, boolean scale) {
        check(a);
        if (fft1 != null) {
            fft1.complexInverse(a, scale);
        } else if (fft2 != null) {
            fft2.complexInverse(a, scale);
        } else if (fftTime != null) {
            transform4(a, false, scale);
        } else if (fft3 != null) {
            fft3.complexInverse(a, scale);
        }
    }

    /** Four non-trivial directions: 3-D per time slice, then 1-D along direction 0 (each scaled, if at all, by its own size). */
    private void transform4(double[] a, boolean forward, boolean scale) {
        int n0 = column.length / 2;
        int slen = slice.length;
        for (int t = 0; t < n0; t++) {
            System.arraycopy(a, t * slen, slice, 0, slen);
            if (forward) {
                fft3.complexForward(slice);
            } else {
                fft3.complexInverse(slice, scale);
            }
            System.arraycopy(slice, 0, a, t * slen, slen);
        }
        for (int s = 0; s < slen; s += 2) {
            for (int t = 0, j = s; t < n0; t++, j += slen) {
                column[2 * t] = a[j];
                column[2 * t + 1] = a[j + 1];
            }
            if (forward) {
                fftTime.complexForward(column);
            } else {
                fftTime.complexInverse(column, scale);
            }
            for (int t = 0, j = s; t < n0; t++, j += slen) {
                a[j] = column[2 * t];
                a[j + 1] = column[2 * t + 1];
            }
        }
    }

    private void check(double[] a) {
        if (a.length != 2 * volume) {
            throw new IllegalArgumentException("complex FFT on lattice " + lattice.extentsString() + " needs an interleaved array of length 2V = "
                    + 2 * volume + ", got " + a.length);
        }
    }
}
