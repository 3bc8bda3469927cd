package wick.lattice;

/**
 * The signature of a real symmetric matrix: how many eigenvalues are positive, negative and zero
 * (PHYSICS section 1). An eigenvalue {@code x} counts as zero when
 * {@code |x| < 1e-10 · max|x|} ({@link #ZERO_TOLERANCE}), so rounding noise on exact zeros (e.g. the
 * on-shell modes of {@code K_M} on the 4×4 lattice at {@code m² = 2}) is not mistaken for a sign.
 *
 * @param positive number of eigenvalues {@code x ≥ 1e-10 · max|x|}
 * @param negative number of eigenvalues {@code x ≤ −1e-10 · max|x|}
 * @param zero     number of eigenvalues with {@code |x| < 1e-10 · max|x|}
 */
public record Signature(int positive, int negative, int zero) {
    /** Relative threshold below which an eigenvalue counts as zero. */
    public static final double ZERO_TOLERANCE = 1e-10;

    /** @throws IllegalArgumentException when a count is negative */
    public Signature {
        if (positive < 0 || negative < 0 || zero < 0) {
            throw new IllegalArgumentException("signature counts must be ≥ 0, got (" + positive + ", " + negative + ", " + zero + ")");
        }
    }

    /**
     * Counts the signs of {@code eigenvalues} (not modified; any order).
     *
     * @throws IllegalArgumentException when an eigenvalue is NaN or infinite
     */
    public static Signature of(double[] eigenvalues) {
        double max = 0;
        for (int i = 0; i < eigenvalues.length; i++) {
            double x = eigenvalues[i];
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("eigenvalue [" + i + "] = " + x + " is not finite");
            }
            max = Math.max(max, Math.abs(x));
        }
        double threshold = ZERO_TOLERANCE * max;
        int pos = 0;
        int neg = 0;
        int zero = 0;
        for (double x : eigenvalues) {
            if (Math.abs(x) < threshold || max == 0) {
                zero++;
            } else if (x > 0) {
                pos++;
            } else {
                neg++;
            }
        }
        return new Signature(pos, neg, zero);
    }

    /** Total number of eigenvalues. */
    public int total() {
        return positive + negative + zero;
    }
}
