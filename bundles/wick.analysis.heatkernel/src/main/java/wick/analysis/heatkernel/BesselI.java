package wick.analysis.heatkernel;

/**
 * Exponentially scaled modified Bessel functions of the first kind, {@code e^{−x} I_n(x)} for
 * {@code x ≥ 0} and integer {@code n ≥ 0} (PHYSICS section 5: the flat lattice heat kernel is
 * {@code e^{−2t} I_0(2t)} per direction). Commons Math 3 has no {@code I_n}, so they are computed here:
 * <ul>
 * <li>{@code x < 20}: the power series {@code I_0(x) = Σ_k (x²/4)^k / (k!)²} (positive terms, no
 * cancellation), times {@code e^{−x}};</li>
 * <li>{@code x ≥ 20}: the asymptotic series
 * {@code e^{−x} I_0(x) = (2πx)^{−1/2} Σ_k c_k x^{−k}}, {@code c_0 = 1},
 * {@code c_k = c_{k−1} (2k−1)² / (8k)}, summed up to its smallest term (below {@code 1e-17} for
 * {@code x ≥ 20});</li>
 * <li>{@code I_n}, {@code n ≥ 1}: Miller's backward recurrence {@code I_{k−1} = (2k/x) I_k + I_{k+1}},
 * started far above {@code max(n, x)} and normalised by {@code I_0}.</li>
 * </ul>
 * Relative accuracy a few ulps (tested to 1e-14 against 40-digit values).
 */
public final class BesselI {
    private static final double SERIES_LIMIT = 20;

    private BesselI() {
    }

    /**
     * {@code e^{−x} I_0(x)}.
     *
     * @throws IllegalArgumentException when {@code x < 0} or not finite
     */
    public static double scaledI0(double x) {
        check(x);
        if (x < SERIES_LIMIT) {
            double q = 0.25 * x * x;
            double term = 1;
            double sum = 1;
            for (int k = 1; k < 200; k++) {
                term *= q / ((double) k * k);
                sum += term;
                if (term < 1e-18 * sum) {
                    break;
                }
            }
            return sum * Math.exp(-x);
        }
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 200; k++) {
            double next = term * (2.0 * k - 1) * (2.0 * k - 1) / (8.0 * k * x);
            if (next >= term || next < 1e-18 * sum) {
                if (next < term) {
                    sum += next;
                }
                break;
            }
            term = next;
            sum += term;
        }
        return sum / Math.sqrt(2 * Math.PI * x);
    }

    /**
     * {@code out[n] = e^{−x} I_n(x)} for {@code n = 0..nMax}.
     *
     * @param out length ≥ {@code nMax + 1}, overwritten in {@code [0, nMax]}
     * @throws IllegalArgumentException when {@code x < 0}, not finite, or {@code nMax < 0}
     */
    public static void scaled(int nMax, double x, double[] out) {
        check(x);
        if (nMax < 0 || out.length < nMax + 1) {
            throw new IllegalArgumentException("scaled Bessel I_n needs nMax >= 0 and out.length > nMax, got " + nMax + ", " + out.length);
        }
        java.util.Arrays.fill(out, 0, nMax + 1, 0.0);
        if (x == 0) {
            out[0] = 1;
            return;
        }
        double i0 = scaledI0(x);
        if (nMax == 0) {
            out[0] = i0;
            return;
        }
        double top = Math.max(nMax, x);
        int start = (int) Math.ceil(top + 2 * Math.sqrt(40 * top) + 30);
        double next = 0;
        double current = 1e-280;
        for (int k = start; k > 0; k--) {
            double previous = (2.0 * k / x) * current + next;
            next = current;
            current = previous;
            if (k - 1 <= nMax) {
                out[k - 1] = current;
            }
            if (Math.abs(current) > 1e250) {
                current *= 1e-250;
                next *= 1e-250;
                for (int j = k - 1; j <= nMax; j++) {
                    out[j] *= 1e-250;
                }
            }
        }
        double norm = i0 / out[0];
        for (int n = 0; n <= nMax; n++) {
            out[n] *= norm;
        }
        out[0] = i0;
    }

    private static void check(double x) {
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("scaled Bessel I needs a finite x >= 0, got " + x);
        }
    }
}
